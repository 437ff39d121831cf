// marquee: the kiosk, the content tools, the show tools and the lighting tools in one executable.
#include <CLI/CLI.hpp>

#include "app/commands.hpp"
#include "app/git_revision.hpp"
#include "app/global_options.hpp"
#include "app/self_restart.hpp"
#include "app/version.hpp"

int main(int argc, char** argv) {
  marquee::app::prepare_self_restart(argc, argv);  // before anything can fail
  CLI::App app{"Marquee: venue kiosk and light-show controller", "marquee"};
  app.set_version_flag("--version", std::string("marquee ") + marquee::app::kVersion + " (git " +
                                        marquee::app::kGitRevision + ")");
  app.require_subcommand(1);
  app.fallthrough();

  marquee::app::GlobalOptions globals;
  marquee::app::add_global_options(app, globals);
  marquee::app::CommandContext ctx;
  marquee::app::add_run_command(app, ctx);
  marquee::app::add_validate_command(app, ctx);
  marquee::app::add_staff_pin_command(app, ctx);
  marquee::app::add_show_command(app, ctx);
  marquee::app::add_import_schedule_command(app, ctx);
  marquee::app::add_import_exhibitors_command(app, ctx);
  marquee::app::add_search_command(app, ctx);
  marquee::app::add_route_command(app, ctx);
  marquee::app::add_lights_command(app, ctx);
  marquee::app::add_keygen_command(app, ctx);
  marquee::app::add_publish_command(app, ctx);
  marquee::app::add_serve_command(app, ctx);
  marquee::app::add_sync_command(app, ctx);
  marquee::app::add_doctor_command(app, ctx);
  marquee::app::add_fleet_command(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return ctx.exit_code;
}
