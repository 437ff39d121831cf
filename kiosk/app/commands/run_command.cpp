// marquee run: the kiosk itself.
#include "app/commands.hpp"
#include "app/kiosk_runner.hpp"

namespace marquee::app {

void add_run_command(CLI::App& app, CommandContext& ctx) {
  auto o = std::make_shared<RunOptions>();
  auto* cmd = app.add_subcommand("run", "Run the kiosk (full-screen; headless when there is no display)");
  cmd->add_option("--content", o->content_dir, "Content directory (default: the bundled demo content)");
  cmd->add_option("--config", o->config_file, "Kiosk config (TOML, see config/)")->check(CLI::ExistingFile);
  cmd->add_flag("--headless", o->headless, "Render off-screen (dummy video driver, software rasteriser)");
  cmd->add_option("--renderer", o->renderer,
                  "auto (GPU if there is one, else software), software (Marquee's rasteriser), "
                  "sdl-software (SDL's, the benchmark baseline)")
      ->check(CLI::IsMember({"auto", "software", "sdl-software"}));
  cmd->add_option("--frames", o->frames, "Render N frames, then exit 0")->check(CLI::PositiveNumber);
  cmd->add_option("--screenshot", o->screenshot, "Write a PNG of the last frame");
  cmd->add_flag("--keep-running", o->keep_running,
                "Headless: keep running at 30 frames a second until stopped (fleet tests, a kiosk without a screen)");
  cmd->add_option("--exhibitor", o->exhibitor, "Open this exhibitor's card (id, e.g. ex-001) on the Exhibitors screen");
  cmd->add_option("--directions", o->directions,
                  "Open the map with the route from this kiosk to a booth, room, amenity, exhibitor or session (id)");
  cmd->add_option("--attract-scene", o->attract_scene,
                  "Start the attract loop at this scene: event, now, featured, countdown, map");
  cmd->add_option("--screen", o->screen,
                  "Start screen: home, schedule, exhibitors, map, announcements, attract");
  cmd->add_option("--lang", o->lang, "Start language: en, zh, es");
  cmd->add_option("--size", o->size, "Window size WxH (default 1920x1080)");
  cmd->add_flag("--windowed", o->windowed, "Development: a normal window; Escape quits");
  cmd->add_flag("--stats", o->stats, "Print frame statistics as one JSON line at exit");
  cmd->add_option("--now", o->now, "Pretend the clock starts at this ISO 8601 instant (rehearsals, demos)");
  cmd->add_option("--show", o->show, "Run this Lua show script (display commands and lights)")
      ->check(CLI::ExistingFile);
  cmd->add_option("--patch", o->patch, "Fixture patch (TOML) for DMX output over Art-Net/sACN")
      ->check(CLI::ExistingFile);
  cmd->add_option("--url", o->url, "Content server to sync signed bundles from");
  cmd->add_option("--public-key", o->public_key, "Public key the bundles must be signed with");
  cmd->add_option("--cache", o->cache, "Directory for verified bundle generations");
  // Staff and tests only (not in --help, and nothing an attendee can reach): hang the UI thread
  // after frame N for S seconds, to see systemd's watchdog restart a hung kiosk.
  cmd->add_option("--debug-stall", o->debug_stall, "N:S")->group("");
  cmd->add_flag("--self-restart", o->self_restart,
                "After a failure show the fallback screen and restart (default on a display)");
  cmd->callback([o, &ctx] { ctx.exit_code = run_kiosk(*o); });
}

}  // namespace marquee::app
