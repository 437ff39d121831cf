#pragma once
// The first worksheet of an .xlsx file (Office Open XML), read as what it is: a zip archive
// (libzip) of XML parts (libxml2's streaming reader, no network, no DTDs, no entity expansion).
// xl/workbook.xml and its relationships name the first sheet; xl/sharedStrings.xml holds the
// text most cells point to (rich-text runs are joined); inline strings, numbers and booleans are
// read as their text. Cells are placed by their reference ("C12"), so skipped empty cells stay
// empty. Members are decompressed against SheetLimits::max_uncompressed_bytes, whatever sizes the
// archive claims.
#include <string>
#include <string_view>

#include "content/diagnostic.hpp"
#include "content/sheet/sheet.hpp"

namespace marquee::content {

Sheet read_xlsx(std::string_view bytes, const std::string& file, const SheetLimits& limits, Diagnostics& diag);

// "C12" -> column 2, row 12; false when it is not a cell reference.
bool parse_cell_reference(std::string_view ref, std::size_t& column, int& row);

}  // namespace marquee::content
