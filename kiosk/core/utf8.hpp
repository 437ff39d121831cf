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

// Length of the valid sequence starting at text[i], or 0 if none starts there.
std::size_t utf8_sequence_length_at(std::string_view text, std::size_t i);

// One invalid byte found by repair_utf8: offset in the original text, its value and 1-based line.
struct InvalidUtf8Byte {
  std::size_t offset = 0;
  unsigned char byte = 0;
  int line = 0;
};
struct Utf8Repair {
  std::vector<InvalidUtf8Byte> first;  // the first max_reported bad bytes
  std::size_t total = 0;               // every bad byte (each became one U+FFFD)
};
// Replaces every invalid byte with U+FFFD in one linear pass (the text is rebuilt only when it
// has a bad byte) and lists where the first max_reported were.
Utf8Repair repair_utf8(std::string& text, std::size_t max_reported = 100);

// The code point starting at text[i] (i < text.size()) and its length in bytes; an invalid byte
// is U+FFFD of length 1. Lets hot loops walk text without building a vector.
char32_t decode_utf8_at(std::string_view text, std::size_t i, std::size_t& length);

// Decodes valid UTF-8 into code points; invalid bytes become U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t code_point);

// Number of code points (not bytes) in valid UTF-8.
std::size_t utf8_length(std::string_view text);

// Truncates to at most max_code_points, never splitting a sequence; appends "…" when cut.
std::string utf8_ellipsize(std::string_view text, std::size_t max_code_points);

}  // namespace marquee::core
