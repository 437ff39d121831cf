#include "show/venue_time.hpp"

#include <gtest/gtest.h>

namespace marquee::show {
namespace {

using core::WallTime;

WallTime utc(std::string_view iso) {
  return *core::parse_iso8601(iso);
}

TEST(ClockTime, ParsesHoursMinutesSeconds) {
  const auto t = parse_clock_time("20:05:09");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->hour, 20);
  EXPECT_EQ(t->minute, 5);
  EXPECT_EQ(t->second, 9);
  EXPECT_EQ(parse_clock_time("07:30")->minute, 30);
  EXPECT_FALSE(parse_clock_time("24:00:00").ok());
  EXPECT_FALSE(parse_clock_time("8pm").ok());
  EXPECT_FALSE(parse_clock_time("20:00:0").ok());
}

TEST(NextLocalOccurrence, LaterTodayOrTomorrowInBeijing) {
  const auto tz = *core::TimeZone::find("Asia/Shanghai");
  const ClockTime eight_pm{20, 0, 0};
  EXPECT_EQ(next_local_occurrence(tz, eight_pm, utc("2026-05-22T09:00:00+08:00")),
            utc("2026-05-22T20:00:00+08:00"));
  EXPECT_EQ(next_local_occurrence(tz, eight_pm, utc("2026-05-22T20:00:00+08:00")),
            utc("2026-05-22T20:00:00+08:00"));
  EXPECT_EQ(next_local_occurrence(tz, eight_pm, utc("2026-05-22T20:00:01+08:00")),
            utc("2026-05-23T20:00:00+08:00"));
}

// Timecode carries a time of day only: it lands on the venue date nearest the kiosk clock. Just
// after midnight on the Monday after spring forward (Sunday 2026-03-29 has 23 hours), 23:50 is
// Sunday evening; stepping back 24 real hours would land on Saturday instead.
TEST(NearestLocalInstant, StepsCalendarDatesAcrossADstDay) {
  const auto tz = *core::TimeZone::find("Europe/Madrid");
  const core::Millis ten_to_midnight{(23 * 3600 + 50 * 60) * 1000LL + 250};
  EXPECT_EQ(nearest_local_instant(tz, ten_to_midnight, utc("2026-03-30T00:30:00+02:00")),
            utc("2026-03-29T23:50:00.250+02:00"));
  EXPECT_EQ(nearest_local_instant(tz, core::Millis{10 * 60 * 1000}, utc("2026-03-28T23:55:00+01:00")),
            utc("2026-03-29T00:10:00+01:00"));  // tomorrow, a few minutes ahead
  EXPECT_EQ(nearest_local_instant(tz, core::Millis{20LL * 3600 * 1000}, utc("2026-03-29T19:59:00+02:00")),
            utc("2026-03-29T20:00:00+02:00"));  // today
}

// Barcelona springs forward on 2026-03-29 at 02:00 CET -> 03:00 CEST:
//   Sat 21:00 CET ----(22 h of real time, not 23)----> Sun 20:00 CEST
TEST(NextLocalOccurrence, AcrossBarcelonaSpringForward) {
  const auto tz = *core::TimeZone::find("Europe/Madrid");
  const WallTime saturday_evening = utc("2026-03-28T21:00:00+01:00");
  const WallTime fires = next_local_occurrence(tz, {20, 0, 0}, saturday_evening);
  EXPECT_EQ(fires, utc("2026-03-29T18:00:00Z"));
  EXPECT_EQ(fires - saturday_evening, std::chrono::hours{22});
  // 02:30 does not exist that night: the show starts at the jump, 03:00 CEST.
  EXPECT_EQ(next_local_occurrence(tz, {2, 30, 0}, saturday_evening), utc("2026-03-29T01:00:00Z"));
}

// Autumn: 2026-10-25 03:00 CEST -> 02:00 CET; Sat 21:00 CEST -> Sun 20:00 CET is 24 h.
TEST(NextLocalOccurrence, AcrossBarcelonaFallBack) {
  const auto tz = *core::TimeZone::find("Europe/Madrid");
  const WallTime saturday_evening = utc("2026-10-24T21:00:00+02:00");
  const WallTime fires = next_local_occurrence(tz, {20, 0, 0}, saturday_evening);
  EXPECT_EQ(fires, utc("2026-10-25T19:00:00Z"));
  EXPECT_EQ(fires - saturday_evening, std::chrono::hours{24});
}

void expect_within_two_minutes(std::optional<WallTime> got, std::string_view want) {
  ASSERT_TRUE(got.has_value()) << want;
  const auto diff = std::chrono::abs(*got - utc(want));
  EXPECT_LE(diff, std::chrono::minutes{2}) << "got " << core::format_iso8601_utc(*got) << " want " << want;
}

// Reference times from published almanac tables for Beijing (39.9042 N, 116.4074 E).
TEST(SunTimes, BeijingSummerMatchesAlmanac) {
  const SunTimes july1 = sun_times(2026, 7, 1, 39.9042, 116.4074);
  expect_within_two_minutes(july1.sunrise, "2026-07-01T04:49:23+08:00");
  expect_within_two_minutes(july1.sunset, "2026-07-01T19:46:55+08:00");
  const SunTimes july15 = sun_times(2026, 7, 15, 39.9042, 116.4074);
  expect_within_two_minutes(july15.sunrise, "2026-07-15T04:58:09+08:00");
  expect_within_two_minutes(july15.sunset, "2026-07-15T19:42:13+08:00");
}

TEST(SunTimes, BeijingWinterSolsticeMatchesAlmanac) {
  const SunTimes s = sun_times(2021, 12, 21, 39.9042, 116.4074);
  expect_within_two_minutes(s.sunrise, "2021-12-21T07:32:25+08:00");
  expect_within_two_minutes(s.sunset, "2021-12-21T16:52:46+08:00");
  EXPECT_LT(*s.sunrise, s.solar_noon);
  EXPECT_LT(s.solar_noon, *s.sunset);
}

TEST(SunTimes, PolarDayHasNoSunset) {
  const SunTimes s = sun_times(2026, 6, 21, 69.65, 18.96);  // Tromsø, midnight sun
  EXPECT_FALSE(s.sunrise.has_value());
  EXPECT_FALSE(s.sunset.has_value());
}

}  // namespace
}  // namespace marquee::show
