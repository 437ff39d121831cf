// The exhibitor list as .xlsx: libzip over the archive, libxml2's reader over workbook.xml, its
// relationships, sharedStrings.xml and the first sheet, with the limits against zip bombs.
// Inputs that are not zip archives are wrapped as the first sheet's XML, so the fuzzer also
// reaches the sheet reader without having to learn the zip format. The seed two_rows.xlsx (1.7 KB)
// was written by make_xlsx (tests/content/xlsx_writer.hpp), so the zip path starts covered too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../content/xlsx_writer.hpp"
#include "content/sheet/xlsx_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee::content;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.rfind("PK", 0) != 0) {
    const std::size_t split = bytes.find('\x01');
    const std::string sheet = bytes.substr(0, split);
    const std::string strings = split == std::string::npos ? "" : bytes.substr(split + 1);
    bytes = marquee::testing::make_xlsx(sheet, strings);
  }
  SheetLimits limits;
  limits.max_uncompressed_bytes = 16u << 20;
  limits.max_rows = 2000;
  Diagnostics diag;
  const Sheet sheet = read_xlsx(bytes, "fuzz.xlsx", limits, diag);
  for (const auto& d : diag.all()) (void)format_diagnostic(d);
  if (sheet.rows.size() > limits.max_rows) __builtin_trap();  // never more rows than the limit
  return 0;
}
