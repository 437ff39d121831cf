// Schedule import in all four formats (frab/pretalx JSON, schedule2 JSON, schedule.xml through
// libxml2, xCal), as `marquee import-schedule` and the bundle merge run it: detection by content
// sends each input down one path, so the seed corpus holds an example of each.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/schedule_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee::content;
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diag;
  ScheduleImportOptions options;
  // Half the inputs without a caller's zone, so the "pass --time-zone" path is fuzzed too.
  static const auto berlin = *marquee::core::TimeZone::find("Europe/Berlin");
  if (size % 2 == 0) options.time_zone = berlin;
  const ImportedSchedule s = import_schedule_text(text, options, diag);
  for (const auto& d : diag.all()) (void)format_diagnostic(d);
  return 0;
}
