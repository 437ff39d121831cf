#pragma once
// Logging goes through spdlog; this sets the format and level once at start-up.
#include <spdlog/spdlog.h>

#include <string_view>

namespace marquee::core {

// level: "trace", "debug", "info", "warn", "error"; logs go to stderr so stdout stays for
// machine-readable output (validate, search, --stats).
void init_logging(std::string_view level);

}  // namespace marquee::core
