#include "app/global_options.hpp"

#include "core/log.hpp"

namespace marquee::app {

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("--log-level", options.log_level, "trace, debug, info, warn, error")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();
  app.parse_complete_callback([&options] { core::init_logging(options.log_level); });
}

}  // namespace marquee::app
