#include "core/quote.hpp"

#include <cstdio>

#include "core/utf8.hpp"

namespace marquee::core {
namespace {

void append_escaped_byte(std::string& out, unsigned char b) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "\\x%02X", b);
  out += hex;
}

// Appends one character (or escape) starting at value[i]; returns the bytes consumed.
std::size_t append_one(std::string_view value, std::size_t i, std::string& out) {
  const auto b = static_cast<unsigned char>(value[i]);
  switch (b) {
    case '\n':
      out += "\\n";
      return 1;
    case '\r':
      out += "\\r";
      return 1;
    case '\t':
      out += "\\t";
      return 1;
    case '"':
      out += "\\\"";
      return 1;
    case '\\':
      out += "\\\\";
      return 1;
    default:
      break;
  }
  if (b < 0x20 || b == 0x7F) {
    append_escaped_byte(out, b);
    return 1;
  }
  if (b < 0x80) {
    out += static_cast<char>(b);
    return 1;
  }
  const std::size_t len = utf8_sequence_length_at(value, i);
  if (len == 0) {
    append_escaped_byte(out, b);
    return 1;
  }
  const auto cp = decode_utf8(value.substr(i, len));
  // C1 controls (U+0080..U+009F) include CSI, which terminals also honour.
  if (!cp.empty() && cp[0] >= 0x80 && cp[0] <= 0x9F) {
    out += "\\u00";
    char hex[4];
    std::snprintf(hex, sizeof hex, "%02X", static_cast<unsigned>(cp[0]));
    out += hex;
  } else {
    out.append(value.substr(i, len));
  }
  return len;
}

}  // namespace

std::string quote_value(std::string_view value, std::size_t max_code_points) {
  std::string out = "\"";
  std::size_t shown = 0;
  std::size_t i = 0;
  while (i < value.size() && shown < max_code_points) {
    i += append_one(value, i, out);
    ++shown;
  }
  out += '"';
  if (i < value.size()) out += "\xE2\x80\xA6 (" + std::to_string(value.size()) + " bytes)";
  return out;
}

}  // namespace marquee::core
