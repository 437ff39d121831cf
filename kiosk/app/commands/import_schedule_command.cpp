// marquee import-schedule FILE --out DIR [--venue ID] [--time-zone ZONE] [--kind-map FILE]:
// converts a conference schedule (frab/pretalx JSON, schedule2 JSON, schedule.xml or xCal; see
// docs/schedule-import.md) into a Marquee content directory, printing what was read, what was
// imported, what was skipped and why.
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.hpp"
#include "app/kind_map.hpp"
#include "content/schedule_import.hpp"
#include "core/read_file.hpp"

namespace marquee::app {
namespace {

struct ImportScheduleOptions {
  std::string input, out, venue, time_zone, kind_map;
  bool strict = false;
};

void print_summary(const content::ImportedSchedule& s) {
  const auto& c = s.counts;
  std::cout << "read " << s.format << ": " << (c.events - c.events_skipped) << " events in " << c.rooms
            << " rooms over " << s.venue.days.size() << " days\n";
  std::cout << "imported: " << c.days << " days, " << c.rooms << " rooms, " << c.tracks << " tracks, "
            << (c.events - c.events_skipped) << " of " << c.events << " events (as " << c.sessions
            << " sessions), " << c.persons << " persons\n";
  std::cout << "skipped: " << c.events_skipped << " events (" << c.duplicate_events << " duplicate guids), "
            << c.persons_skipped << " persons; split: " << c.events_split << " events longer than 24 h\n";
  std::cout << "venue \"" << s.venue.id << "\": " << s.venue.time_zone_name << ", days";
  for (const auto& d : s.venue.days) std::cout << ' ' << d;
  std::cout << '\n';
  for (const auto& note : s.notes) std::cout << "note: " << note << '\n';
}

int run_import(const ImportScheduleOptions& opts) {
  const core::FileText text = core::read_file(opts.input);
  if (!text) {
    std::cerr << opts.input << ": cannot read file\n";
    return 1;
  }
  content::ScheduleImportOptions options;
  options.venue_id = opts.venue;
  options.file = std::filesystem::path(opts.input).filename().string();
  if (!opts.time_zone.empty()) {
    auto zone = core::TimeZone::find(opts.time_zone);
    if (!zone) {
      std::cerr << "--time-zone: unknown time zone \"" << opts.time_zone
                << "\" (expected an IANA name such as Europe/Berlin)\n";
      return 1;
    }
    options.time_zone = *zone;
  }
  if (!opts.kind_map.empty()) {
    auto table = load_kind_map(opts.kind_map);
    if (!table) {
      std::cerr << table.error().message << '\n';
      return 1;
    }
    options.kind_map = std::move(table).value();
  }
  content::Diagnostics diag;
  const content::ImportedSchedule schedule = content::import_schedule_text(text.text, options, diag);
  for (const auto& d : diag.all()) std::cout << content::format_diagnostic(d) << '\n';
  if (diag.has_errors()) {
    std::cout << "nothing written: " << diag.error_count() << " errors\n";
    return 1;
  }
  print_summary(schedule);
  if (opts.strict && diag.warning_count() > 0) {
    std::cout << "nothing written: --strict and " << diag.warning_count() << " warnings\n";
    return 1;
  }
  if (auto st = content::write_schedule_bundle(schedule, opts.out); !st) {
    std::cerr << st.error().message << '\n';
    return 1;
  }
  std::cout << "wrote " << opts.out << "/event.json, sessions.json, speakers.json\n";
  return 0;
}

}  // namespace

void add_import_schedule_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<ImportScheduleOptions>();
  auto* cmd =
      app.add_subcommand("import-schedule",
                         "Convert a schedule (frab/pretalx JSON, schedule2 JSON, schedule.xml, xCal) into a "
                         "content directory");
  cmd->add_option("schedule", opts->input, "The schedule export; its format is read from its content")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", opts->out, "Directory to write event.json, sessions.json, speakers.json")
      ->required();
  cmd->add_option("--venue", opts->venue, "Venue id the rooms belong to (default: the conference acronym)");
  cmd->add_option("--time-zone", opts->time_zone,
                  "IANA time zone for times without a UTC offset, when the file names none (e.g. Europe/Berlin)");
  cmd->add_option("--kind-map", opts->kind_map,
                  "TOML file with a [kinds] table: source event type = session kind (extends the built-in map)")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--strict", opts->strict,
                "Write nothing if any event or person had to be skipped or repaired");
  cmd->callback([opts, &ctx] { ctx.exit_code = run_import(*opts); });
}

}  // namespace marquee::app
