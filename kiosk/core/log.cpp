#include "core/log.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>

namespace marquee::core {

void init_logging(std::string_view level) {
  auto logger = spdlog::stderr_color_mt("app");
  logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ [%t] %v");
  logger->set_level(spdlog::level::from_str(std::string(level)));
  spdlog::set_default_logger(logger);
}

std::shared_ptr<spdlog::logger> component_logger(const std::string& name) {
  if (auto existing = spdlog::get(name)) return existing;
  auto logger = spdlog::default_logger()->clone(name);
  try {
    spdlog::register_logger(logger);
  } catch (const spdlog::spdlog_ex&) {
    return spdlog::get(name);  // another thread registered it first
  }
  return logger;
}

}  // namespace marquee::core
