#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace marquee::core {
namespace {

// Length of the sequence that starts with lead byte b, or 0 if b cannot start one.
int sequence_length(unsigned char b) {
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return 2;
  if (b >= 0xE0 && b <= 0xEF) return 3;
  if (b >= 0xF0 && b <= 0xF4) return 4;
  return 0;
}

// Decodes one sequence at text[i]; returns the code point and sets len, or nullopt if invalid.
std::optional<char32_t> decode_one(std::string_view text, std::size_t i, int& len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  len = sequence_length(b0);
  if (len == 0 || i + static_cast<std::size_t>(len) > text.size()) return std::nullopt;
  if (len == 1) return b0;
  char32_t cp = b0 & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return std::nullopt;
    cp = (cp << 6) | (b & 0x3F);
  }
  static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinForLength[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
  return cp;
}

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Content is mostly ASCII: skip it eight bytes at a time (this runs over every loaded file).
    while (i + 8 <= text.size()) {
      std::uint64_t word;
      std::memcpy(&word, text.data() + i, sizeof word);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= text.size()) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    if (!decode_one(text, i, len)) return i;
    i += static_cast<std::size_t>(len);
  }
  return std::nullopt;
}

char32_t decode_utf8_at(std::string_view text, std::size_t i, std::size_t& length) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    length = 1;
    return b0;
  }
  int len = 0;
  if (auto cp = decode_one(text, i, len)) {
    length = static_cast<std::size_t>(len);
    return *cp;
  }
  length = 1;
  return 0xFFFD;
}

std::size_t utf8_sequence_length_at(std::string_view text, std::size_t i) {
  int len = 0;
  if (i >= text.size() || !decode_one(text, i, len)) return 0;
  return static_cast<std::size_t>(len);
}

Utf8Repair repair_utf8(std::string& text, std::size_t max_reported) {
  Utf8Repair out;
  const auto first_bad = find_invalid_utf8(text);
  if (!first_bad) return out;
  std::string fixed;
  fixed.reserve(text.size() + text.size() / 8);
  fixed.append(text, 0, *first_bad);
  int line = 1;
  std::size_t counted_to = 0;  // lines are counted up to here, incrementally
  std::size_t i = *first_bad;
  while (i < text.size()) {
    int len = 0;
    if (decode_one(text, i, len)) {
      fixed.append(text, i, static_cast<std::size_t>(len));
      i += static_cast<std::size_t>(len);
      continue;
    }
    if (out.first.size() < max_reported) {
      for (; counted_to < i; ++counted_to) line += text[counted_to] == '\n' ? 1 : 0;
      out.first.push_back({i, static_cast<unsigned char>(text[i]), line});
    }
    ++out.total;
    fixed += "\xEF\xBF\xBD";
    ++i;
  }
  text = std::move(fixed);
  return out;
}

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    int len = 0;
    if (auto cp = decode_one(text, i, len)) {
      out.push_back(*cp);
      i += static_cast<std::size_t>(len);
    } else {
      out.push_back(0xFFFD);
      ++i;
    }
  }
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string utf8_ellipsize(std::string_view text, std::size_t max_code_points) {
  if (utf8_length(text) <= max_code_points) return std::string(text);
  std::string out;
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && count++ == max_code_points) break;
    out += text[i];
  }
  return out + "\xE2\x80\xA6";
}

}  // namespace marquee::core
