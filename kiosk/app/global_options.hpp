#pragma once
#include <CLI/CLI.hpp>
#include <string>

namespace marquee::app {

struct GlobalOptions {
  std::string log_level = "info";
};

// Options every subcommand accepts (given before the subcommand: `marquee --log-level debug run`).
// Logging is initialised from them before any subcommand runs.
void add_global_options(CLI::App& app, GlobalOptions& options);

}  // namespace marquee::app
