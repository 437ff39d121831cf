// map.json wayfinding validation: one fixture directory per problem under
// fixtures/wayfinding/, each a copy of fixtures/wayfinding/valid with one thing broken.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "bundle_fixture.hpp"
#include "content/loader.hpp"
#include "core/paths.hpp"

namespace marquee::content {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

std::vector<std::string> problems(const LoadResult& r, Severity severity) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics.all()) {
    if (d.severity == severity) out.push_back(format_diagnostic(d));
  }
  return out;
}

LoadResult load_fixture(const std::string& name) {
  return load_content(std::string(MARQUEE_TEST_DATA) + "/fixtures/wayfinding/" + name);
}

TEST(WalkingMap, ValidFixtureLoadsWithComputedDefaults) {
  const auto r = load_fixture("valid");
  ASSERT_TRUE(r.content) << ::testing::PrintToString(problems(r, Severity::Error));
  EXPECT_THAT(r.diagnostics.all(), IsEmpty());
  const WalkingMap& w = r.content->walking;
  EXPECT_EQ(w.nodes.size(), 7u);
  EXPECT_EQ(r.content->booth("B1")->level, "L0");  // the hall's first level
  EXPECT_EQ(w.amenity("wc")->level, "L1");         // its node's level
  // k -> a is 100 map units at 0.1 m per unit; the stairs add one storey (4.5 m by default).
  EXPECT_DOUBLE_EQ(w.edges[0].length_m, 10.0);
  EXPECT_DOUBLE_EQ(w.edges[2].length_m, 4.5);
  EXPECT_EQ(w.edges[4].id, "lift0-lift1");
}

TEST(WalkingMap, MapWithoutWayfindingStillLoads) {
  marquee::testing::TempBundle b;  // map.json with halls and booths only, as before wayfinding
  const auto r = load_content(b.dir());
  ASSERT_TRUE(r.content);
  EXPECT_FALSE(r.content->walking.has_graph());
  EXPECT_TRUE(r.content->booth("C01")->node.empty());
}

TEST(WalkingMap, DanglingNodeIds) {
  EXPECT_THAT(problems(load_fixture("dangling_node"), Severity::Error),
              UnorderedElementsAre("map.json:/booths/0/node: unknown node \"nowhere\"",
                                   "map.json:/edges/7/to: unknown node \"ghost\""));
}

TEST(WalkingMap, DisconnectedPartIsReportedOnceWithWhatBecomesUnreachable) {
  EXPECT_THAT(
      problems(load_fixture("disconnected"), Severity::Error),
      ElementsAre("map.json:/nodes/7: node \"x\" is cut off from the rest of venue \"v\"'s walking graph "
                  "(2 nodes apart: x, y)",
                  "map.json:/amenities/1/node: amenity \"exit\" cannot be reached from kiosk node \"k\""));
}

TEST(WalkingMap, OneWayEscalatorLeavesTargetsUnreachableFromTheKiosk) {
  const auto r = load_fixture("unreachable_one_way");
  EXPECT_THAT(problems(r, Severity::Error),
              UnorderedElementsAre(
                  "map.json:/rooms/0/node: room \"r1\" cannot be reached from kiosk node \"k\"",
                  "map.json:/amenities/0/node: amenity \"wc\" cannot be reached from kiosk node \"k\""));
}

TEST(WalkingMap, StairsOnlyIsAWarningNotAnError) {
  const auto r = load_fixture("not_step_free");
  ASSERT_TRUE(r.content) << ::testing::PrintToString(problems(r, Severity::Error));
  EXPECT_THAT(
      problems(r, Severity::Warning),
      UnorderedElementsAre(
          "map.json:/rooms/0/node: warning: room \"r1\" cannot be reached step-free from kiosk node \"k\"",
          "map.json:/amenities/0/node: warning: amenity \"wc\" cannot be reached step-free from kiosk node "
          "\"k\""));
}

TEST(WalkingMap, CorridorAcrossLevels) {
  EXPECT_THAT(
      problems(load_fixture("level_change_corridor"), Severity::Error),
      ElementsAre("map.json:/edges/2/kind: corridor edge joins levels \"L0\" and \"L1\" (only stairs, "
                  "escalator_up, escalator_down, lift and ramp change level)"));
}

TEST(WalkingMap, SessionRoomAndBoothMustBeOnTheGraph) {
  EXPECT_THAT(problems(load_fixture("not_attached"), Severity::Error),
              UnorderedElementsAre(
                  "map.json:/booths/0: booth \"B1\" is not attached to the walking graph (add \"node\")",
                  "sessions.json:/sessions/0/room: room \"r1\" is not drawn on the map (add it to "
                  "map.json \"rooms\" with its outline and node)"));
}

TEST(WalkingMap, DemoVenuesHaveGraphsAndEveryPlaceIsAttached) {
  const auto r = load_content(core::demo_content_dir());
  ASSERT_TRUE(r.content) << ::testing::PrintToString(problems(r, Severity::Error));
  EXPECT_THAT(problems(r, Severity::Warning), IsEmpty());
  const Content& c = *r.content;
  for (const auto& b : c.booths) EXPECT_NE(c.walking.node(b.node), nullptr) << b.id;
  for (const auto& s : c.sessions) EXPECT_NE(c.walking.room(s.room), nullptr) << s.id << " in " << s.room;
  int bj_levels = 0;
  for (const auto& l : c.walking.levels) bj_levels += l.venue == "bj";
  EXPECT_EQ(bj_levels, 2);
  EXPECT_GE(c.walking.amenities.size(), 8u);
}

}  // namespace
}  // namespace marquee::content
