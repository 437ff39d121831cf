// What the attract loop's "Happening now" scene lists: running sessions, then the next to start.
#include <gtest/gtest.h>

#include "content/loader.hpp"
#include "content/queries.hpp"
#include "core/paths.hpp"
#include "core/time_zone.hpp"
#include "ui/now_lineup.hpp"

namespace marquee::ui {
namespace {

core::WallTime at(const char* iso) { return *core::parse_iso8601(iso); }

TEST(NowLineup, FewSessionsRunningAreJoinedByTheNextTwoToStart) {
  const auto loaded = content::load_content(core::demo_content_dir());
  ASSERT_TRUE(loaded.content);
  const content::Content& c = *loaded.content;
  const auto t = at("2027-03-26T10:40:00+08:00");
  const NowLineup l = now_lineup(c, "bj", t, 4);
  ASSERT_FALSE(l.now.empty());
  ASSERT_LT(l.now.size(), 4u);
  for (const auto* s : l.now) EXPECT_TRUE(s->start <= t && t < s->end) << s->id;
  ASSERT_EQ(l.next.size(), std::min<std::size_t>(2, 4 - l.now.size()));
  EXPECT_EQ(l.next, content::sessions_next(c, "bj", t, l.next.size()));  // the soonest, in order
  for (const auto* s : l.next) EXPECT_GT(s->start, t) << s->id;
}

TEST(NowLineup, AFullScreenOfRunningSessionsLeavesNoRoomForNext) {
  const auto loaded = content::load_content(core::demo_content_dir());
  ASSERT_TRUE(loaded.content);
  const auto t = at("2027-03-26T10:40:00+08:00");
  const auto running = content::sessions_now(*loaded.content, "bj", t).size();
  ASSERT_GE(running, 1u);
  const NowLineup l = now_lineup(*loaded.content, "bj", t, running);
  EXPECT_EQ(l.now.size(), running);
  EXPECT_TRUE(l.next.empty());
  EXPECT_EQ(now_lineup(*loaded.content, "bj", t, 1).now.size(), 1u);
}

}  // namespace
}  // namespace marquee::ui
