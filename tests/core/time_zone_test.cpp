#include "core/time_zone.hpp"

#include <gtest/gtest.h>

namespace marquee::core {
namespace {

WallTime utc(std::string_view iso) {
  return parse_iso8601(iso).value();
}

TEST(TimeZone, BarcelonaCrossesDaylightSavingOnLastSundayOfMarch) {
  auto bcn = TimeZone::find("Europe/Madrid");
  ASSERT_TRUE(bcn.ok());
  // 2026-03-29 01:00 UTC is the jump: 01:59:59 UTC is 02:59:59 CET, 01:00 UTC is 03:00 CEST.
  const LocalDateTime before = bcn->to_local(utc("2026-03-29T00:59:00Z"));
  EXPECT_EQ(before.hour, 1);
  EXPECT_EQ(before.minute, 59);
  EXPECT_EQ(before.utc_offset_minutes, 60);
  EXPECT_EQ(before.abbreviation, "CET");
  const LocalDateTime after = bcn->to_local(utc("2026-03-29T01:00:00Z"));
  EXPECT_EQ(after.hour, 3);
  EXPECT_EQ(after.utc_offset_minutes, 120);
  EXPECT_EQ(after.abbreviation, "CEST");
}

TEST(TimeZone, BarcelonaFallsBackInOctober) {
  auto bcn = TimeZone::find("Europe/Madrid").value();
  EXPECT_EQ(bcn.to_local(utc("2026-10-25T00:30:00Z")).hour, 2);  // CEST
  EXPECT_EQ(bcn.to_local(utc("2026-10-25T01:30:00Z")).hour, 2);  // CET, the repeated hour
  // The repeated local 02:30 resolves to the earlier instant.
  EXPECT_EQ(bcn.from_local(2026, 10, 25, 2, 30, 0), utc("2026-10-25T00:30:00Z"));
  // The skipped local 02:30 in March resolves to the jump instant.
  EXPECT_EQ(bcn.from_local(2026, 3, 29, 2, 30, 0), utc("2026-03-29T01:00:00Z"));
}

TEST(TimeZone, AsianVenuesAreUtcPlusEightAllYear) {
  for (const char* name : {"Asia/Shanghai", "Asia/Singapore"}) {
    auto tz = TimeZone::find(name).value();
    EXPECT_EQ(tz.to_local(utc("2026-01-15T12:00:00Z")).utc_offset_minutes, 480) << name;
    EXPECT_EQ(tz.to_local(utc("2026-07-15T12:00:00Z")).utc_offset_minutes, 480) << name;
  }
  EXPECT_EQ(TimeZone::find("Asia/Shanghai")->to_local(utc("2026-05-20T01:30:00Z")).hour, 9);
}

TEST(TimeZone, UnknownNameIsAnError) {
  auto tz = TimeZone::find("Mars/Olympus_Mons");
  ASSERT_FALSE(tz.ok());
  EXPECT_EQ(tz.error().message, "unknown time zone \"Mars/Olympus_Mons\"");
}

TEST(Iso8601, ParsesOffsetsZuluAndFractions) {
  EXPECT_EQ(utc("2026-05-20T09:30:00+08:00"), utc("2026-05-20T01:30:00Z"));
  EXPECT_EQ(utc("2026-05-20T09:30+0800"), utc("2026-05-20T01:30:00Z"));
  EXPECT_EQ(utc("2026-05-19T20:30:00-05:00"), utc("2026-05-20T01:30:00Z"));
  EXPECT_EQ((utc("2026-05-20T01:30:00.250Z") - utc("2026-05-20T01:30:00Z")).count(), 250);
  EXPECT_EQ(format_iso8601_utc(utc("2026-05-20T09:30:00+08:00")), "2026-05-20T01:30:00Z");
}

TEST(Iso8601, RejectsMissingOffsetAndGarbage) {
  EXPECT_FALSE(parse_iso8601("2026-05-20T09:30:00").ok());
  EXPECT_FALSE(parse_iso8601("yesterday").ok());
  EXPECT_FALSE(parse_iso8601("2026-02-30T09:30:00Z").ok());
  EXPECT_FALSE(parse_iso8601("2026-05-20T09:30:00+8").ok());
}

TEST(Clock, PrintsTheVenuesWallClockToTheSecond) {
  const TimeZone barcelona = TimeZone::find("Europe/Madrid").value();
  const LocalDateTime l = barcelona.to_local(utc("2027-03-28T19:05:09Z"));  // CEST from that morning
  EXPECT_EQ(format_clock(l), "21:05:09");
  EXPECT_EQ(format_clock(l, ClockFormat::Compact), "210509");
  EXPECT_EQ(format_clock(LocalDateTime{}), "00:00:00");
}

}  // namespace
}  // namespace marquee::core
