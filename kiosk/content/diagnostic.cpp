#include "content/diagnostic.hpp"

#include <algorithm>

namespace marquee::content {

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) out += ":" + std::to_string(d.line);
  if (!d.path.empty()) out += ":" + d.path;
  out += ": ";
  if (d.severity == Severity::Warning) out += "warning: ";
  out += d.message;
  return out;
}

void Diagnostics::error(std::string file, std::string path, std::string message, int line) {
  items_.push_back({Severity::Error, std::move(file), std::move(path), line, std::move(message)});
}

void Diagnostics::warning(std::string file, std::string path, std::string message, int line) {
  items_.push_back({Severity::Warning, std::move(file), std::move(path), line, std::move(message)});
}

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
                                                [](const auto& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const {
  return items_.size() - error_count();
}

}  // namespace marquee::content
