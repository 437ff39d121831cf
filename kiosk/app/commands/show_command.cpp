// marquee show check|simulate: staff tools for Lua show scripts. Options only; the work is in
// scripting/simulate (check, virtual-clock simulation, timeline) and lighting (the patch).
#include <iostream>

#include "app/commands.hpp"
#include "app/show_preview.hpp"
#include "core/paths.hpp"
#include "lighting/patch.hpp"
#include "scripting/simulate.hpp"

namespace marquee::app {
namespace {

struct ShowOptions {
  std::vector<std::string> files;
  std::string patch;
  std::string venue_tz = "Asia/Shanghai";
  double latitude = 39.9042, longitude = 116.4074;
  scripting::SimulateOptions sim;
  std::string timeline;
  int horizon_minutes = 60;
  PreviewOptions preview;
  std::vector<std::string> kiosk_configs;
  std::string every;
};

// The rig shows address: the given patch, else the demo patch, else the built-in demo rig.
core::Result<show::Rig> load_rig(const ShowOptions& o) {
  const auto demo = core::data_dir() / "config" / "patch-demo.toml";
  if (o.patch.empty() && !std::filesystem::exists(demo)) return scripting::demo_rig();
  auto patch = lighting::load_patch(o.patch.empty() ? demo : std::filesystem::path(o.patch));
  if (!patch) return patch.error();
  return patch->rig();
}

scripting::HostOptions host_options(const ShowOptions& o) {
  scripting::HostOptions h;
  h.venue_time_zone = o.venue_tz;
  h.latitude = o.latitude;
  h.longitude = o.longitude;
  return h;
}

int run_check(const ShowOptions& o) {
  auto rig = load_rig(o);
  if (!rig) {
    std::cerr << rig.error().message << '\n';
    return 1;
  }
  std::vector<std::filesystem::path> files(o.files.begin(), o.files.end());
  scripting::CheckOptions check;
  check.horizon = core::Millis{static_cast<long long>(o.horizon_minutes) * 60'000};
  return scripting::check_scripts(files, *rig, host_options(o), std::cout, check);
}

int run_simulate(ShowOptions o) {
  auto rig = load_rig(o);
  if (!rig) {
    std::cerr << rig.error().message << '\n';
    return 1;
  }
  o.sim.script = o.files.at(0);
  if (!o.timeline.empty()) o.sim.timeline = o.timeline;
  auto code = scripting::simulate(o.sim, *rig, host_options(o), std::cout);
  if (!code) {
    std::cerr << code.error().message << '\n';
    return 2;
  }
  return *code;
}

int run_preview(ShowOptions o) {
  auto rig = load_rig(o);
  if (!rig) {
    std::cerr << rig.error().message << '\n';
    return 1;
  }
  o.preview.script = o.files.at(0);
  o.preview.kiosk_configs.assign(o.kiosk_configs.begin(), o.kiosk_configs.end());
  if (!o.every.empty()) {
    auto every = parse_every(o.every);
    if (!every) {
      std::cerr << every.error().message << '\n';
      return 2;
    }
    o.preview.every = *every;
  }
  auto code = show_preview(o.preview, *rig, std::cout);
  if (!code) {
    std::cerr << code.error().message << '\n';
    return 2;
  }
  return *code;
}

void add_venue_options(CLI::App* cmd, ShowOptions& o) {
  cmd->add_option("--patch", o.patch, "Fixture patch (default config/patch-demo.toml)");
  cmd->add_option("--venue-tz", o.venue_tz, "Venue time zone (IANA), default Asia/Shanghai");
  cmd->add_option("--lat", o.latitude, "Venue latitude for sunrise/sunset");
  cmd->add_option("--lon", o.longitude, "Venue longitude for sunrise/sunset");
}

}  // namespace

void add_show_command(CLI::App& app, CommandContext& ctx) {
  auto o = std::make_shared<ShowOptions>();
  auto* show = app.add_subcommand("show", "Show scripts: check, simulate and preview Lua shows");
  show->require_subcommand(1);
  auto* check =
      show->add_subcommand("check",
                           "Load each script, run its top level and GO every named cue on a virtual clock; "
                           "errors as file:line: message (exit 1 on error)");
  check->add_option("files", o->files, "Show scripts")->required();
  check
      ->add_option("--horizon", o->horizon_minutes,
                   "Minutes of show time the top level and each cue get (default 60)")
      ->check(CLI::Range(1, 24 * 60));
  add_venue_options(check, *o);
  check->callback([o, &ctx] { ctx.exit_code = run_check(*o); });
  auto* sim = show->add_subcommand("simulate", "Run a show on a virtual clock and print its command log");
  sim->add_option("file", o->files, "Show script")->required()->expected(1);
  sim->add_option("--from", o->sim.from, "Venue-local start HH:MM:SS")->required();
  sim->add_option("--to", o->sim.to, "Venue-local end HH:MM:SS")->required();
  sim->add_option("--date", o->sim.date, "Venue-local date YYYY-MM-DD (default today)");
  sim->add_option("--timeline", o->timeline, "Write a PNG timeline, one row per fixture group");
  sim->add_option("--start", o->sim.start_cues,
                  "Start these named cues at --from (as the staff panel would)");
  sim->add_option(
      "--command", o->sim.commands,
      "A live command at a venue clock time, e.g. '20:01:00 {\"action\":\"hold\",\"who\":\"cli\"}' "
      "(JSON as in docs/show-control.md; repeat for more)");
  add_venue_options(sim, *o);
  sim->callback([o, &ctx] { ctx.exit_code = run_simulate(*o); });
  auto* pre = show->add_subcommand(
      "preview",
      "Render each kiosk's screen (real UI, headless) and the lights at chosen instants of a show");
  pre->add_option("file", o->files, "Show script")->required()->expected(1);
  pre->add_option("--at", o->preview.at, "Venue-local instant HH:MM or HH:MM:SS (repeat for more)")
      ->required();
  pre->add_option("--kiosk-config", o->kiosk_configs, "Kiosk config TOML (repeat for more kiosks)")
      ->required()
      ->expected(1, 1000);
  pre->add_option("--out", o->preview.out, "Folder for the PNGs")->required();
  pre->add_option("--date", o->preview.date, "Venue-local date YYYY-MM-DD (default today)");
  pre->add_option("--from", o->preview.from,
                  "When the show starts, HH:MM:SS (default an hour before the first --at)");
  pre->add_option("--every", o->every,
                  "Also a contact sheet per kiosk, a frame every STEP (10s, 1m) from first to last --at");
  pre->add_option("--size", o->preview.size,
                  "Render every kiosk at WxH (default: each config's display size)");
  pre->add_option("--patch", o->patch, "Fixture patch (default config/patch-demo.toml)");
  pre->add_option("--venue-tz", o->preview.venue_tz, "Venue time zone (default: the first kiosk's venue)");
  pre->callback([o, &ctx] { ctx.exit_code = run_preview(*o); });
}

}  // namespace marquee::app
