// What the attract loop's "Happening now" scene lists: running sessions, then the next to start.
#include <gtest/gtest.h>

#include "../support/content_builder.hpp"
#include "content/queries.hpp"
#include "ui/now_lineup.hpp"

namespace marquee::ui {
namespace {

using marquee::testing::ContentBuilder;

// At 10:40 in venue "v": two sessions running, one over, three still to come (one of them in
// another venue, which never shows).
std::shared_ptr<const content::Content> morning() {
  ContentBuilder b;
  b.venue("v").venue("w").room("r1", "v", "Hall 1").room("r2", "v", "Hall 2").room("r9", "w", "Elsewhere");
  b.session("over", "r1", "2027-03-26T09:00:00+08:00", "2027-03-26T10:00:00+08:00", "Over");
  b.session("run-a", "r1", "2027-03-26T10:00:00+08:00", "2027-03-26T11:00:00+08:00", "Running A");
  b.session("run-b", "r2", "2027-03-26T10:30:00+08:00", "2027-03-26T11:30:00+08:00", "Running B");
  b.session("next-2", "r1", "2027-03-26T11:15:00+08:00", "2027-03-26T12:00:00+08:00", "Next 2");
  b.session("next-1", "r2", "2027-03-26T11:00:00+08:00", "2027-03-26T11:45:00+08:00", "Next 1");
  b.session("next-3", "r1", "2027-03-26T13:00:00+08:00", "2027-03-26T14:00:00+08:00", "Next 3");
  b.session("other-venue", "r9", "2027-03-26T10:50:00+08:00", "2027-03-26T11:50:00+08:00", "Elsewhere");
  return b.build();
}

std::vector<std::string> ids(const std::vector<const content::Session*>& sessions) {
  std::vector<std::string> out;
  for (const auto* s : sessions) out.push_back(s->id);
  return out;
}

TEST(NowLineup, FewSessionsRunningAreJoinedByTheNextTwoToStart) {
  const auto c = morning();
  const auto t = ContentBuilder::at("2027-03-26T10:40:00+08:00");
  const NowLineup l = now_lineup(*c, "v", t, 4);
  EXPECT_EQ(ids(l.now), (std::vector<std::string>{"run-a", "run-b"}));
  EXPECT_EQ(ids(l.next), (std::vector<std::string>{"next-1", "next-2"}));  // the soonest, in order
  EXPECT_EQ(l.next, content::sessions_next(*c, "v", t, 2));
}

TEST(NowLineup, AFullScreenOfRunningSessionsLeavesNoRoomForNext) {
  const auto c = morning();
  const auto t = ContentBuilder::at("2027-03-26T10:40:00+08:00");
  const NowLineup two = now_lineup(*c, "v", t, 2);
  EXPECT_EQ(ids(two.now), (std::vector<std::string>{"run-a", "run-b"}));
  EXPECT_TRUE(two.next.empty());
  const NowLineup three = now_lineup(*c, "v", t, 3);
  EXPECT_EQ(ids(three.next), std::vector<std::string>{"next-1"});  // one card left: one next
  EXPECT_EQ(now_lineup(*c, "v", t, 1).now.size(), 1u);
  EXPECT_TRUE(now_lineup(*c, "v", t, 1).next.empty());
}

}  // namespace
}  // namespace marquee::ui
