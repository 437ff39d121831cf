// The real show (scripting/shows/night_of_digital_city.lua) and the check/simulate entry points
// the `marquee show` command calls, run in-process on the virtual clock.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "scripting/simulate.hpp"

namespace marquee::scripting {
namespace {

using ::testing::HasSubstr;

const std::string kShow = std::string(MARQUEE_SOURCE_DIR) + "/scripting/shows/night_of_digital_city.lua";

HostOptions beijing() {
  HostOptions o;
  o.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
  return o;
}

std::vector<std::string> lines_with(const std::string& log, const std::string& needle) {
  std::vector<std::string> out;
  std::istringstream in(log);
  for (std::string line; std::getline(in, line);) {
    if (line.find(needle) != std::string::npos) out.push_back(line);
  }
  return out;
}

//  19:30 ... dusk fade ... 19:55 countdown (all kiosks) ... 20:00 show: title en+zh, waves on
//  north/east/south/west, chases ... finale ... end-show (all) back to normal screens
TEST(NightOfTheDigitalCity, RunsCleanlyWithCountdownWavesBilingualTitlesAndReturnToNormal) {
  SimulateOptions sim;
  sim.script = kShow;
  sim.date = "2026-05-22";
  sim.from = "19:30:00";
  sim.to = "20:15:00";
  const auto png = std::filesystem::temp_directory_path() / ("night_" + std::to_string(::getpid()) + ".png");
  sim.timeline = png;
  std::ostringstream out;
  const auto code = simulate(sim, demo_rig(), beijing(), out);
  const std::string log = out.str();
  ASSERT_TRUE(code.ok()) << code.error().message;
  EXPECT_EQ(*code, 0) << log;
  EXPECT_TRUE(lines_with(log, "ERROR").empty()) << log;
  const auto countdown = lines_with(log, "display countdown target=all");
  ASSERT_EQ(countdown.size(), 1u) << log;
  EXPECT_EQ(countdown[0].substr(0, 12), "19:55:00.000") << log;
  EXPECT_THAT(countdown[0], HasSubstr("until=2026-05-22T12:00:00Z"));
  const auto titles = lines_with(log, "text.zh=\"数字城市之夜\"");
  ASSERT_FALSE(titles.empty()) << log;
  EXPECT_EQ(titles[0].substr(0, 8), "20:00:01");
  EXPECT_THAT(titles[0], HasSubstr("text.en=\"Night of the Digital City\""));
  for (const char* zone : {"north", "east", "south", "west"}) {
    EXPECT_FALSE(lines_with(log, std::string("light wave ") + zone).empty()) << zone << "\n" << log;
  }
  const auto end = lines_with(log, "display end-show target=all");
  ASSERT_EQ(end.size(), 1u) << log;
  // 1 + 90 + 32 + 40 + 5 + 60 + 8 s after 20:00; parallel() joins on the tick after its last branch.
  EXPECT_THAT(end[0], ::testing::MatchesRegex("20:03:56\\.0[0-2][0-9] .*")) << log;
  EXPECT_TRUE(std::filesystem::file_size(png) > 1000);
  std::filesystem::remove(png);
}

TEST(Check, CleanScriptPassesAndEachErrorIsFileLineMessage) {
  const std::string attacks = std::string(MARQUEE_SOURCE_DIR) + "/tests/scripting/attacks/";
  std::ostringstream out;
  EXPECT_EQ(check_scripts({kShow}, demo_rig(), beijing(), out), 0) << out.str();
  std::ostringstream bad;
  EXPECT_EQ(check_scripts({kShow, attacks + "io_open.lua", attacks + "string_dump.lua"}, demo_rig(),
                          beijing(), bad),
            1);
  EXPECT_THAT(bad.str(), HasSubstr(attacks + "io_open.lua:2: attempt to index a nil value (global 'io')"));
  EXPECT_THAT(bad.str(),
              HasSubstr(attacks + "string_dump.lua:2: attempt to call a nil value (field 'dump')"));
}

// A temporary show file for the deep-check tests.
std::filesystem::path write_show(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "_" + name);
  std::ofstream(path) << text;
  return path;
}

TEST(Check, RunsEveryNamedCueAndCatchesAnErrorAfterAWait) {
  // Loads cleanly (the top level only defines cues and schedules one for 23:59:59 — more than
  // the horizon away on most runs); "late" fails four minutes after its GO; "fine" is clean.
  const auto path = write_show("late_error.lua", R"(cue("fine", function()
  light.fade("lobby", { intensity = 1 }, 30)
  wait(30)
end)
cue("late", function()
  light.set("lobby", { intensity = 0.5 })
  wait(240)
  light.set("no-such-fixture", { intensity = 1 })
end)
)");
  std::ostringstream out;
  EXPECT_EQ(check_scripts({path}, demo_rig(), beijing(), out), 1) << out.str();
  EXPECT_THAT(out.str(), HasSubstr(path.string() + ":8: light.set: no fixture matches \"no-such-fixture\""));
  EXPECT_THAT(out.str(), HasSubstr("(cue late, +00:04:00 after its start)"));
  EXPECT_EQ(lines_with(out.str(), "no-such-fixture").size(), 1u) << out.str();
  // Too short a horizon does not reach the error: the check says how far it ran.
  std::ostringstream shallow;
  CheckOptions quick;
  quick.horizon = core::Millis{60'000};
  EXPECT_EQ(check_scripts({path}, demo_rig(), beijing(), shallow, quick), 0) << shallow.str();
  EXPECT_THAT(shallow.str(), HasSubstr(": ok (top level and 2 named cues run for up to 1 min"));
  std::filesystem::remove(path);
}

TEST(Check, ATopLevelErrorAfterAWaitIsCaughtToo) {
  const auto path = write_show("top_wait.lua", "wait(600)\nlocal x = nil + 1\n");
  std::ostringstream out;
  EXPECT_EQ(check_scripts({path}, demo_rig(), beijing(), out), 1) << out.str();
  EXPECT_THAT(out.str(), HasSubstr(path.string() + ":2: attempt to perform arithmetic on a nil value"));
  std::filesystem::remove(path);
}

TEST(Simulate, ReportsBadOptions) {
  SimulateOptions sim;
  sim.script = kShow;
  sim.from = "7pm";
  std::ostringstream out;
  const auto r = simulate(sim, demo_rig(), beijing(), out);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(r.error().message, HasSubstr("--from: bad clock time \"7pm\""));
}

}  // namespace
}  // namespace marquee::scripting
