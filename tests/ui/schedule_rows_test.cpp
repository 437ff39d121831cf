// The schedule in start order, with only sessions that overlap in time side by side.
#include <gtest/gtest.h>

#include "../support/content_builder.hpp"
#include "ui/schedule_rows.hpp"

namespace marquee::ui {
namespace {

using content::SessionKind;
using marquee::testing::ContentBuilder;
using Rows = std::vector<std::vector<std::string>>;

Rows ids(const std::vector<ScheduleRow>& rows) {
  Rows out;
  for (const auto& row : rows) {
    out.emplace_back();
    for (const auto* s : row) out.back().push_back(s->id);
  }
  return out;
}

// 26 March in venue "v" (Beijing time), written out of order. "early" is given in UTC: it is
// 00:30 on the 26th in Beijing, so it belongs to that day; "next-day" and "elsewhere" never show.
std::shared_ptr<const content::Content> day() {
  ContentBuilder b;
  b.venue("v").venue("w").room("r1", "v", "Hall 1").room("r2", "v", "Hall 2").room("r3", "v", "Hall 3");
  b.room("r9", "w", "Elsewhere");
  b.session("g", "r1", "2027-03-26T13:00:00+08:00", "2027-03-26T14:00:00+08:00", "G");
  b.session("a", "r1", "2027-03-26T09:00:00+08:00", "2027-03-26T10:00:00+08:00", "A", SessionKind::MainForum);
  b.session("b", "r2", "2027-03-26T09:30:00+08:00", "2027-03-26T10:30:00+08:00", "B");
  b.session("c", "r3", "2027-03-26T09:45:00+08:00", "2027-03-26T10:15:00+08:00", "C");
  b.session("d", "r1", "2027-03-26T09:50:00+08:00", "2027-03-26T11:00:00+08:00", "D");
  b.session("e", "r2", "2027-03-26T10:30:00+08:00", "2027-03-26T11:30:00+08:00", "E");
  b.session("f", "r3", "2027-03-26T11:00:00+08:00", "2027-03-26T12:00:00+08:00", "F", SessionKind::MainForum);
  b.session("late", "r1", "2027-03-26T23:30:00+08:00", "2027-03-26T23:59:00+08:00", "Late");
  b.session("early", "r2", "2027-03-25T16:30:00+00:00", "2027-03-25T17:00:00+00:00", "Early");
  b.session("next-day", "r1", "2027-03-27T09:00:00+08:00", "2027-03-27T10:00:00+08:00", "Next day");
  b.session("elsewhere", "r9", "2027-03-26T09:00:00+08:00", "2027-03-26T10:00:00+08:00", "Elsewhere");
  return b.build();
}

TEST(ScheduleRows, StartOrderWithOnlyTimeOverlapsSideBySide) {
  const auto c = day();
  const content::Venue& v = *c->venue("v");
  // a, b and c all run at 09:45; d overlaps them too but the row is full; e starts before d ends;
  // f starts exactly as d ends, so it does not overlap.
  EXPECT_EQ(ids(build_schedule_rows(*c, v, "2027-03-26", ScheduleFilter{}, 3)),
            (Rows{{"early"}, {"a", "b", "c"}, {"d", "e"}, {"f"}, {"g"}, {"late"}}));
  // One column: one session per row, still in start order.
  EXPECT_EQ(ids(build_schedule_rows(*c, v, "2027-03-26", ScheduleFilter{}, 1)),
            (Rows{{"early"}, {"a"}, {"b"}, {"c"}, {"d"}, {"e"}, {"f"}, {"g"}, {"late"}}));
  ScheduleFilter main_only;
  main_only.kind = static_cast<int>(SessionKind::MainForum);
  EXPECT_EQ(ids(build_schedule_rows(*c, v, "2027-03-26", main_only, 3)), (Rows{{"a"}, {"f"}}));
  ScheduleFilter hall_2;
  hall_2.room = "r2";
  EXPECT_EQ(ids(build_schedule_rows(*c, v, "2027-03-26", hall_2, 3)), (Rows{{"early"}, {"b"}, {"e"}}));
  EXPECT_EQ(ids(build_schedule_rows(*c, v, "2027-03-27", ScheduleFilter{}, 3)), (Rows{{"next-day"}}));
}

}  // namespace
}  // namespace marquee::ui
