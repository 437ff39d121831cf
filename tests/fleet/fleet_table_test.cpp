#include "fleet/fleet_table.hpp"

#include <gtest/gtest.h>

#include "core/time_zone.hpp"

namespace marquee::fleet {
namespace {

const core::WallTime kNow = *core::parse_iso8601("2027-03-26T12:00:00Z");

std::string status(const std::string& venue, const std::string& kiosk, bool online, double p50 = 16.0) {
  KioskStatus s;
  s.venue = venue;
  s.kiosk = kiosk;
  s.online = online;
  s.content_version = "14";
  s.content_age_s = 300;
  s.last_sync = "ok";
  s.screen = "home";
  s.frame_p50_ms = p50;
  s.frame_p99_ms = 20;
  s.memory_kb = 48000;
  s.at = kNow;
  return online ? to_json(s) : offline_json(venue, kiosk);
}

TEST(FleetTable, RowsFromStatusTopicsOnly) {
  FleetTable t;
  EXPECT_TRUE(t.update("marquee/bj/bj-a-1/status", status("bj", "bj-a-1", true), kNow));
  EXPECT_TRUE(t.update("marquee/bcn/bcn-1/status", status("bcn", "bcn-1", false), kNow));
  EXPECT_FALSE(t.update("marquee/bj/bj-a-1/ack", "{}", kNow));
  EXPECT_FALSE(t.update("marquee/bj/bj-a-2/status", "garbage", kNow));
  ASSERT_EQ(t.size(), 2u);
  const auto rows = t.rows();
  EXPECT_EQ(rows[0].venue, "bcn");
  EXPECT_FALSE(rows[0].online);
  EXPECT_TRUE(rows[1].online);
  // An empty retained message removes the kiosk.
  EXPECT_TRUE(t.update("marquee/bcn/bcn-1/status", "", kNow));
  EXPECT_EQ(t.size(), 1u);
}

TEST(FleetTable, RenderShowsOnlineAndOfflineKiosks) {
  FleetTable t;
  t.update("marquee/bj/bj-a-1/status", status("bj", "bj-a-1", true), kNow - std::chrono::seconds(3));
  t.update("marquee/bj/bj-a-2/status", status("bj", "bj-a-2", false), kNow);
  const std::string text = t.render(kNow);
  EXPECT_NE(text.find("KIOSK"), std::string::npos);
  EXPECT_NE(text.find("bj-a-1           bj         yes     14        5m       3s      ok"), std::string::npos)
      << text;
  EXPECT_NE(text.find("bj-a-2           bj         NO"), std::string::npos) << text;
  EXPECT_NE(text.find("2 kiosks, 1 online"), std::string::npos);
}

TEST(FleetTable, PrometheusTextFormat) {
  FleetTable t;
  t.update("marquee/bj/bj-a-1/status", status("bj", "bj-a-1", true, 4.0), kNow - std::chrono::seconds(2));
  t.update("marquee/bj/bj-\"x/status", status("bj", "bj-\"x", false), kNow);
  const std::string m = t.prometheus(kNow);
  EXPECT_NE(m.find("# TYPE marquee_kiosk_online gauge"), std::string::npos);
  EXPECT_NE(m.find("marquee_kiosk_online{venue=\"bj\",kiosk=\"bj-a-1\"} 1\n"), std::string::npos) << m;
  EXPECT_NE(m.find("marquee_kiosk_online{venue=\"bj\",kiosk=\"bj-\\\"x\"} 0\n"), std::string::npos) << m;
  EXPECT_NE(m.find("marquee_kiosk_status_age_seconds{venue=\"bj\",kiosk=\"bj-a-1\"} 2\n"), std::string::npos)
      << m;
  EXPECT_NE(m.find("marquee_kiosk_frame_p99_milliseconds{venue=\"bj\",kiosk=\"bj-a-1\"} 20\n"),
            std::string::npos);
  EXPECT_NE(m.find("marquee_kiosk_content_age_seconds{venue=\"bj\",kiosk=\"bj-a-1\"} 300\n"),
            std::string::npos);
  // An offline kiosk has no frame figures: a stale p99 must not look current.
  EXPECT_EQ(m.find("marquee_kiosk_frame_p99_milliseconds{venue=\"bj\",kiosk=\"bj-\\\"x\"}"),
            std::string::npos);
  EXPECT_NE(m.find("marquee_fleet_kiosks 2\n"), std::string::npos);
}

}  // namespace
}  // namespace marquee::fleet
