// Timing on the virtual clock: cues fire on the tick they are due, waits do not drift, venue-local
// waits follow the venue's calendar across DST, fades hit exact values. Each test draws the cues
// it expects; failures print the whole recorded sequence.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "host_fixture.hpp"
#include "show/venue_time.hpp"

namespace marquee::scripting::testing {
namespace {

using ::testing::ElementsAre;

//  t(s)  0 ........................ 10.0
//        |-- wait(10) --------------|
//                                   display text "go"     (fires on the 10.000 s tick)
TEST(Timing, CueAtTenSecondsFiresAtTenSeconds) {
  HostFixture f;
  ASSERT_TRUE(f.load("ten.lua", "wait(10.0) display.text('go')").ok());
  f.run_to(12);
  EXPECT_THAT(f.times_of("ten.lua", "display text"), ElementsAre(10000)) << f.sequence();
  const auto batch = f.display.drain();
  ASSERT_EQ(batch.size(), 1u) << f.sequence();
  EXPECT_EQ(batch[0].issued - f.start_time, core::Millis{10000});
}

//  t(s)  0    1.5   3.0   4.5   6.0
//        a     a     a     a          every(1.5): no drift over many periods
TEST(Timing, EveryDoesNotDrift) {
  HostFixture f;
  ASSERT_TRUE(f.load("every.lua", "every(1.5, function() print('a') end, 'pulse')").ok());
  f.run_to(6.0);
  EXPECT_THAT(f.times_of("pulse"), ElementsAre(0, 1500, 3000, 4500, 6000)) << f.sequence();
}

//  Sat 21:00 CET                    Sun 20:00 CEST  (Barcelona springs forward 02:00 -> 03:00)
//        |--- wait_until("20:00:00"): 22 h of real time ---|
//                                                   display text "show"
TEST(Timing, WaitUntilFollowsTheVenueClockAcrossDst) {
  HostOptions options = HostFixture::default_options();
  options.venue_time_zone = "Europe/Madrid";
  options.latitude = 41.3874;
  options.longitude = 2.1686;
  HostFixture f(options, utc("2026-03-28T21:00:00+01:00"));
  ASSERT_TRUE(f.load("bcn.lua", "wait_until('20:00:00') display.text('show')").ok());
  f.run_to(23 * 3600.0);
  ASSERT_EQ(f.log.size(), 1u) << f.sequence();
  EXPECT_EQ(f.log[0].at, utc("2026-03-29T20:00:00+02:00")) << f.sequence();
  EXPECT_EQ(f.log[0].at - f.start_time, std::chrono::hours{22});
}

//  16:00 ............ sunset ... +15 min
//                                 display scene attract
TEST(Timing, WaitUntilSunsetPlusMinutes) {
  HostFixture f({}, utc("2026-07-01T16:00:00+08:00"));
  ASSERT_TRUE(f.load("dusk.lua", "wait_until(sunset + minutes(15)) display.scene('attract')").ok());
  f.run_to(6 * 3600.0);
  const auto sun = show::sun_times(2026, 7, 1, 39.9042, 116.4074);
  ASSERT_EQ(f.log.size(), 1u) << f.sequence();
  EXPECT_EQ(f.log[0].at, *sun.sunset + std::chrono::minutes{15}) << f.sequence();
}

//  fade lobby intensity 0 -> 1 over 4 s, ease-in-out, sampled on ticks:
//    t:  0     1      2     3      4
//    I:  0   0.125   0.5  0.875    1
TEST(Timing, FadeFromLuaProducesExactValues) {
  HostFixture f;
  ASSERT_TRUE(f.load("fade.lua", "light.fade('lobby', {intensity = 1}, 4, 'ease-in-out')").ok());
  const std::size_t lobby = *f.lights.rig().index_of("lobby.01");
  std::map<long long, float> samples;
  f.run_to(5, [&](core::WallTime t, const auto& frame) {
    samples[(t - f.start_time).count()] = frame->fixtures[lobby].get(show::Attribute::Intensity);
  });
  std::ostringstream seq;
  for (auto [ms, v] : samples) seq << ms << ":" << v << " ";
  EXPECT_FLOAT_EQ(samples.at(0), 0.0f) << seq.str();
  EXPECT_FLOAT_EQ(samples.at(1000), 0.125f) << seq.str();
  EXPECT_FLOAT_EQ(samples.at(2000), 0.5f) << seq.str();
  EXPECT_FLOAT_EQ(samples.at(3000), 0.875f) << seq.str();
  EXPECT_FLOAT_EQ(samples.at(4000), 1.0f) << seq.str();
}

//  t(s)  0     1     2     3   3.5
//  a:    x     x     x     x    stop("a")          named cue started and stopped
//  b:    .. parallel with a: prints once at 2.0
TEST(Timing, NamedCuesStartStopAndRunInParallel) {
  HostFixture f;
  ASSERT_TRUE(f.load("named.lua", R"lua(
cue("a", function() while true do print("x") wait(1) end end)
cue("b", function() wait(2) print("y") end)
start("a")
start("b")
wait(3.5)
stop("a")
)lua")
                  .ok());
  f.run_to(10);
  EXPECT_THAT(f.times_of("a"), ElementsAre(0, 1000, 2000, 3000)) << f.sequence();
  EXPECT_THAT(f.times_of("b"), ElementsAre(2000)) << f.sequence();
  EXPECT_FALSE(f.host->cue_running("a"));
}

//  t(s)  0 ........ 1 ........ 2
//  glow: set lobby 1, finishes (look holds)
//  main:            stop("glow") -> lobby released
TEST(Timing, StopReleasesTheLookAFinishedCueLeft) {
  HostFixture f;
  ASSERT_TRUE(f.load("hold.lua", R"lua(
cue("glow", function() light.set("lobby", {intensity = 1}) end)
start("glow")
wait(1)
stop("glow")
)lua")
                  .ok());
  const std::size_t lobby = *f.lights.rig().index_of("lobby.01");
  std::map<long long, bool> lit;
  f.run_to(2, [&](core::WallTime t, const auto& frame) {
    lit[(t - f.start_time).count()] = frame->fixtures[lobby].get(show::Attribute::Intensity) > 0.5f;
  });
  EXPECT_TRUE(lit.at(0)) << f.sequence();
  EXPECT_FALSE(lit.at(1000)) << f.sequence();
}

TEST(Timing, ParallelWaitsForAllBranches) {
  HostFixture f;
  ASSERT_TRUE(f.load("par.lua", R"lua(
parallel(function() wait(1) print("one") end, function() wait(2) print("two") end)
print("both done")
)lua")
                  .ok());
  f.run_to(5);
  const auto done = f.times_of("par.lua", "print both done");
  ASSERT_EQ(done.size(), 1u) << f.sequence();
  EXPECT_GE(done[0], 2000);
  EXPECT_LE(done[0], 2020) << "within one tick of the slower branch";
}

TEST(Timing, StaffPanelStartsANamedCueAtAClockTime) {
  HostFixture f;
  ASSERT_TRUE(
      f.load("show.lua", "cue('main', function() display.scene('attract') end) start_at('19:30:00', 'main')")
          .ok());
  f.run_to(3600);
  EXPECT_THAT(f.times_of("main"), ElementsAre(30 * 60 * 1000)) << f.sequence();
  ASSERT_TRUE(f.host->start_cue("main").ok());
  EXPECT_FALSE(f.host->start_cue("nope").ok());
}

TEST(Timing, OnTickReceivesTheTickInterval) {
  HostFixture f;
  ASSERT_TRUE(f.load("tick.lua", R"lua(
local total, calls = 0, 0
function on_tick(dt)
  total = total + dt
  calls = calls + 1
  if calls == 51 then print(string.format("%.3f", total)) end
end
)lua")
                  .ok());
  f.run_to(2);
  EXPECT_THAT(f.times_of("on_tick"), ElementsAre(1000)) << f.sequence();
  ASSERT_FALSE(f.log.empty());
  EXPECT_EQ(f.log[0].text, "print 1.000");
}

// A 30-minute show on the virtual clock: deterministic (two runs, identical logs).
TEST(Timing, ThirtyMinuteShowIsDeterministic) {
  const char* show = R"lua(
every(7, function() light.fade("facade", {intensity = math.random()}, 3, "ease-out") end, "looks")
light.wave("north", {period = 10})
wait(1800)
display.end_show()
)lua";
  std::string first, second;
  for (std::string* out : {&first, &second}) {
    HostFixture f;
    ASSERT_TRUE(f.load("long.lua", show).ok());
    double sum = 0;
    f.run_to(1800, [&](core::WallTime, const auto& frame) {
      sum += frame->fixtures[0].get(show::Attribute::Intensity);
    });
    *out = f.sequence() + std::to_string(sum);
    EXPECT_EQ(f.times_of("long.lua", "display end-show").size(), 1u);
  }
  EXPECT_EQ(first, second);
}

}  // namespace
}  // namespace marquee::scripting::testing
