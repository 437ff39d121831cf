#include "show/display_command.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace marquee::show {
namespace {

const KioskIdentity kLobbyKiosk{"k-07", "lobby", {"entrance", "vertical"}};

TEST(DisplayTarget, ParsesAndMatchesByIdZoneAndTag) {
  EXPECT_TRUE(DisplayTarget::parse("all")->matches(kLobbyKiosk));
  EXPECT_TRUE(DisplayTarget::parse("kiosk:k-07")->matches(kLobbyKiosk));
  EXPECT_FALSE(DisplayTarget::parse("kiosk:k-08")->matches(kLobbyKiosk));
  EXPECT_TRUE(DisplayTarget::parse("zone:lobby")->matches(kLobbyKiosk));
  EXPECT_FALSE(DisplayTarget::parse("zone:hall-b")->matches(kLobbyKiosk));
  EXPECT_TRUE(DisplayTarget::parse("tag:entrance")->matches(kLobbyKiosk));
  EXPECT_FALSE(DisplayTarget::parse("tag:stage")->matches(kLobbyKiosk));
  EXPECT_EQ(DisplayTarget::parse("zone:lobby")->to_string(), "zone:lobby");
}

TEST(DisplayTarget, RejectsUnknownSelectors) {
  const auto bad = DisplayTarget::parse("room:a");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("room:a"), std::string::npos);
  EXPECT_FALSE(DisplayTarget::parse("zone:").ok());
}

TEST(LocalizedText, FallsBackToEnglish) {
  const LocalizedText t{"Welcome", "欢迎", ""};
  EXPECT_EQ(t.in("zh"), "欢迎");
  EXPECT_EQ(t.in("es"), "Welcome");
}

TEST(Rgb, ParsesHexAndDescribes) {
  const auto c = parse_rgb("#ff8000");
  ASSERT_TRUE(c.ok());
  EXPECT_FLOAT_EQ(c->r, 1.0f);
  EXPECT_NEAR(c->g, 128.0f / 255.0f, 1e-6);
  EXPECT_EQ(to_hex(*c), "#ff8000");
  EXPECT_FALSE(parse_rgb("#ff80").ok());
  EXPECT_FALSE(parse_rgb("#gg0000").ok());
}

TEST(DisplayCommand, DescribeNamesKindTargetAndText) {
  DisplayCommand c;
  c.kind = DisplayKind::ShowText;
  c.target = *DisplayTarget::parse("tag:entrance");
  c.text = {"Night of the Digital City", "数字城市之夜", ""};
  EXPECT_EQ(describe(c),
            "display text target=tag:entrance color=#000000 text.en=\"Night of the Digital City\" "
            "text.zh=\"数字城市之夜\"");
  EXPECT_TRUE(is_normal_scene("attract"));
  EXPECT_FALSE(is_normal_scene("countdown"));
}

TEST(DisplayQueue, DrainsEverythingPushedFromAnotherThreadInOrder) {
  DisplayQueue q;
  std::thread producer([&] {
    for (int i = 0; i < 100; ++i) {
      DisplayCommand c;
      c.scene = std::to_string(i);
      q.push(c);
    }
  });
  producer.join();
  const auto batch = q.drain();
  ASSERT_EQ(batch.size(), 100u);
  EXPECT_EQ(batch.front().scene, "0");
  EXPECT_EQ(batch.back().scene, "99");
  EXPECT_TRUE(q.drain().empty());
}

}  // namespace
}  // namespace marquee::show
