#include "lighting/timecode_clock.hpp"

#include <chrono>

#include "show/venue_time.hpp"

namespace marquee::lighting {
core::WallTime TimecodeShowClock::instant_of(core::Millis time_of_day, core::WallTime near) const {
  // The label on the clock face, not "midnight + duration": on a DST day they differ by an hour.
  return show::nearest_local_instant(zone_, time_of_day, near);
}

core::WallTime TimecodeShowClock::now() const {
  const TimecodeReading r = source_.followed_time(std::chrono::steady_clock::now());
  const core::WallTime wall = wall_.now();
  if (!r.time_of_day) return wall;
  return instant_of(*r.time_of_day, wall);
}

void TimecodeShowClock::sleep_until(core::WallTime t, std::stop_token stop) {
  wall_.sleep_until(wall_.now() + (t - now()), std::move(stop));
}

show::ClockFollow TimecodeShowClock::follow() const {
  switch (source_.followed_time(std::chrono::steady_clock::now()).state) {
    case FollowState::Waiting:
      return show::ClockFollow::Waiting;
    case FollowState::Locked:
      return show::ClockFollow::Locked;
    case FollowState::FreeRunning:
      return show::ClockFollow::FreeRunning;
    case FollowState::Held:
      return show::ClockFollow::Holding;
  }
  return show::ClockFollow::Waiting;
}

}  // namespace marquee::lighting
