#include "fleet/kiosk_status.hpp"

#include <gtest/gtest.h>

#include "core/time_zone.hpp"

namespace marquee::fleet {
namespace {

TEST(KioskStatusJson, RoundTripsAndReadsLeniently) {
  KioskStatus s;
  s.kiosk = "bj-a-1";
  s.venue = "bj";
  s.app_version = "0.1.0";
  s.content_version = "14";
  s.content_age_s = 95;
  s.screen = "schedule";
  s.running_cues = {"countdown", "facade"};
  s.frame_p50_ms = 2.5;
  s.frame_p99_ms = 4.75;
  s.memory_kb = 47000;
  s.last_touch = *core::parse_iso8601("2027-03-26T11:59:00Z");
  s.last_rejected = "expired: expired 3 s ago";
  s.at = *core::parse_iso8601("2027-03-26T12:00:00Z");
  const auto back = parse_kiosk_status(to_json(s));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(to_json(*back), to_json(s));
  // Fields of newer kiosks and wrong types do not hide a kiosk.
  const auto odd = parse_kiosk_status(R"({"kiosk":"k","venue":"v","new_field":1,"memory_kb":"lots"})");
  ASSERT_TRUE(odd);
  EXPECT_EQ(odd->memory_kb, 0);
  // Numbers that do not fit a whole-number field are left out (the fuzzer sent 8.6e57), and so
  // are fractions; fitting numbers are taken.
  const auto huge = parse_kiosk_status(
      R"({"kiosk":"k","venue":"v","uptime_s":8.6e57,"memory_kb":1.5,"content_age_s":18446744073709551615,"frame_p99_ms":4})");
  ASSERT_TRUE(huge);
  EXPECT_EQ(huge->uptime_s, 0);
  EXPECT_EQ(huge->memory_kb, 0);
  EXPECT_FALSE(huge->content_age_s.has_value());
  EXPECT_DOUBLE_EQ(huge->frame_p99_ms, 4.0);
  EXPECT_FALSE(parse_kiosk_status(R"({"kiosk":"k"})"));
  EXPECT_FALSE(parse_kiosk_status("offline"));
  const auto will = parse_kiosk_status(offline_json("bj", "bj-a-1"));
  ASSERT_TRUE(will);
  EXPECT_FALSE(will->online);
}

TEST(KioskStatusJson, SubstanceIgnoresWhatChangesEveryFrame) {
  KioskStatus a;
  a.kiosk = "k";
  a.venue = "v";
  a.screen = "home";
  KioskStatus b = a;
  b.frame_p99_ms = 9;
  b.memory_kb = 12;
  b.uptime_s = 100;
  b.at = core::WallTime{std::chrono::seconds(5)};
  EXPECT_FALSE(differs_in_substance(a, b));
  b.screen = "map";
  EXPECT_TRUE(differs_in_substance(a, b));
}

}  // namespace
}  // namespace marquee::fleet
