#pragma once
// Clocks: the wall clock (what time it is at the venue) and a monotonic clock (how long
// something took). Code that needs time takes a Clock&, so tests drive a ManualClock.
#include <atomic>
#include <chrono>

namespace marquee::core {

using WallTime = std::chrono::sys_time<std::chrono::milliseconds>;
using MonoTime = std::chrono::steady_clock::time_point;
using Millis = std::chrono::milliseconds;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual WallTime wall_now() const = 0;
  virtual MonoTime mono_now() const = 0;
};

class SystemClock final : public Clock {
 public:
  WallTime wall_now() const override;
  MonoTime mono_now() const override;
  static SystemClock& instance();
};

// A clock that only moves when told to: deterministic tests of timeouts, idle and shows.
// Thread-safe, so a test thread can advance it while a worker reads it.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(WallTime start = WallTime{}) : wall_ms_(start.time_since_epoch().count()) {}
  WallTime wall_now() const override { return WallTime{Millis{wall_ms_.load()}}; }
  MonoTime mono_now() const override { return MonoTime{std::chrono::milliseconds{mono_ms_.load()}}; }
  void advance(Millis by) {
    wall_ms_ += by.count();
    mono_ms_ += by.count();
  }
  void set_wall(WallTime t) { wall_ms_ = t.time_since_epoch().count(); }

 private:
  std::atomic<long long> wall_ms_;
  std::atomic<long long> mono_ms_{0};
};

}  // namespace marquee::core
