#pragma once
// The one place content JSON text becomes a JSON tree. Nothing a file contains may throw past it:
// syntax errors, numbers out of double range (1e400), nesting deeper than any real file and
// duplicate keys all become diagnostics naming the file and the line.
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/diagnostic.hpp"

namespace marquee::content {

// Real content nests a handful of levels; 200,000 levels of [[[[ are an attack on the stack.
inline constexpr int kMaxJsonDepth = 256;

// What a linear pre-scan of the text finds before the tree is built.
struct JsonShape {
  struct DuplicateKey {
    std::string key;  // as written, escapes not decoded
    int line = 0;
    int first_line = 0;
  };
  std::vector<DuplicateKey> duplicate_keys;
  int too_deep_line = 0;  // line where nesting first goes past the limit; 0 if it never does
};

JsonShape scan_json_shape(std::string_view text, int max_depth = kMaxJsonDepth);

// 1-based line of a byte offset.
int line_of_offset(std::string_view text, std::size_t offset);

// Parses text as Json or OrderedJson. On any problem reports it under `file` and returns nullopt.
// Duplicate keys are reported with `duplicate_severity` (the last value wins in the tree).
template <class JsonT>
std::optional<JsonT> parse_json_text(std::string_view text, const std::string& file, Diagnostics& diag,
                                     Severity duplicate_severity = Severity::Error);

}  // namespace marquee::content
