// Following ArtTimeCode on a manual clock, fed with packets made by the real encoder and read
// back by the real parser (as the output thread receives them): lock, drift, a jump, loss,
// free-run, hold, and re-lock.
#include "lighting/timecode_follow.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

namespace marquee::lighting {
namespace {

using namespace std::chrono_literals;

// A 25 fps desk: the packet for `ms` since midnight, through encode_timecode/parse_timecode.
artnet::TimeCode wire(long long ms) {
  artnet::TimeCode tc;
  tc.hours = static_cast<std::uint8_t>(ms / 3'600'000);
  tc.minutes = static_cast<std::uint8_t>(ms / 60'000 % 60);
  tc.seconds = static_cast<std::uint8_t>(ms / 1000 % 60);
  tc.frames = static_cast<std::uint8_t>(ms % 1000 / 40);
  tc.type = artnet::TimeCodeType::Ebu25;
  std::array<std::uint8_t, artnet::kTimeCodeSize> bytes{};
  EXPECT_EQ(artnet::encode_timecode(bytes, tc), artnet::kTimeCodeSize);
  auto parsed = artnet::parse_timecode(bytes);
  EXPECT_TRUE(parsed.ok());
  return *parsed;
}

constexpr long long k2000 = 20LL * 3'600'000;  // 20:00:00.000

struct Desk {
  core::ManualClock clock;
  TimecodeFollower follower{TimecodeFollowConfig{200ms, 5000ms, 100ms}};
  double desk_ms = k2000;
  // The desk sends a frame every 40 ms; its own clock runs `rate` times ours.
  void run(core::Millis d, double rate = 1.0) {
    for (auto t = 0ms; t < d; t += 40ms) {
      clock.advance(40ms);
      desk_ms += 40.0 * rate;
      follower.on_timecode(wire(std::llround(desk_ms)), clock.mono_now());
    }
  }
  long long now_ms() { return follower.time_of_day(clock.mono_now())->count(); }
};

TEST(TimecodeFollow, WaitsThenLocksToTheDesk) {
  Desk d;
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::Waiting);
  EXPECT_FALSE(d.follower.time_of_day(d.clock.mono_now()));
  d.run(2s);
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::Locked);
  EXPECT_NEAR(static_cast<double>(d.now_ms()), d.desk_ms, 40.0);
  EXPECT_EQ(d.follower.relocks(), 0);
}

TEST(TimecodeFollow, SlowDriftIsFollowedWithoutJumps) {
  Desk d;
  d.run(1s);
  const double ours = d.now_ms();
  d.run(60s, 1.001);  // the desk's crystal is 0.1 % fast: 60 ms over the minute
  EXPECT_EQ(d.follower.relocks(), 0);
  EXPECT_GT(d.now_ms() - ours, 60'030) << "the follower did not take up the desk's faster rate";
  EXPECT_NEAR(static_cast<double>(d.now_ms()), d.desk_ms, 40.0);
}

TEST(TimecodeFollow, AJumpOnTheDeskRelocksAtOnce) {
  Desk d;
  d.run(1s);
  d.desk_ms += 90'000;  // the operator jumped 90 s ahead
  d.run(40ms);
  EXPECT_EQ(d.follower.relocks(), 1);
  EXPECT_NEAR(static_cast<double>(d.now_ms()), d.desk_ms, 40.0);
}

TEST(TimecodeFollow, LossFreeRunsThenHoldsThenRelocks) {
  Desk d;
  d.run(1s);
  const long long last = d.now_ms();
  d.clock.advance(150ms);
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::Locked);
  d.clock.advance(100ms);  // 250 ms of silence
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::FreeRunning);
  EXPECT_EQ(d.now_ms(), last + 250);  // runs on the local clock
  d.clock.advance(4900ms);  // 5150 ms of silence: still within 200 + 5000
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::FreeRunning);
  d.clock.advance(100ms);
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::Held);
  const long long held = d.now_ms();
  EXPECT_EQ(held, last + 5200);  // free-running ended here
  d.clock.advance(60s);
  EXPECT_EQ(d.now_ms(), held) << "held time moved";
  // The desk comes back (it kept running): lock to it, not to where we held.
  d.desk_ms += 5250 + 60'000;
  d.run(40ms);
  EXPECT_EQ(d.follower.state(d.clock.mono_now()), FollowState::Locked);
  EXPECT_NEAR(static_cast<double>(d.now_ms()), d.desk_ms, 40.0);
  EXPECT_EQ(d.follower.relocks(), 1);
}

TEST(TimecodeFollow, FramesAreReadAtTheirRate) {
  artnet::TimeCode tc{12, 59, 59, 23, artnet::TimeCodeType::Film24, 0};
  EXPECT_EQ(timecode_to_time_of_day(tc).count(), ((23 * 60 + 59) * 60 + 59) * 1000LL + 500);
  tc.type = artnet::TimeCodeType::Smpte30;
  EXPECT_EQ(timecode_to_time_of_day(tc).count(), ((23 * 60 + 59) * 60 + 59) * 1000LL + 400);
}

}  // namespace
}  // namespace marquee::lighting
