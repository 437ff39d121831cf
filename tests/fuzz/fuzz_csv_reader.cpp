// The exhibitor list as CSV: encoding detection (UTF-8, BOMs, GB18030), RFC 4180 parsing and the
// exhibitor mapping on top (headers, sectors, booths, URLs), as `marquee import-exhibitors` runs it.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/exhibitor_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee::content;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.rfind("PK", 0) == 0) return 0;  // archives are fuzz_xlsx_reader's
  ExhibitorImportOptions options;
  options.file = "fuzz.csv";
  options.limits.max_rows = 2000;
  Diagnostics diag;
  ExhibitorImportContext context;
  context.has_map = true;
  context.booth_hall = {{"A01", "hall-a"}, {"A02", "hall-a"}};
  context.hall_names = {{"hall-a", {"hall-a", "hall a", "a 展厅"}}};
  const ExhibitorImport r = import_exhibitors(bytes, options, context, diag);
  (void)r.exhibitors_file.dump();
  for (const auto& d : diag.all()) (void)format_diagnostic(d);
  return 0;
}
