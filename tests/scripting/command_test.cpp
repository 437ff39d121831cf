// `marquee show check|simulate` end to end: runs the built binary as staff would.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace {

using ::testing::HasSubstr;

struct CommandRun {
  int exit_code = -1;
  std::string out;
};

CommandRun marquee(const std::string& args) {
  const std::string cmd = std::string(MARQUEE_BINARY_DIR) + "/marquee " + args + " 2>/dev/null";
  CommandRun r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buf{};
  while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe) != nullptr) r.out += buf.data();
  const int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

const std::string kSource = MARQUEE_SOURCE_DIR;
const std::string kShow = kSource + "/scripting/shows/night_of_digital_city.lua";

TEST(ShowCommand, CheckPassesTheRealShow) {
  const CommandRun r = marquee("show check " + kShow);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("night_of_digital_city.lua: ok"));
}

TEST(ShowCommand, CheckReportsFileLineMessageAndExitsOne) {
  const std::string bad = kSource + "/tests/scripting/attacks/os_execute.lua";
  const CommandRun r = marquee("show check " + kShow + " " + bad);
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_THAT(r.out, HasSubstr(bad + ":2: attempt to call a nil value (field 'execute')"));
}

TEST(ShowCommand, SimulatePrintsTimedCommandsAndWritesTimeline) {
  const auto png =
      std::filesystem::temp_directory_path() / ("marquee_cmd_" + std::to_string(::getpid()) + ".png");
  const CommandRun r = marquee("show simulate " + kShow +
                               " --date 2026-05-22 --from 19:54:00 --to 20:01:00 --timeline " + png.string());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("19:55:00.000 +00:01:00.000 [countdown] display countdown target=all"));
  EXPECT_THAT(r.out, HasSubstr("20:00:01.000 +00:06:01.000 [show] display text target=all"));
  EXPECT_THAT(r.out, HasSubstr("timeline: " + png.string()));
  EXPECT_GT(std::filesystem::file_size(png), 1000u);
  std::filesystem::remove(png);
}

TEST(ShowCommand, SimulateFollowsAnotherVenueTimeZone) {
  // Barcelona (CEST in May): the same script's 19:55 countdown is at 19:55 local there too.
  const CommandRun r = marquee(
      "show simulate " + kShow +
      " --date 2026-05-22 --from 19:54:00 --to 19:56:00 --venue-tz Europe/Madrid --lat 41.39 --lon 2.17");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(
      r.out,
      HasSubstr(
          "19:55:00.000 +00:01:00.000 [countdown] display countdown target=all until=2026-05-22T18:00:00Z"));
}

TEST(ShowCommand, SimulateRejectsBadTimes) {
  const CommandRun r = marquee("show simulate " + kShow + " --from 7pm --to 20:00:00");
  EXPECT_NE(r.exit_code, 0);
}

// The real show rehearsed with a hold from the command line: the hold is printed as a section
// and the show's 20:00 start comes two minutes late on the wall clock.
TEST(ShowCommand, SimulateRunsTimedLiveCommands) {
  const CommandRun r = marquee("show simulate " + kShow + " --date 2026-05-22 --from 19:54:00 --to 20:03:00" +
                               " --command '19:58:00 {\"action\":\"hold\",\"who\":\"cli\"}'" +
                               " --command '20:00:00 {\"action\":\"resume\",\"who\":\"cli\"}'");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("19:58:00.000 +00:04:00.000 [cli] Hold -> ok"));
  EXPECT_THAT(r.out, HasSubstr("held: 19:58:00.000 - 20:00:00.000 (00:02:00.000)"));
  EXPECT_THAT(r.out, HasSubstr("20:02:01.000 +00:08:01.000 [show] display text target=all"));
  const CommandRun bad =
      marquee("show simulate " + kShow + " --from 19:54:00 --to 20:03:00 --command '19:58:00 {}'");
  EXPECT_EQ(bad.exit_code, 2) << bad.out;
}

}  // namespace
