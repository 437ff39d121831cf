// marquee validate DIR: prints every content problem as file:json-path: message, then a summary.
// Exit 1 if there is any error, 0 with only warnings.
#include <iostream>

#include "app/commands.hpp"
#include "content/loader.hpp"

namespace marquee::app {
namespace {

struct ValidateOptions {
  std::string dir;
};

int run_validate(const ValidateOptions& opts) {
  const content::LoadResult result = content::load_content(opts.dir);
  for (const auto& d : result.diagnostics.all()) {
    std::cout << content::format_diagnostic(d) << '\n';
  }
  const auto errors = result.diagnostics.error_count();
  const auto warnings = result.diagnostics.warning_count();
  std::cout << opts.dir << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings");
  if (result.content) {
    const auto& c = *result.content;
    std::cout << " (" << c.venues.size() << " venues, " << c.rooms.size() << " rooms, " << c.sessions.size()
              << " sessions, " << c.speakers.size() << " speakers, " << c.exhibitors.size() << " exhibitors, "
              << c.booths.size() << " booths, " << c.announcements.size() << " announcements)";
  }
  std::cout << '\n';
  return errors > 0 ? 1 : 0;
}

}  // namespace

void add_validate_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Check a content directory and list every problem");
  cmd->add_option("dir", opts->dir, "Content directory (e.g. assets/demo)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->callback([opts, &ctx] { ctx.exit_code = run_validate(*opts); });
}

}  // namespace marquee::app
