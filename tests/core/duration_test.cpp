#include "core/duration.hpp"

#include <gtest/gtest.h>

namespace marquee::core {
namespace {

TEST(Duration, UnitsCombinationsAndBareSeconds) {
  EXPECT_EQ(*parse_duration("500ms"), Millis{500});
  EXPECT_EQ(*parse_duration("60s"), Millis{60'000});
  EXPECT_EQ(*parse_duration("5m"), Millis{300'000});
  EXPECT_EQ(*parse_duration("5min"), Millis{300'000});
  EXPECT_EQ(*parse_duration("1h"), Millis{3'600'000});
  EXPECT_EQ(*parse_duration("1m30s"), Millis{90'000});
  EXPECT_EQ(*parse_duration("1h2m3s4ms"), Millis{3'723'004});
  EXPECT_EQ(*parse_duration("45"), Millis{45'000});
}

TEST(Duration, WhatIsNotADurationSaysSo) {
  for (const char* bad : {"", "0s", "10x", "s", "1m30", "-5s", "1.5s", "99999999999999999h", "5 s"}) {
    const auto d = parse_duration(bad);
    ASSERT_FALSE(d.ok()) << bad;
    EXPECT_NE(d.error().message.find("is not a duration"), std::string::npos) << bad;
  }
}

}  // namespace
}  // namespace marquee::core
