#pragma once
// CSV as RFC 4180 writes it (and Excel saves it): fields separated by commas, a field in double
// quotes may hold commas, line breaks and doubled quotes (""), records end in CRLF or LF.
// Text must already be UTF-8 (text_encoding.hpp). Problems go to diag with row and column.
#include <string>
#include <string_view>

#include "content/diagnostic.hpp"
#include "content/sheet/sheet.hpp"

namespace marquee::content {

Sheet read_csv(std::string_view utf8, const std::string& file, const SheetLimits& limits, Diagnostics& diag);

}  // namespace marquee::content
