#include "show/holdable_clock.hpp"

#include <algorithm>

namespace marquee::show {

core::WallTime HoldableClock::show_time_at(core::WallTime base_time) const {
  std::lock_guard lock(mutex_);
  if (held_) return std::min(held_at_, base_time - lag_);
  return base_time - lag_;
}

core::WallTime HoldableClock::now() const {
  return show_time_at(base_.now());
}

core::WallTime HoldableClock::base_time_of(core::WallTime show_time) const {
  const core::WallTime base_now = base_.now();
  std::lock_guard lock(mutex_);
  // While held, the frozen instant comes back only at Resume; assume that is now.
  const core::Millis lag = held_ ? base_now - held_at_ : lag_;
  return show_time + lag;
}

void HoldableClock::sleep_until(core::WallTime t, std::stop_token stop) {
  const core::WallTime base_now = base_.now();
  core::WallTime base_target;
  {
    std::lock_guard lock(mutex_);
    base_target = held_ ? base_now + held_poll : t + lag_;
  }
  base_.sleep_until(base_target, std::move(stop));
}

bool HoldableClock::hold() {
  const core::WallTime base_now = base_.now();
  std::lock_guard lock(mutex_);
  if (held_) return false;
  held_ = true;
  held_at_ = base_now - lag_;
  return true;
}

bool HoldableClock::resume() {
  const core::WallTime base_now = base_.now();
  std::lock_guard lock(mutex_);
  if (!held_) return false;
  held_ = false;
  lag_ = base_now - held_at_;
  return true;
}

bool HoldableClock::held() const {
  std::lock_guard lock(mutex_);
  return held_;
}

core::Millis HoldableClock::lag() const {
  const core::WallTime base_now = base_.now();
  std::lock_guard lock(mutex_);
  return held_ ? base_now - held_at_ : lag_;
}

}  // namespace marquee::show
