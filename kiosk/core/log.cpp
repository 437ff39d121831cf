#include "core/log.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>

namespace marquee::core {

void init_logging(std::string_view level) {
  auto logger = spdlog::stderr_color_mt("marquee");
  logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ [%t] %v");
  logger->set_level(spdlog::level::from_str(std::string(level)));
  spdlog::set_default_logger(logger);
}

}  // namespace marquee::core
