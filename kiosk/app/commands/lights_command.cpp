// marquee lights list|test: print the fixture patch; run a lamp check through the real output
// path. Options only; the work is in kiosk/lighting/lamp_check.
#include <iostream>

#include "app/commands.hpp"
#include "app/stop_signal.hpp"
#include "core/paths.hpp"
#include "lighting/lamp_check.hpp"

namespace marquee::app {
namespace {

struct LightsOptions {
  std::string config;
  std::string artnet, sacn, pattern = "chase";
  std::vector<int> universes;
  double seconds = 10.0;
};

std::string patch_path(const LightsOptions& o) {
  return o.config.empty() ? (core::data_dir() / "config" / "patch-demo.toml").string() : o.config;
}

int run_list(const LightsOptions& o) {
  auto patch = lighting::load_patch(patch_path(o));
  if (!patch) {
    std::cerr << patch.error().message << '\n';
    return 1;
  }
  lighting::print_patch(*patch, std::cout);
  return 0;
}

int run_test(const LightsOptions& o) {
  auto patch = lighting::load_patch(patch_path(o));
  if (!patch) {
    std::cerr << patch.error().message << '\n';
    return 1;
  }
  lighting::LampCheck check;
  check.pattern = *lighting::test_pattern_from_name(o.pattern);
  check.duration = std::chrono::milliseconds(static_cast<long long>(o.seconds * 1000.0));
  if (!o.artnet.empty()) check.artnet_host = o.artnet;
  if (!o.sacn.empty()) check.sacn_host = o.sacn;
  check.universes = o.universes;
  install_stop_signals();  // Ctrl-C / SIGTERM end the check early, streams terminated, exit 0
  check.interrupt = &stop_flag();
  if (auto s = lighting::run_lamp_check(*patch, check, std::cout); !s) {
    std::cerr << s.error().message << '\n';
    return 1;
  }
  return 0;
}

}  // namespace

void add_lights_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<LightsOptions>();
  auto* lights = app.add_subcommand("lights", "Lighting tools: list the patch, run a lamp check");
  lights->require_subcommand(1);
  auto* list = lights->add_subcommand("list", "Print the fixture patch with addresses");
  list->add_option("--config", opts->config, "Patch file (default config/patch-demo.toml)");
  list->callback([opts, &ctx] { ctx.exit_code = run_list(*opts); });

  auto* test =
      lights->add_subcommand("test", "Send a test pattern through the real output path, then end streams");
  test->add_option("--config", opts->config, "Patch file (default config/patch-demo.toml)");
  test->add_option("--artnet", opts->artnet,
                   "Send Art-Net to this host (or \"broadcast\") instead of the patch's outputs");
  test->add_option("--sacn", opts->sacn,
                   "Send sACN to this host (or \"multicast\") instead of the patch's outputs");
  test->add_option("--universe", opts->universes, "Only these universes (repeatable)");
  test->add_option("--pattern", opts->pattern, "chase, full or off")
      ->check(CLI::IsMember({"chase", "full", "off"}));
  test->add_option("--seconds", opts->seconds, "How long to run")->check(CLI::Range(0.0, 86400.0));
  test->callback([opts, &ctx] { ctx.exit_code = run_test(*opts); });
}

}  // namespace marquee::app
