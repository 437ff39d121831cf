// Kiosk config errors name the file, the line and the key; values that pass a type check but
// make no sense (NaN, infinities, zero sizes) are refused; unknown tables are warnings (issue 17).
#include "app/config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace marquee::app {
namespace {

using ::testing::HasSubstr;

std::string problems(std::string_view text) {
  const auto c = parse_kiosk_config(text, "/etc/marquee/kiosk.toml");
  return c.ok() ? "(accepted)" : c.error().message;
}

TEST(KioskConfig, ShippedConfigsLoadWithoutWarnings) {
  for (const char* name : {"kiosk-barcelona.toml", "kiosk-beijing-hall-a.toml"}) {
    const auto c = load_kiosk_config(std::string(MARQUEE_SOURCE_DIR) + "/config/" + name);
    ASSERT_TRUE(c.ok()) << name << ": " << c.error().message;
    EXPECT_TRUE(c->warnings.empty()) << name << ": " << c->warnings.front();
  }
}

TEST(KioskConfig, NanInfinityAndZeroSizesAreRefusedWithFileLineAndKey) {
  const std::string all = problems(R"([kiosk]
map_x = nan
map_y = 1e300
[display]
width = 0
height = -1080
dpi = inf
[idle]
warning_after_s = 0.0
countdown_s = -inf
attract_after_s = nan
)");
  for (const char* expected :
       {"kiosk.toml:2: kiosk.map_x: expected a map coordinate within +-1000000, got nan",
        "kiosk.toml:3: kiosk.map_y: expected a map coordinate within +-1000000, got 1e+300",
        "kiosk.toml:5: display.width: expected pixels between 1 and 16384, got 0",
        "kiosk.toml:6: display.height: expected pixels between 1 and 16384, got -1080",
        "kiosk.toml:7: display.dpi: expected pixels per inch between 0 (ask the display) and 1000, got inf",
        "kiosk.toml:9: idle.warning_after_s: expected seconds between 1 and 86400, got 0",
        "kiosk.toml:10: idle.countdown_s: expected seconds between 1 and 86400, got -inf",
        "kiosk.toml:11: idle.attract_after_s: expected seconds between 1 and 86400, got nan"}) {
    EXPECT_THAT(all, HasSubstr(expected)) << all;
  }
}

TEST(KioskConfig, SyncAndMqttTablesAreReadFromTheSameParse) {
  const auto c = parse_kiosk_config(
      "[kiosk]\nid = \"bj-a-01\"\n[sync]\nbase_url = \"https://cdn.example/b\"\npublic_key = "
      "\"keys/pub.key\"\n"
      "poll_interval_s = 30\n[mqtt]\nbroker = \"mqtt://127.0.0.1:1883\"\n",
      "/etc/marquee/kiosk.toml");
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_TRUE(c->warnings.empty()) << c->warnings.front();
  EXPECT_EQ(c->sync.base_url, "https://cdn.example/b");
  EXPECT_EQ(c->sync.public_key, "/etc/marquee/keys/pub.key");  // relative to the config file
  EXPECT_EQ(c->sync.poll_interval, std::chrono::seconds(30));
  EXPECT_EQ(c->fleet.broker, "mqtt://127.0.0.1:1883");
}

TEST(KioskConfig, ABadSyncKeyFailsTheConfigWithFileLineAndKey) {
  EXPECT_EQ(
      problems("[kiosk]\nid = \"a\"\n[sync]\npoll_interval_s = \"soon\"\n"),
      "/etc/marquee/kiosk.toml:4: sync.poll_interval_s: expected a number of seconds between 0 and 10000000");
}

TEST(KioskConfig, UnknownTableIsAWarningNamingFileAndLine) {
  const auto c = parse_kiosk_config("[kiosk]\nid = \"a\"\n\n[outputs]\nx = 1\n", "/etc/kiosk.toml");
  ASSERT_TRUE(c.ok()) << c.error().message;
  ASSERT_EQ(c->warnings.size(), 1u);
  EXPECT_EQ(c->warnings[0], "kiosk.toml:4: unknown table or key \"outputs\" (ignored)");
}

TEST(KioskConfig, QuotedValuesAreShortAndCannotForgeLines) {
  const std::string all =
      problems("[display]\nrotation = \"sideways\\nkiosk.toml:1: forged " + std::string(500, 'x') + "\"\n");
  EXPECT_THAT(all, HasSubstr("kiosk.toml:2: display.rotation: expected \"landscape\" or \"portrait\", got "
                             "\"sideways\\nkiosk.toml:1: forged "));
  EXPECT_EQ(all.find('\n'), std::string::npos) << "one problem, one line";
  EXPECT_LT(all.size(), 300u);
}

TEST(KioskConfig, WrongTypeNamesTheKey) {
  EXPECT_EQ(problems("[display]\n\nwidth = \"wide\"\n"), "kiosk.toml:3: display.width: wrong type");
}

// Found by fuzz_kiosk_config: toml++ cast 3e41 to an integer unchecked (undefined behaviour).
TEST(KioskConfig, AFloatWhereAnIntegerBelongsIsAWrongType) {
  EXPECT_EQ(problems("[display]\nwidth = 3e+41\n"), "kiosk.toml:2: display.width: wrong type");
  EXPECT_EQ(problems("[display]\nindex = 1.5\n"), "kiosk.toml:2: display.index: wrong type");
}

}  // namespace
}  // namespace marquee::app

namespace marquee::app {
namespace {

// Whether the config named the venue decides if the kiosk may take an imported bundle's venue.
TEST(KioskConfig, VenueIsMarkedConfiguredOnlyWhenTheFileNamesIt) {
  const auto named = parse_kiosk_config("[kiosk]\nid = \"a\"\nvenue = \"bcn\"\n", "/etc/kiosk.toml");
  ASSERT_TRUE(named.ok());
  EXPECT_TRUE(named->ui.place.venue_configured);
  EXPECT_EQ(named->ui.place.venue, "bcn");
  const auto unnamed = parse_kiosk_config("[kiosk]\nid = \"a\"\n", "/etc/kiosk.toml");
  ASSERT_TRUE(unnamed.ok());
  EXPECT_FALSE(unnamed->ui.place.venue_configured);
}

TEST(KioskConfig, ShowClockFollowsTimecodeWithItsLossAndFreeRunTimes) {
  const auto wall = parse_kiosk_config("[show]\nscript = \"s.lua\"\n", "/etc/kiosk.toml");
  ASSERT_TRUE(wall.ok());
  EXPECT_FALSE(wall->show_clock.follow_timecode) << "the wall clock is the default";
  const auto tc = parse_kiosk_config(
      "[show]\nclock = \"timecode\"\ntimecode_loss_ms = 300\ntimecode_free_run_s = 8\n", "/etc/kiosk.toml");
  ASSERT_TRUE(tc.ok()) << tc.error().message;
  EXPECT_TRUE(tc->show_clock.follow_timecode);
  EXPECT_EQ(tc->show_clock.timecode_loss_ms, 300);
  EXPECT_EQ(tc->show_clock.timecode_free_run_ms, 8000);
  const auto half =
      parse_kiosk_config("[show]\nclock = \"timecode\"\ntimecode_free_run_s = 2.5\n", "/etc/kiosk.toml");
  ASSERT_TRUE(half.ok());
  EXPECT_EQ(half->show_clock.timecode_free_run_ms, 2500);
  EXPECT_EQ(problems("[show]\nclock = \"ltc\"\n"),
            "kiosk.toml:2: show.clock: expected \"wall\" or \"timecode\", got \"ltc\"");
  EXPECT_EQ(problems("[show]\n\ntimecode_free_run_s = -1\n"),
            "kiosk.toml:3: show.timecode_free_run_s: expected seconds between 0 and 3600, got -1");
}

}  // namespace
}  // namespace marquee::app
