#include "lighting/timecode_follow.hpp"

#include <chrono>
#include <cstdlib>

namespace marquee::lighting {
namespace {

constexpr long long kDay = 24LL * 3600 * 1000;

int frames_per_second(artnet::TimeCodeType t) {
  switch (t) {
    case artnet::TimeCodeType::Film24:
      return 24;
    case artnet::TimeCodeType::Ebu25:
      return 25;
    case artnet::TimeCodeType::DropFrame2997:
    case artnet::TimeCodeType::Smpte30:
      return 30;
  }
  return 25;
}

core::Millis since(core::MonoTime from, core::MonoTime to) {
  return std::chrono::duration_cast<core::Millis>(to - from);
}

// The signed difference a - b on a 24-hour dial (timecode wraps at midnight).
long long dial_difference(long long a, long long b) {
  long long d = (a - b) % kDay;
  if (d > kDay / 2) d -= kDay;
  if (d < -kDay / 2) d += kDay;
  return d;
}

}  // namespace

std::string_view follow_state_name(FollowState s) {
  switch (s) {
    case FollowState::Waiting:
      return "waiting for timecode";
    case FollowState::Locked:
      return "locked";
    case FollowState::FreeRunning:
      return "free-running";
    case FollowState::Held:
      return "held";
  }
  return "?";
}

core::Millis timecode_to_time_of_day(const artnet::TimeCode& tc) {
  const long long ms = ((tc.hours * 60LL + tc.minutes) * 60 + tc.seconds) * 1000 +
                       tc.frames * 1000LL / frames_per_second(tc.type);
  return core::Millis{ms % kDay};
}

void TimecodeFollower::on_timecode(const artnet::TimeCode& tc, core::MonoTime received) {
  const core::Millis code = timecode_to_time_of_day(tc);
  if (!have_) {
    have_ = true;
  } else {
    const long long predicted = time_of_day(received)->count();
    const long long drift = dial_difference(code.count(), predicted);
    if (std::llabs(drift) <= config_.max_drift.count() && state(received) == FollowState::Locked) {
      // Packets arrive with network jitter: move an eighth of the way, so the clock stays smooth.
      anchor_tc_ = core::Millis{(predicted + drift / 8 + kDay) % kDay};
      anchor_at_ = received;
      last_packet_ = received;
      return;
    }
    ++relocks_;
  }
  anchor_tc_ = code;
  anchor_at_ = received;
  last_packet_ = received;
}

FollowState TimecodeFollower::state(core::MonoTime now) const {
  if (!have_) return FollowState::Waiting;
  const core::Millis silent = since(last_packet_, now);
  if (silent <= config_.loss_after) return FollowState::Locked;
  if (silent <= config_.loss_after + config_.free_run_for) return FollowState::FreeRunning;
  return FollowState::Held;
}

std::optional<core::Millis> TimecodeFollower::time_of_day(core::MonoTime now) const {
  if (!have_) return std::nullopt;
  core::Millis elapsed = since(anchor_at_, now);
  // Held: time stops where free-running ended.
  const core::Millis run_limit = since(anchor_at_, last_packet_) + config_.loss_after + config_.free_run_for;
  if (elapsed > run_limit) elapsed = run_limit;
  return core::Millis{(anchor_tc_.count() + elapsed.count()) % kDay};
}

}  // namespace marquee::lighting
