// The schedule in start order, with only sessions that overlap in time side by side.
#include <gtest/gtest.h>

#include "content/loader.hpp"
#include "content/queries.hpp"
#include "core/paths.hpp"
#include "core/time_zone.hpp"
#include "ui/schedule_rows.hpp"

namespace marquee::ui {
namespace {

TEST(ScheduleRows, StartOrderWithOnlyTimeOverlapsSideBySide) {
  const auto content = content::load_content(core::demo_content_dir()).content;
  ASSERT_TRUE(content);
  const content::Venue& bj = *content->venue("bj");
  const auto rows = build_schedule_rows(*content, bj, "2027-03-26", ScheduleFilter{}, 3);
  ASSERT_GT(rows.size(), 3u);
  core::WallTime last{};
  std::size_t sessions = 0, side_by_side = 0;
  for (const auto& row : rows) {
    ASSERT_FALSE(row.empty());
    ASSERT_LE(row.size(), 3u);
    side_by_side += row.size() > 1;
    for (std::size_t i = 0; i < row.size(); ++i) {
      EXPECT_GE(row[i]->start, last) << row[i]->id << " is out of start order";
      last = row[i]->start;
      ++sessions;
      for (std::size_t j = 0; j < i; ++j) {  // every pair in a row runs at the same time
        EXPECT_TRUE(row[i]->start < row[j]->end && row[j]->start < row[i]->end)
            << row[i]->id << " and " << row[j]->id << " share a row but do not overlap";
      }
    }
  }
  EXPECT_GT(side_by_side, 0u) << "the demo day has parallel sessions";
  std::size_t expected = 0;
  for (const auto& s : content->sessions) {
    const auto* room = content->room(s.room);
    expected += room && room->venue == "bj" && content::local_day(bj, s.start) == "2027-03-26";
  }
  EXPECT_EQ(sessions, expected) << "every session of the day appears once";
  // One column: one session per row, still in start order.
  const auto single = build_schedule_rows(*content, bj, "2027-03-26", ScheduleFilter{}, 1);
  EXPECT_EQ(single.size(), expected);
  ScheduleFilter main_only;
  main_only.kind = static_cast<int>(content::SessionKind::MainForum);
  const auto main_rows = build_schedule_rows(*content, bj, "2027-03-26", main_only, 3);
  std::size_t mains = 0;
  for (const auto& row : main_rows) {
    for (const auto* s : row) {
      EXPECT_EQ(s->kind, content::SessionKind::MainForum);
      ++mains;
    }
  }
  EXPECT_EQ(mains, 2u);  // two main forums on the 26th
}

}  // namespace
}  // namespace marquee::ui
