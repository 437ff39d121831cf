// Routing on small hand-made graphs: each test draws its graph above it (G, L1, L2 are levels;
// numbers on edges are metres).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/graph_builder.hpp"
#include "wayfinding/walking_model.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::wayfinding {
namespace {

using content::AmenityKind;
using content::EdgeKind;
using marquee::testing::GraphBuilder;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<StepKind> kinds(const Route& r) {
  std::vector<StepKind> out;
  for (const auto& s : r.steps) out.push_back(s.kind);
  return out;
}

//   a --10-- b
//   |        |
//   5        10
//   |        |
//   c --30-- d
TEST(Route, TakesTheShorterOfTwoWays) {
  GraphBuilder g;
  g.node("a", 0, 0).node("b", 10, 0).node("c", 0, 10).node("d", 10, 10);
  g.edge("a", "b", 10).edge("b", "d", 10).edge("a", "c", 5).edge("c", "d", 30);
  const auto w = Wayfinder::precompute(g.build(), {"a"});
  const auto r = w->route("a", "d", Profile::Walking);
  ASSERT_TRUE(r) << r.message;
  EXPECT_THAT(r.route.edges, ElementsAre("a-b", "b-d"));
  EXPECT_DOUBLE_EQ(r.route.metres, 20);
  EXPECT_NEAR(r.route.seconds, 20 / kWalkingSpeedMps, 1e-4);
  EXPECT_EQ(r.route.minutes(), 1);
  ASSERT_EQ(r.route.legs.size(), 1u);
  EXPECT_EQ(r.route.legs[0].points.size(), 3u);
  EXPECT_EQ(r.route.target.kind, TargetKind::Node);
}

//   G:   k --10-- s0           k --40-- lift0
//                 | stairs 4.5           | lift (30 s)
//   L1:           s1 --5-- t       lift1 --5-- t
GraphBuilder stairs_and_lift() {
  GraphBuilder g;
  g.node("k", 0, 0).node("s0", 10, 0).node("s1", 10, 0, "L1").node("t", 15, 0, "L1");
  g.node("lift0", 0, 40, "G", "Lift lobby").node("lift1", 0, 40, "L1", "Lift lobby");
  g.edge("k", "s0", 10).edge("s0", "s1", 4.5, EdgeKind::Stairs).edge("s1", "t", 5);
  g.edge("k", "lift0", 40).edge("lift0", "lift1", 4.5, EdgeKind::Lift, "car").edge("lift1", "t", 5);
  g.booth("T1", "t");
  return g;
}

TEST(Route, WalkingTakesTheStairsAndStepFreeTheLift) {
  const auto w = Wayfinder::precompute(stairs_and_lift().build(), {"k"});
  const auto walking = w->route("k", "T1", Profile::Walking);
  ASSERT_TRUE(walking) << walking.message;
  EXPECT_THAT(kinds(walking.route),
              ElementsAre(StepKind::Walk, StepKind::TakeStairs, StepKind::Walk, StepKind::Arrive));
  EXPECT_DOUBLE_EQ(walking.route.metres, 19.5);
  EXPECT_EQ(walking.route.lift_rides, 0);

  const auto free = w->route("k", "T1", Profile::StepFree);
  ASSERT_TRUE(free) << free.message;
  EXPECT_THAT(free.route.edges, ElementsAre("k-lift0", "lift0-lift1", "lift1-t"));
  EXPECT_THAT(kinds(free.route),
              ElementsAre(StepKind::Walk, StepKind::TakeLift, StepKind::Walk, StepKind::Arrive));
  EXPECT_DOUBLE_EQ(free.route.metres, 45);  // the ride itself is not walked
  EXPECT_NEAR(free.route.seconds, 45 / kWalkingSpeedMps + kLiftRideSeconds, 1e-3);
  EXPECT_EQ(free.route.lift_rides, 1);
}

TEST(Route, LevelChangeStepsNameTheLevelAndSplitTheLine) {
  const auto w = Wayfinder::precompute(stairs_and_lift().build(), {"k"});
  const auto r = w->route("k", "T1", Profile::StepFree);
  ASSERT_TRUE(r);
  const Step& lift = r.route.steps[1];
  EXPECT_EQ(lift.level, "L1");
  EXPECT_EQ(lift.level_label, "1");
  EXPECT_EQ(lift.landmark_id, "lift0");  // the lift lobby it is taken at
  ASSERT_EQ(r.route.legs.size(), 2u);
  EXPECT_EQ(r.route.legs[0].level, "G");
  EXPECT_EQ(r.route.legs[1].level, "L1");
  EXPECT_EQ(r.route.legs[1].points.size(), 2u);  // lift1, t
  EXPECT_EQ(r.route.steps.back().kind, StepKind::Arrive);
  EXPECT_EQ(r.route.steps.back().level, "L1");
  EXPECT_EQ(r.route.steps.back().landmark_id, "T1");
}

//   G:  a --stairs-- (L1) b --stairs-- (L2) c --5-- t
TEST(Route, StairsThroughSeveralFloorsAreOneStep) {
  GraphBuilder g;
  g.node("a", 0, 0).node("b", 0, 0, "L1").node("c", 0, 0, "L2").node("t", 5, 0, "L2");
  g.edge("a", "b", 4.5, EdgeKind::Stairs).edge("b", "c", 4.5, EdgeKind::Stairs).edge("c", "t", 5);
  const auto w = Wayfinder::precompute(g.build(), {"a"});
  const auto r = w->route("a", "t", Profile::Walking);
  ASSERT_TRUE(r);
  EXPECT_THAT(kinds(r.route), ElementsAre(StepKind::TakeStairs, StepKind::Walk, StepKind::Arrive));
  EXPECT_EQ(r.route.steps[0].level_label, "2");
  EXPECT_DOUBLE_EQ(r.route.steps[0].metres, 9);
  ASSERT_EQ(r.route.legs.size(), 2u);  // level 1 is only passed through
  EXPECT_EQ(r.route.legs[1].level, "L2");
}

TEST(Route, OnlyStairsMeansNoStepFreeRoute) {
  GraphBuilder g = stairs_and_lift();
  g.content().walking.edges.erase(g.content().walking.edges.begin() + 4);  // the lift
  const auto w = Wayfinder::precompute(g.build(), {"k"});
  EXPECT_TRUE(w->route("k", "T1", Profile::Walking));
  const auto r = w->route("k", "T1", Profile::StepFree);
  EXPECT_EQ(r.problem, RouteProblem::Unreachable);
  EXPECT_EQ(r.message, "booth \"T1\" cannot be reached from node \"k\" step-free");
  EXPECT_FALSE(w->walk("k", "T1", Profile::StepFree));
}

//   G:   k --5-- e0 ==escalator_up==> e1 --5-- t   (L1)
//        k --20-- s0 ---- stairs ---- s1 --20-- t
TEST(Route, EscalatorsRunOneWay) {
  GraphBuilder g;
  g.node("k", 0, 0).node("e0", 5, 0).node("e1", 5, 0, "L1").node("t", 10, 0, "L1");
  g.node("s0", 0, 20).node("s1", 0, 20, "L1");
  g.edge("k", "e0", 5).edge("e0", "e1", 10, EdgeKind::EscalatorUp).edge("e1", "t", 5);
  g.edge("k", "s0", 20).edge("s0", "s1", 4.5, EdgeKind::Stairs).edge("s1", "t", 20);
  const auto w = Wayfinder::precompute(g.build(), {"k"});
  const auto up = w->route("k", "t", Profile::Walking);
  ASSERT_TRUE(up);
  EXPECT_THAT(kinds(up.route),
              ElementsAre(StepKind::Walk, StepKind::TakeEscalator, StepKind::Walk, StepKind::Arrive));
  const auto down = w->route("t", "k", Profile::Walking);  // not precomputed: one Dijkstra run
  ASSERT_TRUE(down);
  EXPECT_THAT(down.route.edges, ElementsAre("s1-t", "s0-s1", "k-s0"));
  EXPECT_EQ(down.route.steps[1].kind, StepKind::TakeStairs);
  EXPECT_EQ(down.route.steps[1].level_label, "G");
  EXPECT_EQ(w->route("k", "t", Profile::StepFree).problem, RouteProblem::Unreachable);
}

TEST(Route, ClosuresRerouteAndLeaveTheOriginalAlone) {
  const auto open = Wayfinder::precompute(stairs_and_lift().build(), {"k"});
  const auto closed = open->with_closures({{"k-s0", "no-such-edge"}});
  EXPECT_THAT(closed->unknown_closures(), ElementsAre("no-such-edge"));
  const auto r = closed->route("k", "T1", Profile::Walking);
  ASSERT_TRUE(r);
  EXPECT_THAT(r.route.edges, ElementsAre("k-lift0", "lift0-lift1", "lift1-t"));
  EXPECT_THAT(open->route("k", "T1", Profile::Walking).route.edges, ElementsAre("k-s0", "s0-s1", "s1-t"));
  EXPECT_EQ(&open->graph(), &closed->graph());  // shared, not rebuilt
}

TEST(Route, ClosingALiftClosesEveryRideOfIt) {
  const auto w = Wayfinder::precompute(stairs_and_lift().build(), {"k"})->with_closures({{"car"}});
  const auto r = w->route("k", "T1", Profile::StepFree);
  EXPECT_EQ(r.problem, RouteProblem::Unreachable);
  EXPECT_THAT(r.message, HasSubstr("with today's closures"));
  EXPECT_TRUE(w->route("k", "T1", Profile::Walking));
}

TEST(Route, ClosingANodeClosesItsEdges) {
  const auto w = Wayfinder::precompute(stairs_and_lift().build(), {"k"})->with_closures({{"s0"}});
  EXPECT_TRUE(w->unknown_closures().empty());
  EXPECT_THAT(w->route("k", "T1", Profile::Walking).route.edges,
              ElementsAre("k-lift0", "lift0-lift1", "lift1-t"));
}

TEST(Route, ProblemsNameWhatWasNotFound) {
  GraphBuilder g = stairs_and_lift();
  g.booth("NOWHERE", "");
  g.level("W0", 0, "0", "w").node("far", 0, 0, "W0").booth("FAR", "far");
  const auto w = Wayfinder::precompute(g.build(), {"k", "ghost"});
  EXPECT_THAT(w->unknown_origins(), ElementsAre("ghost"));
  auto r = w->route("ghost", "T1", Profile::Walking);
  EXPECT_EQ(r.problem, RouteProblem::UnknownOrigin);
  EXPECT_EQ(r.message, "unknown node \"ghost\" (not in the walking graph)");
  r = w->route("k", "Z9", Profile::Walking);
  EXPECT_EQ(r.problem, RouteProblem::UnknownTarget);
  EXPECT_EQ(r.message, "no booth, room, amenity, exhibitor, session or node has the id \"Z9\"");
  r = w->route("k", "NOWHERE", Profile::Walking);
  EXPECT_EQ(r.problem, RouteProblem::NotOnMap);
  EXPECT_EQ(r.message, "booth \"NOWHERE\" is not on the walking graph");
  r = w->route("k", "FAR", Profile::Walking);
  EXPECT_EQ(r.problem, RouteProblem::OtherVenue);
  EXPECT_EQ(r.message, "booth \"FAR\" is at venue \"w\", not at \"v\"");
}

//   a --10--> b (Hall B)      map y grows downwards: a turn from east to south is a right turn
//             |
//             10
//             v
//             c --10--> d --10--> e   (d -> e bends 5 degrees: not a turn)
TEST(Route, TurnsFromHeadingChanges) {
  GraphBuilder g;
  g.node("a", 0, 0).node("b", 10, 0, "G", "Hall B").node("c", 10, 10).node("d", 20, 10).node("e", 30, 10.9);
  g.edge("a", "b", 10).edge("b", "c", 10).edge("c", "d", 10).edge("d", "e", 10);
  const auto w = Wayfinder::precompute(g.build(), {"a"});
  const auto r = w->route("a", "e", Profile::Walking);
  ASSERT_TRUE(r);
  EXPECT_THAT(kinds(r.route), ElementsAre(StepKind::Walk, StepKind::TurnRight, StepKind::Walk,
                                          StepKind::TurnLeft, StepKind::Walk, StepKind::Arrive));
  EXPECT_EQ(r.route.steps[1].landmark_id, "b");
  EXPECT_EQ(r.route.steps[1].landmark.get(content::Lang::En), "Hall B");
  EXPECT_TRUE(r.route.steps[3].landmark.empty());
  EXPECT_DOUBLE_EQ(r.route.steps[4].metres, 20);  // c -> d -> e
}

//   k --100-- r1 (restroom, nearer in a straight line)
//   k --30--- r2 (restroom)
//   k -stairs 10- a1 (accessible restroom)     k --60-- a2 (accessible restroom)
TEST(Route, NearestAmenityByWalkNotByStraightLine) {
  GraphBuilder g;
  g.node("k", 0, 0).node("n1", 2, 0).node("n2", 30, 0).node("n3", 5, 0, "L1").node("n4", 60, 0);
  g.edge("k", "n1", 100).edge("k", "n2", 30).edge("k", "n3", 10, EdgeKind::Stairs).edge("k", "n4", 60);
  g.amenity("r1", AmenityKind::Restroom, "n1").amenity("r2", AmenityKind::Restroom, "n2");
  g.amenity("a1", AmenityKind::AccessibleRestroom, "n3").amenity("a2", AmenityKind::AccessibleRestroom, "n4");
  const auto w = Wayfinder::precompute(g.build(), {"k"});
  const auto wc = w->nearest("k", AmenityKind::Restroom, Profile::Walking);
  ASSERT_TRUE(wc);
  EXPECT_EQ(wc->amenity->id, "r2");
  EXPECT_DOUBLE_EQ(wc->metres, 30);
  EXPECT_EQ(w->nearest("k", AmenityKind::AccessibleRestroom, Profile::Walking)->amenity->id, "a1");
  EXPECT_EQ(w->nearest("k", AmenityKind::AccessibleRestroom, Profile::StepFree)->amenity->id, "a2");
  EXPECT_FALSE(w->nearest("k", AmenityKind::PrayerRoom, Profile::Walking));
  EXPECT_EQ(w->route("k", "r2", Profile::Walking).route.target.kind, TargetKind::Amenity);
}

TEST(Route, ExhibitorsLeadToTheirBoothAndSessionsToTheirRoom) {
  GraphBuilder g = stairs_and_lift();
  content::Content& c = g.content();
  content::Exhibitor e;
  e.id = "ex-1";
  e.booth = "T1";
  e.name = marquee::testing::localized("Lanhai Networks", "蓝海网络", "Lanhai Networks");
  c.exhibitors.push_back(e);
  content::Room room;
  room.id = "r1";
  room.name = marquee::testing::localized("Forum Hall 2", "论坛厅 2", "Sala de foros 2");
  c.rooms.push_back(room);
  c.walking.rooms.push_back({"r1", "L1", "lift1", {}});
  content::Session s;
  s.id = "s1";
  s.room = "r1";
  c.sessions.push_back(s);
  const auto w = Wayfinder::precompute(g.build(), {"k"});
  const auto ex = w->route("k", "ex-1", Profile::Walking);
  ASSERT_TRUE(ex) << ex.message;
  EXPECT_EQ(ex.route.target.place, "T1");
  EXPECT_EQ(ex.route.steps.back().landmark.get(content::Lang::Zh), "蓝海网络");
  const auto session = w->route("k", "s1", Profile::StepFree);
  ASSERT_TRUE(session) << session.message;
  EXPECT_EQ(session.route.target.kind, TargetKind::Session);
  EXPECT_EQ(session.route.target.place, "r1");
  EXPECT_EQ(session.route.steps.back().landmark.get(content::Lang::En), "Forum Hall 2");
  const auto walk = w->walk("k", "s1", Profile::StepFree);
  ASSERT_TRUE(walk);
  EXPECT_DOUBLE_EQ(walk->seconds, session.route.seconds);
}

TEST(Route, ContentWithoutAGraphHasNoRoutes) {
  GraphBuilder g;
  g.content().walking = {};
  g.booth("A1", "");
  const auto w = Wayfinder::precompute(g.build(), {"bj-a-kiosk"});
  EXPECT_FALSE(w->has_graph());
  EXPECT_EQ(w->route("bj-a-kiosk", "A1", Profile::Walking).problem, RouteProblem::UnknownOrigin);
}

}  // namespace
}  // namespace marquee::wayfinding
