// marquee import-schedule schedule.json --out DIR [--venue ID]: converts a frab/pretalx export
// into a Marquee content directory, printing what was imported, what was skipped and why.
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.hpp"
#include "content/schedule_import.hpp"
#include "core/read_file.hpp"

namespace marquee::app {
namespace {

struct ImportScheduleOptions {
  std::string input, out, venue;
  bool strict = false;
};

void print_summary(const content::ImportedSchedule& s) {
  const auto& c = s.counts;
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
      app.add_subcommand("import-schedule", "Convert a frab/pretalx schedule.json into a content directory");
  cmd->add_option("schedule", opts->input, "The schedule.json export")->required()->check(CLI::ExistingFile);
  cmd->add_option("--out", opts->out, "Directory to write event.json, sessions.json, speakers.json")
      ->required();
  cmd->add_option("--venue", opts->venue, "Venue id the rooms belong to (default: the conference acronym)");
  cmd->add_flag("--strict", opts->strict,
                "Write nothing if any event or person had to be skipped or repaired");
  cmd->callback([opts, &ctx] { ctx.exit_code = run_import(*opts); });
}

}  // namespace marquee::app
