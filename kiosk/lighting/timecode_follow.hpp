#pragma once
// Following ArtTimeCode from a lighting desk or another Marquee: turns received timecode into a
// time of day for the show clock. Locked while packets arrive (small drift is slewed out, a jump
// of more than `max_drift` — the desk was cued elsewhere — is taken at once); when packets stop for
// `loss_after` it free-runs on the local clock for `free_run_for`, then holds where it got to
// until timecode comes back. Pure logic on a monotonic clock: the output thread feeds it, tests
// drive it with a ManualClock and packets from the real encoder.
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/clock.hpp"
#include "lighting/artnet_packets.hpp"

namespace marquee::lighting {

struct TimecodeFollowConfig {
  core::Millis loss_after{200};     // no packet for this long: timecode is lost (5 frames at 25 fps)
  core::Millis free_run_for{5000};  // then run on the local clock this long before holding
  core::Millis max_drift{100};      // a packet further off than this re-locks (jumps)
};

enum class FollowState : std::uint8_t { Waiting, Locked, FreeRunning, Held };
std::string_view follow_state_name(FollowState s);

// Milliseconds since midnight that a timecode stands for. Drop-frame 29.97 is read as its frame
// labels at 30 per second (the error is under 0.1 %, re-locked away by the next packet).
core::Millis timecode_to_time_of_day(const artnet::TimeCode& tc);

class TimecodeFollower {
 public:
  explicit TimecodeFollower(TimecodeFollowConfig config = {}) : config_(config) {}
  void on_timecode(const artnet::TimeCode& tc, core::MonoTime received);
  // The followed time of day at `now` (nullopt until the first packet).
  std::optional<core::Millis> time_of_day(core::MonoTime now) const;
  FollowState state(core::MonoTime now) const;
  int relocks() const { return relocks_; }  // jumps taken since the first lock

 private:
  TimecodeFollowConfig config_;
  bool have_ = false;
  core::Millis anchor_tc_{0};  // time of day at anchor_at_
  core::MonoTime anchor_at_{};
  core::MonoTime last_packet_{};
  int relocks_ = 0;
};

}  // namespace marquee::lighting
