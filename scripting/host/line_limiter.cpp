#include "scripting/host/line_limiter.hpp"

#include "core/utf8.hpp"

namespace marquee::scripting {

std::optional<std::string> LineLimiter::roll(core::WallTime now) {
  if (now - window_ < std::chrono::seconds(1) && now >= window_) return std::nullopt;
  window_ = now;
  admitted_ = 0;
  if (suppressed_ == 0) return std::nullopt;
  std::string note = "print: " + std::to_string(suppressed_) + " lines suppressed (more than " +
                     std::to_string(per_second_) + " per second)";
  suppressed_ = 0;
  return note;
}

std::vector<std::string> LineLimiter::admit(core::WallTime now, std::string line) {
  std::vector<std::string> out;
  if (auto note = roll(now)) out.push_back(std::move(*note));
  if (admitted_ >= per_second_) {
    ++suppressed_;
    ++suppressed_total_;
    return out;
  }
  ++admitted_;
  if (line.size() > max_line_) line = core::utf8_ellipsize(line, max_line_);
  out.push_back(std::move(line));
  return out;
}

std::optional<std::string> LineLimiter::flush(core::WallTime now) {
  if (suppressed_ == 0) return std::nullopt;
  return roll(now);
}

}  // namespace marquee::scripting
