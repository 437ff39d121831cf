// The one-value hand-off every worker uses to reach the UI thread.
#include "core/latest_value.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>

namespace marquee::core {
namespace {

TEST(LatestValue, ATakeGivesTheNewestValueOnceAndThenNothing) {
  LatestValue<std::string> slot;
  EXPECT_FALSE(slot.take().has_value());
  slot.publish("first");
  slot.publish("second");  // not taken yet: replaced
  const auto taken = slot.take();
  ASSERT_TRUE(taken.has_value());
  EXPECT_EQ(*taken, "second");
  EXPECT_FALSE(slot.take().has_value());
}

TEST(LatestValue, HoldsMoveOnlyValues) {
  LatestValue<std::unique_ptr<int>> slot;
  slot.publish(std::make_unique<int>(7));
  auto taken = slot.take();
  ASSERT_TRUE(taken && *taken);
  EXPECT_EQ(**taken, 7);
}

// A writer publishing 1..N while a reader takes: the reader sees a rising sequence that ends on
// N (values may be skipped, never repeated or reordered), which is what a frame loop relies on.
TEST(LatestValue, AReaderSeesRisingValuesEndingOnTheLastOnePublished) {
  constexpr int kLast = 20000;
  LatestValue<int> slot;
  std::jthread writer([&slot] {
    for (int i = 1; i <= kLast; ++i) slot.publish(i);
  });
  int seen = 0;
  for (long spins = 0; seen != kLast && spins < 50'000'000; ++spins) {
    if (auto v = slot.take()) {
      ASSERT_GT(*v, seen);
      seen = *v;
    }
  }
  EXPECT_EQ(seen, kLast);
}

}  // namespace
}  // namespace marquee::core
