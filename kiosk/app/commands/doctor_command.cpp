// marquee doctor [--config FILE] [--mqtt HOST:PORT] [--skip CHECK]...: checks this machine for
// running a kiosk and prints what is wrong and how to fix it; exits 1 when anything is.
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "app/commands.hpp"
#include "app/doctor.hpp"

namespace marquee::app {
namespace {
constexpr const char* kServiceConfig = "/etc/marquee/kiosk.toml";
}  // namespace

void add_doctor_command(CLI::App& app, CommandContext& ctx) {
  auto o = std::make_shared<DoctorOptions>();
  auto* cmd =
      app.add_subcommand("doctor",
                         "Check this machine for running a kiosk: config, font, cache, clock, display, "
                         "touch, content server, MQTT broker");
  cmd->add_option("--config", o->config,
                  "Kiosk config to check (default: /etc/marquee/kiosk.toml, the service's, if present)");
  cmd->add_option("--mqtt", o->mqtt, "MQTT broker HOST:PORT to check (default: [mqtt] broker in the config)");
  auto skip = std::make_shared<std::vector<std::string>>();
  cmd->add_option(
         "--skip", *skip,
         "Leave out checks (config, content, font, cache, clock, display, touch, content-server, mqtt)")
      ->delimiter(',');
  cmd->add_option("--dev", o->dev, "Device directory")->group("");  // tests: a fake /dev tree
  cmd->callback([o, skip, &ctx] {
    o->skip.insert(skip->begin(), skip->end());
    // On an installed kiosk, check the config the service runs with unless told otherwise.
    if (o->config.empty() && std::filesystem::exists(kServiceConfig)) o->config = kServiceConfig;
    const auto checks = run_doctor(*o);
    std::cout << format_report(checks);
    ctx.exit_code = has_problems(checks) ? 1 : 0;
  });
}

}  // namespace marquee::app
