#include "lighting/timecode_clock.hpp"

#include <chrono>

namespace marquee::lighting {
namespace {

constexpr core::Millis kHalfDay{12LL * 3600 * 1000};
constexpr core::Millis kDay{24LL * 3600 * 1000};

}  // namespace

core::WallTime TimecodeShowClock::instant_of(core::Millis time_of_day, core::WallTime near) const {
  // The label on the clock face, not "midnight + duration": on a DST day they differ by an hour.
  const auto on_day = [&](core::WallTime day) {
    const core::LocalDateTime d = zone_.to_local(day);
    const long long ms = time_of_day.count();
    return zone_.from_local(d.year, d.month, d.day, static_cast<int>(ms / 3'600'000),
                            static_cast<int>(ms / 60'000 % 60), static_cast<int>(ms / 1000 % 60)) +
           core::Millis{ms % 1000};
  };
  core::WallTime t = on_day(near);
  if (t - near > kHalfDay)
    t = on_day(near - kDay);
  else if (near - t > kHalfDay)
    t = on_day(near + kDay);
  return t;
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
