#include "show/show_clock.hpp"

#include <condition_variable>
#include <mutex>

namespace marquee::show {

std::string_view clock_follow_name(ClockFollow f) {
  switch (f) {
    case ClockFollow::Wall:
      return "wall clock";
    case ClockFollow::Waiting:
      return "timecode: waiting";
    case ClockFollow::Locked:
      return "timecode: locked";
    case ClockFollow::FreeRunning:
      return "timecode: free-running";
    case ClockFollow::Holding:
      return "timecode: holding";
  }
  return "?";
}

void WallShowClock::sleep_until(core::WallTime t, std::stop_token stop) {
  // Sleep in the wall-clock domain but wake early on stop; the show loop re-reads now() after.
  std::mutex m;
  std::condition_variable_any cv;
  std::unique_lock lock(m);
  const auto remaining = t - clock_.wall_now();
  if (remaining <= core::Millis{0}) return;
  cv.wait_for(lock, stop, remaining, [] { return false; });
}

void VirtualShowClock::advance_to(core::WallTime t) {
  long long target = t.time_since_epoch().count();
  long long current = ms_.load();
  while (current < target && !ms_.compare_exchange_weak(current, target)) {
  }
}

}  // namespace marquee::show
