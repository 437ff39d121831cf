#include "platform/frame_stats.hpp"

#include <gtest/gtest.h>

namespace marquee::platform {
namespace {

TEST(FrameStats, RecentTakesOnlyTheNewestFrames) {
  FrameStats s;
  for (int i = 0; i < 1000; ++i) s.add(100.0);                      // a slow start...
  for (int i = 0; i < 100; ++i) s.add(static_cast<double>(i + 1));  // ...then 1..100 ms
  const auto r = s.recent(100);
  EXPECT_DOUBLE_EQ(r.p50_ms, 51.0);                 // rank round(0.5 * 99) = 50 -> the 51st value
  EXPECT_DOUBLE_EQ(r.p99_ms, 99.0);                 // rank round(0.99 * 99) = 98 -> the 99th value
  EXPECT_DOUBLE_EQ(s.recent(10000).p99_ms, 100.0);  // more than recorded: all of them
  EXPECT_DOUBLE_EQ(FrameStats{}.recent(10).p50_ms, 0.0);
}

TEST(FrameStats, RecentFollowsTheRingOnceItIsFull) {
  FrameStats s;
  for (std::size_t i = 0; i < FrameStats::kMaxSamples; ++i) s.add(1.0);
  for (int i = 0; i < 10; ++i) s.add(7.0);  // overwrite the oldest ten
  EXPECT_DOUBLE_EQ(s.recent(10).p50_ms, 7.0);
  EXPECT_DOUBLE_EQ(s.recent(10).p99_ms, 7.0);
  EXPECT_DOUBLE_EQ(s.recent(11).p50_ms, 7.0);
  EXPECT_DOUBLE_EQ(s.recent(30).p50_ms, 1.0);
}

TEST(FrameStats, ResidentMemoryIsReported) {
  EXPECT_GT(resident_kb(), 1000);
}

}  // namespace
}  // namespace marquee::platform
