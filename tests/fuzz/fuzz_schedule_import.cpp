// frab/pretalx schedule.json import, as `marquee import-schedule` and the bundle merge run it; a
// schedule that imports is also serialized (the writer aborted on a cut language tag once).
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/schedule_import.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee::content;
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diag;
  ScheduleImportOptions options;
  static const auto berlin = *marquee::core::TimeZone::find("Europe/Berlin");
  options.time_zone = berlin;
  const ImportedSchedule s = import_schedule_text(text, options, diag);
  for (const auto& d : diag.all()) (void)format_diagnostic(d);
  return 0;
}
