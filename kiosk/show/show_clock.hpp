#pragma once
// The show clock: the wall clock in production, a virtual clock in tests and `show simulate`
// so that a 30-minute show runs in milliseconds, deterministically.
#include <atomic>
#include <cstdint>
#include <stop_token>
#include <string_view>

#include "core/clock.hpp"

namespace marquee::show {

// Where show time comes from, for the staff page: the kiosk's own clock, or ArtTimeCode from a
// desk (waiting for the first packet, locked to it, free-running after a loss, holding after that).
enum class ClockFollow : std::uint8_t { Wall, Waiting, Locked, FreeRunning, Holding };
std::string_view clock_follow_name(ClockFollow f);

class ShowClock {
 public:
  virtual ~ShowClock() = default;
  virtual core::WallTime now() const = 0;
  // Returns once now() >= t or stop was requested. The virtual clock jumps there at once.
  virtual void sleep_until(core::WallTime t, std::stop_token stop) = 0;
  // Only a clock that follows timecode says anything but Wall.
  virtual ClockFollow follow() const { return ClockFollow::Wall; }
};

// Real time: reads a core::Clock (SystemClock in production) and sleeps for real.
class WallShowClock final : public ShowClock {
 public:
  explicit WallShowClock(const core::Clock& clock = core::SystemClock::instance()) : clock_(clock) {}
  core::WallTime now() const override { return clock_.wall_now(); }
  void sleep_until(core::WallTime t, std::stop_token stop) override;

 private:
  const core::Clock& clock_;
};

// Time moves only when the show loop sleeps or a test advances it.
class VirtualShowClock final : public ShowClock {
 public:
  explicit VirtualShowClock(core::WallTime start) : ms_(start.time_since_epoch().count()) {}
  core::WallTime now() const override { return core::WallTime{core::Millis{ms_.load()}}; }
  void sleep_until(core::WallTime t, std::stop_token) override { advance_to(t); }
  void advance_to(core::WallTime t);

 private:
  std::atomic<long long> ms_;
};

}  // namespace marquee::show
