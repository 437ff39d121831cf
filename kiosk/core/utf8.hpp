#pragma once
// UTF-8 helpers: validation (with the byte offset of the first bad sequence) and decoding
// into code points (used to collect the glyphs the font atlas must hold).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::core {

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt if the text is valid.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);
inline bool is_valid_utf8(std::string_view text) {
  return !find_invalid_utf8(text).has_value();
}

// Decodes valid UTF-8 into code points; invalid bytes become U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t code_point);

// Number of code points (not bytes) in valid UTF-8.
std::size_t utf8_length(std::string_view text);

// Truncates to at most max_code_points, never splitting a sequence; appends "…" when cut.
std::string utf8_ellipsize(std::string_view text, std::size_t max_code_points);

}  // namespace marquee::core
