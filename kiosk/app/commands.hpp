#pragma once
// Every `marquee` subcommand registers itself here. Each lives in commands/<name>_command.cpp,
// parses its options with CLI11 and calls into the modules; app holds no logic of its own.
#include <CLI/CLI.hpp>

namespace marquee::app {

// Set by the subcommand that ran; main() returns it.
struct CommandContext {
  int exit_code = 0;
};

void add_run_command(CLI::App& app, CommandContext& ctx);
void add_validate_command(CLI::App& app, CommandContext& ctx);
void add_staff_pin_command(CLI::App& app, CommandContext& ctx);
void add_show_command(CLI::App& app, CommandContext& ctx);
void add_import_schedule_command(CLI::App& app, CommandContext& ctx);
void add_import_exhibitors_command(CLI::App& app, CommandContext& ctx);
void add_search_command(CLI::App& app, CommandContext& ctx);
void add_route_command(CLI::App& app, CommandContext& ctx);
void add_lights_command(CLI::App& app, CommandContext& ctx);
void add_keygen_command(CLI::App& app, CommandContext& ctx);
void add_publish_command(CLI::App& app, CommandContext& ctx);
void add_serve_command(CLI::App& app, CommandContext& ctx);
void add_sync_command(CLI::App& app, CommandContext& ctx);
void add_doctor_command(CLI::App& app, CommandContext& ctx);
void add_fleet_command(CLI::App& app, CommandContext& ctx);

}  // namespace marquee::app
