#pragma once
// A problem found in content: where (file, JSON path, line) and what. Validation collects all of
// them instead of stopping at the first, so an editor fixes a bundle in one pass.
#include <string>
#include <vector>

namespace marquee::content {

enum class Severity { Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string file;  // relative to the content directory, e.g. "exhibitors.json"
  std::string path;  // JSON pointer, e.g. "/exhibitors/17/booth"; empty for file-level problems
  int line = 0;      // 1-based when known (syntax and encoding errors), else 0
  std::string message;
};

// "exhibitors.json:/exhibitors/17/booth: unknown booth \"H3-99\"" or "sessions.json:12: ...".
std::string format_diagnostic(const Diagnostic& d);

class Diagnostics {
 public:
  void error(std::string file, std::string path, std::string message, int line = 0);
  void warning(std::string file, std::string path, std::string message, int line = 0);
  const std::vector<Diagnostic>& all() const { return items_; }
  std::size_t error_count() const;
  std::size_t warning_count() const;
  bool has_errors() const { return error_count() > 0; }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace marquee::content
