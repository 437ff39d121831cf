#pragma once
// Logging goes through spdlog; this sets the format and level once at start-up.
#include <spdlog/spdlog.h>

#include <memory>
#include <string>
#include <string_view>

namespace marquee::core {

// level: "trace", "debug", "info", "warn", "error"; logs go to stderr so stdout stays for
// machine-readable output (validate, search, --stats).
void init_logging(std::string_view level);

// A logger for one part of Marquee ("sync", "startup", "watchdog", ...) that writes where the
// default logger writes; its name becomes the journal's MARQUEE_COMPONENT field under systemd.
std::shared_ptr<spdlog::logger> component_logger(const std::string& name);

}  // namespace marquee::core
