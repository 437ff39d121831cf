#include "content/sheet/sheet.hpp"

#include <algorithm>

namespace marquee::content {

std::string column_letters(std::size_t column) {
  std::string out;
  for (std::size_t n = column + 1; n > 0; n = (n - 1) / 26) out += static_cast<char>('A' + (n - 1) % 26);
  std::reverse(out.begin(), out.end());
  return out;
}

std::string cell_location(int row, std::size_t column, const std::string& header) {
  std::string out = "row " + std::to_string(row) + ", column " + column_letters(column);
  if (!header.empty()) out += " (" + header + ")";
  return out;
}

}  // namespace marquee::content
