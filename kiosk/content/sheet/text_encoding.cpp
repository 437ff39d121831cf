#include "content/sheet/text_encoding.hpp"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <climits>
#include <memory>
#include <vector>

#include "core/utf8.hpp"

namespace marquee::content {
namespace {

struct ConverterDeleter {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// bytes in `from` to UTF-8 with ICU; an unmappable or illegal byte sequence is an error naming
// the byte offset, never a silent U+FFFD.
core::Result<std::string> convert(std::string_view bytes, const std::string& from) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterDeleter> conv(ucnv_open(from.c_str(), &status));
  if (U_FAILURE(status)) return core::make_error("unknown encoding \"" + from + "\"");
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (bytes.size() > static_cast<std::size_t>(INT_MAX) / 4) return core::make_error("file too large to convert");
  std::string out;
  std::vector<UChar> utf16(bytes.size() + 1);
  const int32_t units = ucnv_toUChars(conv.get(), utf16.data(), static_cast<int32_t>(utf16.size()), bytes.data(),
                                      static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) {
    return core::make_error("not valid " + from + " text (" + u_errorName(status) + ")");
  }
  out.reserve(static_cast<std::size_t>(units) * 3);
  for (int32_t i = 0; i < units; ++i) {
    char32_t cp = utf16[static_cast<std::size_t>(i)];
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < units) {
      const char32_t low = utf16[static_cast<std::size_t>(i) + 1];
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        ++i;
      }
    }
    core::append_utf8(out, cp);
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

}  // namespace

core::Result<DecodedText> decode_text(std::string_view bytes, std::string_view encoding) {
  if (encoding.empty() || encoding == "auto") {
    if (starts_with(bytes, "\xEF\xBB\xBF")) {
      bytes.remove_prefix(3);
      if (const auto bad = core::find_invalid_utf8(bytes))
        return core::make_error("has a UTF-8 byte-order mark but invalid UTF-8 at byte " + std::to_string(*bad + 3));
      return DecodedText{std::string(bytes), "UTF-8 (BOM)"};
    }
    if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
      const std::string name = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
      auto text = convert(bytes.substr(2), name);
      if (!text) return text.error();
      return DecodedText{std::move(*text), name + " (BOM)"};
    }
    if (core::is_valid_utf8(bytes)) return DecodedText{std::string(bytes), "UTF-8"};
    auto text = convert(bytes, "GB18030");
    if (!text) return core::make_error("neither UTF-8 nor GB18030; name the encoding with --encoding");
    return DecodedText{std::move(*text), "GB18030"};
  }
  const std::string name(encoding);
  if (name == "UTF-8" || name == "utf-8" || name == "utf8") {
    if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (const auto bad = core::find_invalid_utf8(bytes))
      return core::make_error("invalid UTF-8 at byte " + std::to_string(*bad));
    return DecodedText{std::string(bytes), "UTF-8"};
  }
  auto text = convert(bytes, name);
  if (!text) return text.error();
  std::string utf8 = std::move(*text);
  if (starts_with(utf8, "\xEF\xBB\xBF")) utf8.erase(0, 3);
  return DecodedText{std::move(utf8), name};
}

}  // namespace marquee::content
