// The restart budget passed from one run of the kiosk to the next through the environment.
#include <gtest/gtest.h>

#include "app/self_restart.hpp"

namespace marquee::app {
namespace {

TEST(RestartRecord, AFirstStartHasNoRestarts) {
  EXPECT_EQ(parse_restart_record(nullptr).count, 0);
  EXPECT_EQ(parse_restart_record("").count, 0);
  EXPECT_EQ(parse_restart_record("junk").count, 0);
  EXPECT_EQ(parse_restart_record("3@").count, 0);
  EXPECT_EQ(parse_restart_record("-2@100").count, 0);
  EXPECT_EQ(parse_restart_record("2@100x").count, 0) << "trailing bytes are not a record";
}

TEST(RestartRecord, QuickRestartsCountUpAndRoundTrip) {
  const RestartRecord first = next_restart_record({}, 1000);
  EXPECT_EQ(first.count, 1);
  EXPECT_EQ(first.since_epoch_s, 1000);
  const RestartRecord again = next_restart_record(first, 1030);
  EXPECT_EQ(again.count, 2);
  EXPECT_EQ(again.since_epoch_s, 1000) << "the window starts at the first quick restart";
  const RestartRecord parsed = parse_restart_record(format_restart_record(again).c_str());
  EXPECT_EQ(parsed.count, 2);
  EXPECT_EQ(parsed.since_epoch_s, 1000);
}

TEST(RestartRecord, ALongHealthyRunStartsTheCountAfresh) {
  const RestartRecord many{kMaxQuickRestarts, 1000};
  const RestartRecord later = next_restart_record(many, 1000 + kQuickWindow.count() + 1);
  EXPECT_EQ(later.count, 1);
  EXPECT_EQ(next_restart_record(many, 1010).count, kMaxQuickRestarts + 1) << "a crash loop runs out of budget";
}

}  // namespace
}  // namespace marquee::app
