// The show controller without Lua and without UI: command JSON both ways, the hold clock, and
// which commands act at once and which wait for the show thread.
#include "show/show_controller.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace marquee::show {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;

TEST(ShowCommandJson, EveryActionRoundTrips) {
  const std::vector<ShowCommand> all = {
      ShowCommand::go("show", "pin:2"),          ShowCommand::stop("countdown", "fleet:facade"),
      ShowCommand::simple(ShowAction::Hold, "cli"), ShowCommand::simple(ShowAction::Resume, "cli"),
      ShowCommand::shift(-60, "pin:1"),          ShowCommand::simple(ShowAction::Blackout, "pin:1"),
      ShowCommand::simple(ShowAction::Release, "pin:1"), ShowCommand::grand_master(0.25f, "pin:4"),
  };
  for (const ShowCommand& c : all) {
    const std::string json = to_json(c);
    const auto back = parse_show_command(json, "test");
    ASSERT_TRUE(back.ok()) << json << ": " << back.error().message;
    EXPECT_EQ(back->action, c.action) << json;
    EXPECT_EQ(back->cue, c.cue) << json;
    EXPECT_EQ(back->shift_seconds, c.shift_seconds) << json;
    EXPECT_FLOAT_EQ(back->level, c.level) << json;
    EXPECT_EQ(back->who, c.who) << json;
  }
  EXPECT_EQ(to_json(ShowCommand::go("show", "pin:2")), R"({"action":"go","cue":"show","who":"pin:2"})");
  EXPECT_EQ(to_json(ShowCommand::shift(300, "cli")), R"({"action":"shift","seconds":300,"who":"cli"})");
}

TEST(ShowCommandJson, BadInputNamesTheSourceTheLineAndTheField) {
  auto e = parse_show_command("{\n  \"action\": \"go\",\n  \"who\": \"fleet\"\n}", "fleet message 7");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().message, "fleet message 7: line 1: \"cue\": required, a cue name");
  e = parse_show_command("{\"action\": \"shift\",\n \"seconds\": 7200, \"who\": \"cli\"}", "cmd");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().message, "cmd: line 2: \"seconds\": must be between -3600 and 3600 and not 0");
  e = parse_show_command(R"({"action":"shift","seconds":1.5,"who":"cli"})", "cmd");
  EXPECT_THAT(e.error().message, HasSubstr("\"seconds\": required, a whole number"));
  e = parse_show_command(R"({"action":"grand_master","level":1.5,"who":"cli"})", "cmd");
  EXPECT_THAT(e.error().message, HasSubstr("\"level\": must be from 0 to 1"));
  e = parse_show_command(R"({"action":"explode","who":"cli"})", "cmd");
  EXPECT_THAT(e.error().message, HasSubstr("\"action\": unknown action \"explode\""));
  e = parse_show_command(R"({"action":"hold","who":"cli","extra":1})", "cmd");
  EXPECT_THAT(e.error().message, HasSubstr("\"extra\": unknown field"));
  e = parse_show_command(R"({"action":"hold"})", "cmd");
  EXPECT_THAT(e.error().message, HasSubstr("\"who\": required"));
  e = parse_show_command("{\"action\":\n\"hold\",,}", "cmd");
  EXPECT_EQ(e.error().message, "cmd: line 2: not valid JSON");
  e = parse_show_command("[1]", "cmd");
  EXPECT_THAT(e.error().message, HasSubstr("a command must be a JSON object"));
  // Found by the fuzzer: a number that overflows a double threw out_of_range past the parser.
  e = parse_show_command("33333333E33333333333333333333{\"'oh", "cmd");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.error().message, "cmd: line 1: not valid JSON (a number is out of range)");
  e = parse_show_command(R"({"action":"shift","seconds":1e400,"who":"cli"})", "cmd");
  ASSERT_FALSE(e.ok());
  EXPECT_THAT(e.error().message, HasSubstr("out of range"));
}

TEST(HoldableClock, HoldFreezesShowTimeAndResumeRunsOnFromThere) {
  VirtualShowClock base(core::WallTime{1'000'000ms});
  HoldableClock clock(base);
  EXPECT_EQ(clock.now(), base.now());
  base.advance_to(base.now() + 10s);
  ASSERT_TRUE(clock.hold());
  EXPECT_FALSE(clock.hold());
  const core::WallTime frozen = clock.now();
  base.advance_to(base.now() + 90s);
  EXPECT_EQ(clock.now(), frozen);
  EXPECT_EQ(clock.lag(), 90s);
  // While held, show time t comes back no earlier than now + (t - frozen).
  EXPECT_EQ(clock.base_time_of(frozen + 5s), base.now() + 5s);
  ASSERT_TRUE(clock.resume());
  EXPECT_FALSE(clock.resume());
  base.advance_to(base.now() + 1s);
  EXPECT_EQ(clock.now(), frozen + 1s);
  EXPECT_EQ(clock.base_time_of(frozen + 5s), base.now() + 4s);
}

struct FakeCues final : CueControl {
  std::vector<std::string> calls;
  core::Status go(const std::string& cue) override {
    calls.push_back("go " + cue);
    if (cue == "missing") return core::make_error("no cue named \"missing\"");
    return core::Ok{};
  }
  core::Status stop(const std::string& cue) override {
    calls.push_back("stop " + cue);
    return core::Ok{};
  }
  int shift_clock_starts(core::Millis by, core::WallTime) override {
    calls.push_back("shift " + std::to_string(by.count()));
    return 2;
  }
};

struct FakeMasters final : LightMasters {
  float gm = 1.0f;
  bool blackout = false;
  void set_grand_master(float level) override { gm = level; }
  void set_blackout(bool on) override { blackout = on; }
};

TEST(ShowController, MastersAndHoldActAtOnceCueCommandsWaitForTheShowThread) {
  VirtualShowClock base(core::WallTime{1'000'000ms});
  HoldableClock clock(base);
  FakeMasters masters;
  ShowController c(clock, &masters);
  FakeCues cues;
  ASSERT_TRUE(c.submit(ShowCommand::go("show", "pin:1")).ok());
  ASSERT_TRUE(c.submit(ShowCommand::simple(ShowAction::Blackout, "pin:1")).ok());
  ASSERT_TRUE(c.submit(ShowCommand::grand_master(0.4f, "fleet")).ok());
  ASSERT_TRUE(c.submit(ShowCommand::simple(ShowAction::Hold, "cli")).ok());
  EXPECT_TRUE(masters.blackout);
  EXPECT_FLOAT_EQ(masters.gm, 0.4f);
  EXPECT_TRUE(clock.held());
  EXPECT_TRUE(cues.calls.empty()) << "GO ran off the show thread";
  EXPECT_TRUE(c.has_pending());
  ASSERT_TRUE(c.submit(ShowCommand::go("missing", "pin:1")).ok());
  ASSERT_TRUE(c.submit(ShowCommand::shift(300, "pin:1")).ok());
  EXPECT_EQ(c.log()[4].outcome, "queued");
  EXPECT_EQ(c.run_pending(cues), 3);
  EXPECT_EQ(cues.calls, (std::vector<std::string>{"go show", "go missing", "shift 300000"}));
  const auto log = c.log();
  ASSERT_EQ(log.size(), 6u);  // one line per command; a queued one gets its result when it runs
  EXPECT_EQ(log[0].action, "GO show");
  EXPECT_EQ(log[0].outcome, "ok");
  EXPECT_EQ(log[1].action, "Blackout");
  EXPECT_EQ(log[2].action, "Grand master 40%");
  EXPECT_EQ(log[2].who, "fleet");
  EXPECT_EQ(log[4].outcome, "failed: no cue named \"missing\"");
  EXPECT_EQ(log[5].outcome, "ok, 2 starts moved");
  EXPECT_EQ(log[5].at, base.now());
}

TEST(ShowController, InvalidCommandsAreRefusedAndLogged) {
  VirtualShowClock base(core::WallTime{});
  HoldableClock clock(base);
  ShowController c(clock, nullptr);
  EXPECT_FALSE(c.submit(ShowCommand::go("", "pin:1")).ok());
  EXPECT_FALSE(c.submit(ShowCommand::shift(0, "pin:1")).ok());
  EXPECT_FALSE(c.submit(ShowCommand::grand_master(2.0f, "pin:1")).ok());
  EXPECT_FALSE(c.submit(ShowCommand::simple(ShowAction::Hold, "")).ok());
  EXPECT_FALSE(c.has_pending());
  ASSERT_EQ(c.log().size(), 4u);
  EXPECT_THAT(c.log()[0].outcome, HasSubstr("refused"));
  // Without a lighting output the masters are still recorded.
  ASSERT_TRUE(c.submit(ShowCommand::simple(ShowAction::Blackout, "pin:1")).ok());
  EXPECT_TRUE(c.blackout());
  EXPECT_THAT(c.log().back().outcome, HasSubstr("no lighting output"));
}

}  // namespace
}  // namespace marquee::show
