#pragma once
// Bytes of a CSV file to UTF-8. Spreadsheets saved in China are often GB18030 (Excel's "CSV" on a
// Chinese Windows); Excel's "CSV UTF-8" adds a byte-order mark. ICU's converters do the decoding.
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace marquee::content {

struct DecodedText {
  std::string utf8;
  std::string encoding;  // what was used: "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030", ...
};

// encoding "" or "auto": a UTF-8 or UTF-16 byte-order mark decides; else valid UTF-8 is UTF-8 and
// anything else is read as GB18030 (a superset of GBK and GB2312). Any other name is an ICU
// converter name ("GB18030", "Big5", "windows-1252"); bytes it cannot map are an error.
core::Result<DecodedText> decode_text(std::string_view bytes, std::string_view encoding);

}  // namespace marquee::content
