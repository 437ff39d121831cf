#pragma once
// Rate limit for what scripts print: a loop of print() would otherwise flood the log (and the
// staff's terminal). At most `per_second` lines per second of show time get through, each cut
// to a readable length; the rest are counted and reported as one "N lines suppressed" note.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace marquee::scripting {

class LineLimiter {
 public:
  explicit LineLimiter(int per_second, std::size_t max_line = 500)
      : per_second_(per_second), max_line_(max_line) {}
  // The lines to record now: a note about suppressed lines when a new second began, then the
  // line itself if it is within the rate.
  std::vector<std::string> admit(core::WallTime now, std::string line);
  // The pending note once its second is over (the host calls this every tick).
  std::optional<std::string> flush(core::WallTime now);
  std::size_t suppressed_total() const { return suppressed_total_; }

 private:
  std::optional<std::string> roll(core::WallTime now);

  int per_second_;
  std::size_t max_line_;
  core::WallTime window_{};
  int admitted_ = 0;
  std::size_t suppressed_ = 0, suppressed_total_ = 0;
};

}  // namespace marquee::scripting
