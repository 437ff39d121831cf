// `marquee route` on the demo content, run as staff run it before the doors open.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "run_marquee.hpp"

namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using CmdResult = ::marquee::app::MarqueeRun;

CmdResult marquee(const std::string& args) { return ::marquee::app::run_marquee(args); }

const std::string kDemo = "--content " + std::string(MARQUEE_SOURCE_DIR) + "/assets/demo";

TEST(RouteCommand, FastestWayUpstairsTakesTheStairs) {
  const auto r = marquee("route " + kDemo + " --from bj-a-kiosk --to bj-room-301");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("Route from bj-a-kiosk to room \"bj-room-301\" (Room 301)\n"));
  EXPECT_THAT(r.out, HasSubstr(". Take the stairs to level 2\n"));
  EXPECT_THAT(r.out, HasSubstr(". Arrive at Room 301\n"));
  EXPECT_THAT(r.out, HasSubstr("Levels: bj-1 -> bj-2\n"));
  EXPECT_THAT(r.out, ::testing::ContainsRegex("Distance: [0-9]+ m, walking time: [0-9]+ min"));
}

TEST(RouteCommand, StepFreeTakesTheLiftInEveryLanguage) {
  auto r = marquee("route " + kDemo + " --from bj-a-kiosk --to bj-room-301 --step-free");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr(", step-free\n"));
  EXPECT_THAT(r.out, HasSubstr(". Take the lift to level 2\n"));
  EXPECT_THAT(r.out, HasSubstr("lift rides: 1"));
  EXPECT_THAT(r.out, Not(HasSubstr("stairs")));
  r = marquee("route " + kDemo + " --from bj-a-kiosk --to bj-room-301 --step-free --lang zh");
  EXPECT_THAT(r.out, HasSubstr(". 乘电梯到 2 层\n"));
  EXPECT_THAT(r.out, HasSubstr(". 到达301 会议室\n"));
  r = marquee("route " + kDemo + " --from bj-a-kiosk --to bj-room-301 --step-free --lang es");
  EXPECT_THAT(r.out, HasSubstr(". Toma el ascensor a la planta 2\n"));
}

TEST(RouteCommand, SessionsLeadToTheirRoomAndExhibitorsToTheirBooth) {
  auto r = marquee("route " + kDemo + " --from bj-a-kiosk --to ex-001");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("to exhibitor \"ex-001\""));
  r = marquee("route " + kDemo + " --from bcn-kiosk --to bcn-sala-2 --lang es");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("Llegas a Sala Gaudí"));
}

TEST(RouteCommand, ClosingTheLiftLeavesNoStepFreeWayUp) {
  const auto r =
      marquee("route " + kDemo + " --from bj-a-kiosk --to bj-room-301 --step-free --closed bj-lift");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out,
              HasSubstr("marquee route: room \"bj-room-301\" cannot be reached from node \"bj-a-kiosk\" "
                        "step-free with today's closures"));
}

TEST(RouteCommand, ErrorsNameWhatWasNotFound) {
  auto r = marquee("route " + kDemo + " --from bj-a-kiosk --to Z-404");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("no booth, room, amenity, exhibitor, session or node has the id \"Z-404\""));
  r = marquee("route " + kDemo + " --from nowhere --to A01");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("unknown node \"nowhere\""));
  r = marquee("route " + kDemo + " --from bj-a-kiosk --to sg-theatre");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("room \"sg-theatre\" is at venue \"sg\", not at \"bj\""));
  r = marquee("route " + kDemo + " --from bj-a-kiosk --to A01 --lang fr");
  EXPECT_NE(r.exit_code, 0);
}

}  // namespace
