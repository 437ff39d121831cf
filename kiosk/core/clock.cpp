#include "core/clock.hpp"

namespace marquee::core {

WallTime SystemClock::wall_now() const {
  return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now());
}

MonoTime SystemClock::mono_now() const {
  return std::chrono::steady_clock::now();
}

SystemClock& SystemClock::instance() {
  static SystemClock clock;
  return clock;
}

}  // namespace marquee::core
