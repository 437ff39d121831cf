#include "fleet/topics.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "fleet/fleet_settings.hpp"

namespace marquee::fleet {
namespace {

TEST(FleetTopics, KioskTopicsAndEveryGroupItListensOn) {
  const FleetAddress a{"bj", "bj-a-1", "hall-a", {"entrance", "vip"}};
  EXPECT_EQ(status_topic(a), "marquee/bj/bj-a-1/status");
  EXPECT_EQ(ack_topic(a), "marquee/bj/bj-a-1/ack");
  EXPECT_EQ(command_topic(a), "marquee/bj/bj-a-1/cmd");
  const auto topics = command_topics(a);
  const std::vector<std::string> expected = {
      "marquee/bj/bj-a-1/cmd",  "marquee/bj/all",          "marquee/all",
      "marquee/bj/zone/hall-a", "marquee/bj/tag/entrance", "marquee/bj/tag/vip"};
  EXPECT_EQ(topics, expected);
}

TEST(FleetTopics, TargetsTheOperatorTypes) {
  EXPECT_EQ(*target_topic("all"), "marquee/all");
  EXPECT_EQ(*target_topic("venue:bcn"), "marquee/bcn/all");
  EXPECT_EQ(*target_topic("kiosk:bj/bj-a-1"), "marquee/bj/bj-a-1/cmd");
  EXPECT_EQ(*target_topic("zone:bj/hall-a"), "marquee/bj/zone/hall-a");
  EXPECT_EQ(*target_topic("tag:bj/entrance"), "marquee/bj/tag/entrance");
  const auto bad = target_topic("bj-a-1");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("kiosk:<venue>/<kiosk>"), std::string::npos) << bad.error().message;
  EXPECT_FALSE(target_topic("kiosk:bj"));
  EXPECT_FALSE(target_topic("venue:b+j"));
  EXPECT_FALSE(target_topic("tag:bj/#"));
}

TEST(FleetTopics, IdsThatWouldBreakTheTreeAreRefused) {
  EXPECT_TRUE(check_address({"bj", "bj-a-1", "", {}}));
  const auto slash = check_address({"bj", "a/b", "", {}});
  ASSERT_FALSE(slash);
  EXPECT_NE(slash.error().message.find("kiosk id \"a/b\""), std::string::npos) << slash.error().message;
  EXPECT_FALSE(check_address({"bj", "", "", {}}));
  EXPECT_FALSE(check_address({"bj", "all", "", {}}));
  EXPECT_FALSE(check_address({"b#", "k", "", {}}));
  EXPECT_FALSE(check_address({"bj", "k", "z+", {}}));
  EXPECT_FALSE(check_address({"bj", "k", "", {"ok", ""}}));
}

TEST(FleetTopics, SplitsKioskTopicsOnly) {
  std::string v, k, leaf;
  ASSERT_TRUE(split_kiosk_topic("marquee/bj/bj-a-1/status", v, k, leaf));
  EXPECT_EQ(v, "bj");
  EXPECT_EQ(k, "bj-a-1");
  EXPECT_EQ(leaf, "status");
  EXPECT_FALSE(split_kiosk_topic("marquee/bj/all", v, k, leaf));
  EXPECT_FALSE(split_kiosk_topic("marquee/bj/a/b/status", v, k, leaf));
  EXPECT_FALSE(split_kiosk_topic("other/bj/a/status", v, k, leaf));
  EXPECT_FALSE(split_kiosk_topic("marquee//a/status", v, k, leaf));
}

TEST(FleetSettings, BrokerAddresses) {
  auto plain = parse_broker("mqtt://broker.local");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->host, "broker.local");
  EXPECT_EQ(plain->port, 1883);
  EXPECT_FALSE(plain->tls);
  auto tls = parse_broker("mqtts://broker.local");
  ASSERT_TRUE(tls);
  EXPECT_EQ(tls->port, 8883);
  EXPECT_TRUE(tls->tls);
  auto bare = parse_broker("127.0.0.1:18830");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->host, "127.0.0.1");
  EXPECT_EQ(bare->port, 18830);
  auto v6 = parse_broker("mqtt://[::1]:1884");
  ASSERT_TRUE(v6);
  EXPECT_EQ(v6->host, "::1");
  EXPECT_EQ(v6->port, 1884);
  EXPECT_FALSE(parse_broker("http://broker"));
  EXPECT_FALSE(parse_broker("mqtt://broker:0"));
  EXPECT_FALSE(parse_broker("mqtt://broker:99999"));
  EXPECT_FALSE(parse_broker("mqtt://:1883"));
}

}  // namespace
}  // namespace marquee::fleet
