// What the staff panel offers to close: each lift once, stairs and escalators by their ids, only
// at this kiosk's venue.
#include "ui/closable.hpp"

#include <gtest/gtest.h>

#include "../support/graph_builder.hpp"

namespace marquee::ui {
namespace {

using content::EdgeKind;
using marquee::testing::GraphBuilder;

//   venue v:  G: k -- lift0 (car-1) ... s0 (main-stairs) ... e0 (esc-up / esc-down) ... t0 (stairs, no id)
//            L1:      lift1 (car-1)     s1                  e1                        t1
//            L2:      lift2
//   venue w:  one floor, corridors only
std::shared_ptr<const content::Content> venues() {
  GraphBuilder g;
  g.level("W", 0, "G", "w");
  g.node("k", 0, 0).node("lift0", 0, 40, "G", "Lift lobby").node("lift1", 0, 40, "L1", "Lift lobby");
  g.node("lift2", 0, 40, "L2").node("s0", 10, 0).node("s1", 10, 0, "L1").node("e0", 20, 0).node("e1", 20, 0, "L1");
  g.node("t0", 30, 0).node("t1", 30, 0, "L1").node("x", 0, 0, "W").node("y", 10, 0, "W");
  g.edge("k", "lift0", 40);
  g.edge("lift0", "lift1", 4.5, EdgeKind::Lift, "car-1").edge("lift1", "lift2", 4.5, EdgeKind::Lift, "car-1");
  g.edge("s0", "s1", 6, EdgeKind::Stairs);
  g.content().walking.edges.back().id = "main-stairs";
  g.edge("e0", "e1", 6, EdgeKind::EscalatorUp);
  g.content().walking.edges.back().id = "esc-up";
  g.edge("e1", "e0", 6, EdgeKind::EscalatorDown);
  g.content().walking.edges.back().id = "esc-down";
  g.edge("t0", "t1", 6, EdgeKind::Stairs);  // no id of its own: staff cannot name it
  g.edge("x", "y", 10);
  return g.build();
}

TEST(Closable, AVenueListsEachLiftOnceAndItsNamedStairsAndEscalators) {
  const auto content = venues();
  const auto items = closable_items(*content, "v");
  std::vector<std::string> ids;
  for (const auto& c : items) ids.push_back(c.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"car-1", "main-stairs", "esc-up", "esc-down"}));
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items[0].kind, EdgeKind::Lift);
  EXPECT_EQ(items[0].where.get(content::Lang::En), "Lift lobby");
  EXPECT_EQ(items[2].kind, EdgeKind::EscalatorUp);
  EXPECT_TRUE(closable_items(*content, "w").empty()) << "a one-floor venue has nothing to close";
  EXPECT_TRUE(closable_items(*content, "nowhere").empty());
}

}  // namespace
}  // namespace marquee::ui
