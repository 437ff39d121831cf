#pragma once
// The show clock staff can hold: show time runs with a base clock (the wall clock, ArtTimeCode
// followed by lighting's TimecodeShowClock, or a virtual clock in tests) minus the time spent on
// hold. Hold freezes it, so cue waits and light fades,
// which are all measured in show time, pause where they are; Resume lets it run on from the
// frozen instant. Every hold therefore delays the rest of the show by its length.
// Thread-safe: the staff panel holds and resumes, the show thread reads.
#include <mutex>

#include "show/show_clock.hpp"

namespace marquee::show {

class HoldableClock final : public ShowClock {
 public:
  explicit HoldableClock(ShowClock& base) : base_(base) {}
  core::WallTime now() const override;
  // Sleeps on the base clock; while held it returns after at most `held_poll` so the caller
  // can keep sending the held look (and notice Resume).
  void sleep_until(core::WallTime t, std::stop_token stop) override;
  ClockFollow follow() const override { return base_.follow(); }

  // Show time at a base-clock instant (the show thread paces on the base clock).
  core::WallTime show_time_at(core::WallTime base_time) const;
  // The base-clock (venue wall) instant at which show time `t` will come if nobody holds again.
  core::WallTime base_time_of(core::WallTime show_time) const;
  bool hold();    // false if already held
  bool resume();  // false if not held
  bool held() const;
  // Total time spent on hold so far (how far the show runs behind its plan).
  core::Millis lag() const;
  ShowClock& base() { return base_; }

  static constexpr core::Millis held_poll{20};

 private:
  ShowClock& base_;
  mutable std::mutex mutex_;
  bool held_ = false;
  core::WallTime held_at_{};  // show time frozen at
  core::Millis lag_{0};       // base - show while running
};

}  // namespace marquee::show
