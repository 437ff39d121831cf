#pragma once
// A spreadsheet read into rows of text cells, whatever it came from (CSV or XLSX), with the limits
// that keep a hostile file from taking the publisher's memory or time.
#include <cstddef>
#include <string>
#include <vector>

namespace marquee::content {

struct SheetRow {
  int number = 0;                  // 1-based: the spreadsheet's row number (CSV: the record number)
  int line = 0;                    // CSV only: the line the record starts on (quoted newlines make them differ)
  std::vector<std::string> cells;  // UTF-8; column A is cells[0]; missing cells are ""
};

struct Sheet {
  std::vector<SheetRow> rows;  // in file order; empty rows are kept out
};

struct SheetLimits {
  std::size_t max_rows = 100'000;
  std::size_t max_columns = 256;
  std::size_t max_cell_bytes = 64 * 1024;
  std::size_t max_file_bytes = 64u << 20;          // the CSV itself, or the .xlsx archive
  std::size_t max_uncompressed_bytes = 256u << 20;  // an .xlsx's members together: zip bombs stop here
};

// "A", "B", ..., "Z", "AA", ... for the 0-based column index.
std::string column_letters(std::size_t column);

// "row 5, column C" (and " (Booth)" when a header name is given): how every spreadsheet problem
// is located in messages.
std::string cell_location(int row, std::size_t column, const std::string& header = "");

}  // namespace marquee::content
