// Live show control end to end: commands through the ShowController, the real script host, the
// real lighting output thread, and DMX checked on a UDP socket on 127.0.0.1. The show runs on a
// virtual clock ticked by the test, so "half way through a 10 s fade" is exact.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "live_show.hpp"
#include "show/venue_time.hpp"

namespace marquee::scripting::testing {
namespace {

using namespace std::chrono_literals;
using show::ShowAction;
using show::ShowCommand;
using ::testing::HasSubstr;

constexpr const char* kScript = R"(
cue("up", function() light.set("d.1", { intensity = 1 }) end)
cue("fade", function() light.fade("d.*", { intensity = 1 }, 10) end)
cue("colour", function() light.set("c", { color = "#ff8000", intensity = 1 }) light.set("d.*", { intensity = 0.6 }) end)
)";

TEST(ShowControl, GoStartsANamedCueAndItsValuesReachTheWire) {
  LiveShow s;
  ASSERT_TRUE(s.host->load_string("live.lua", kScript).ok());
  s.tick_for(200ms);
  ASSERT_TRUE(s.wait_dmx([](const Dmx& d) { return d[0] == 0; })) << "dark before GO";
  ASSERT_TRUE(s.controller->submit(ShowCommand::go("up", "pin:2")).ok());
  s.tick();
  const auto lit = s.wait_dmx([](const Dmx& d) { return d[0] == 255; });
  ASSERT_TRUE(lit) << "GO up never put d.1 at full on the wire";
  EXPECT_EQ((*lit)[1], 0) << "only d.1 is in cue up";
  const auto log = s.controller->log();
  ASSERT_EQ(log.size(), 1u) << "one log line per command";
  EXPECT_EQ(log.back().who, "pin:2");
  EXPECT_EQ(log.back().action, "GO up");
  EXPECT_EQ(log.back().outcome, "ok");
}

TEST(ShowControl, GoOfAnUnknownCueIsLoggedAsFailed) {
  LiveShow s;
  ASSERT_TRUE(s.host->load_string("live.lua", kScript).ok());
  ASSERT_TRUE(s.controller->submit(ShowCommand::go("nope", "fleet")).ok());
  s.tick();
  const auto log = s.controller->log();
  ASSERT_FALSE(log.empty());
  EXPECT_THAT(log.back().outcome, HasSubstr("no cue named \"nope\""));
  EXPECT_EQ(log.back().who, "fleet");
}

TEST(ShowControl, HoldFreezesAFadeHalfWayOnTheWireAndResumeContinuesIt) {
  LiveShow s;
  ASSERT_TRUE(s.host->load_string("live.lua", kScript).ok());
  ASSERT_TRUE(s.controller->submit(ShowCommand::go("fade", "pin:1")).ok());
  s.tick_for(5s);  // half way through the 10 s fade
  ASSERT_TRUE(s.controller->submit(ShowCommand::simple(ShowAction::Hold, "pin:1")).ok());
  const auto half = s.wait_dmx([](const Dmx& d) { return d[0] >= 120 && d[0] <= 135; });
  ASSERT_TRUE(half) << "the fade was not half way after 5 s";
  // Ten more seconds of show-thread ticks while held: the wire must not change at all.
  s.drain();
  for (int i = 0; i < 5; ++i) {
    s.tick_for(2s);
    const auto d = s.next_dmx();
    ASSERT_TRUE(d);
    EXPECT_EQ((*d)[0], (*half)[0]) << "held fade moved after " << i + 1 << " s";
    EXPECT_EQ((*d)[1], (*half)[1]);
  }
  ASSERT_TRUE(s.controller->submit(ShowCommand::simple(ShowAction::Resume, "pin:1")).ok());
  s.tick_for(2500ms);  // three quarters
  const auto later = s.wait_dmx([&](const Dmx& d) { return d[0] > (*half)[0] + 40; });
  ASSERT_TRUE(later) << "Resume did not continue the fade";
  EXPECT_LT((*later)[0], 255) << "the fade jumped ahead: the hold was not subtracted";
  s.tick_for(3s);
  EXPECT_TRUE(s.wait_dmx([](const Dmx& d) { return d[0] == 255 && d[1] == 255; }));
}

TEST(ShowControl, ShiftMovesAStartAtLaterAndEarlier) {
  // 19:58 venue time; "up" is scheduled for 20:00.
  const core::WallTime start = *core::parse_iso8601("2026-05-22T19:58:00+08:00");
  LiveShow s(start);
  ASSERT_TRUE(s.host->load_string("live.lua", std::string(kScript) + "start_at('20:00:00', 'up')\n").ok());
  s.tick();
  const auto at_2000 = *core::parse_iso8601("2026-05-22T20:00:00+08:00");
  auto cues = s.host->cue_statuses();
  const auto up = std::find_if(cues.begin(), cues.end(), [](const auto& c) { return c.name == "up"; });
  ASSERT_NE(up, cues.end());
  ASSERT_TRUE(up->next_start);
  EXPECT_EQ(*up->next_start, at_2000);
  EXPECT_EQ(up->state, show::CueStatus::State::Waiting);

  ASSERT_TRUE(s.controller->submit(ShowCommand::shift(5 * 60, "pin:3")).ok());
  s.tick();
  EXPECT_EQ(s.host->scheduler().clock_wake("start_at:up"), at_2000 + 5min);
  EXPECT_EQ(s.controller->log().back().outcome, "ok, 1 start moved");
  ASSERT_TRUE(s.controller->submit(ShowCommand::shift(-60, "pin:3")).ok());
  s.tick();
  EXPECT_EQ(s.host->scheduler().clock_wake("start_at:up"), at_2000 + 4min);
  // Nothing at 20:00 or 20:03:59; the cue starts at 20:04 and the light comes on.
  s.tick_for(2min + 3min + 59s - 40ms);
  EXPECT_FALSE(s.host->cue_running("up"));
  EXPECT_EQ(s.lights.frame()->fixtures[0].get(show::Attribute::Intensity), 0.0f);
  s.tick_for(1s);
  EXPECT_EQ(s.lights.frame()->fixtures[0].get(show::Attribute::Intensity), 1.0f);
  EXPECT_TRUE(s.wait_dmx([](const Dmx& d) { return d[0] == 255; }));
}

TEST(ShowControl, RelativeWaitsAreNotShifted) {
  LiveShow s;
  ASSERT_TRUE(s.host->load_string("live.lua", "wait(60) light.set('d.1', {intensity = 1})").ok());
  s.tick();
  ASSERT_TRUE(s.controller->submit(ShowCommand::shift(300, "cli")).ok());
  s.tick();
  EXPECT_EQ(s.controller->log().back().outcome, "ok, 0 starts moved");
  s.tick_for(61s);
  EXPECT_EQ(s.lights.frame()->fixtures[0].get(show::Attribute::Intensity), 1.0f);
}

TEST(ShowControl, BlackoutZeroesEveryChannelWithinOneOutputFrameAndReleaseRestoresTheLook) {
  LiveShow s;
  ASSERT_TRUE(s.host->load_string("live.lua", kScript).ok());
  ASSERT_TRUE(s.controller->submit(ShowCommand::go("colour", "pin:1")).ok());
  s.tick();
  const Dmx look{153, 153, 255, 128, 0};
  ASSERT_TRUE(s.wait_dmx([&](const Dmx& d) { return d == look; })) << "the colour look never arrived";
  s.tick();
  s.drain();
  ASSERT_TRUE(s.controller->submit(ShowCommand::simple(ShowAction::Blackout, "pin:1")).ok());
  // At most one packet already being built when the command landed may carry the look; every
  // packet after it is dark.
  std::vector<Dmx> after;
  for (int i = 0; i < 6; ++i) {
    s.tick();
    const auto d = s.next_dmx();
    ASSERT_TRUE(d);
    after.push_back(*d);
  }
  const Dmx dark{};
  const auto first_dark = std::find(after.begin(), after.end(), dark) - after.begin();
  EXPECT_LE(first_dark, 1) << "blackout took more than one output frame";
  for (auto i = static_cast<std::size_t>(first_dark); i < after.size(); ++i) EXPECT_EQ(after[i], dark) << i;
  EXPECT_TRUE(s.controller->blackout());
  // The show keeps running under the blackout; release brings back what it shows now.
  ASSERT_TRUE(s.controller->submit(ShowCommand::simple(ShowAction::Release, "pin:1")).ok());
  s.tick();
  EXPECT_TRUE(s.wait_dmx([&](const Dmx& d) { return d == look; }));
}

TEST(ShowControl, GrandMasterScalesIntensityOnTheWire) {
  LiveShow s;
  ASSERT_TRUE(s.host->load_string("live.lua", kScript).ok());
  ASSERT_TRUE(s.controller->submit(ShowCommand::go("colour", "pin:1")).ok());
  s.tick();
  ASSERT_TRUE(s.controller->submit(ShowCommand::grand_master(0.5f, "pin:1")).ok());
  s.tick();
  // Dimmers at 0.6 * 0.5; the dimmerless RGB fixture's intensity is folded into its colour, so
  // its colour channels halve (see docs/show-control.md).
  const auto d = s.wait_dmx([](const Dmx& x) { return x[0] == 77; });
  ASSERT_TRUE(d) << "grand master 50% never reached the dimmers";
  EXPECT_EQ((*d)[1], 77);
  EXPECT_EQ((*d)[2], 128);
  EXPECT_EQ((*d)[3], 64);
  EXPECT_EQ((*d)[4], 0);
  EXPECT_FLOAT_EQ(s.controller->grand_master(), 0.5f);
}

}  // namespace
}  // namespace marquee::scripting::testing
