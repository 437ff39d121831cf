// What attendees read: dates and zones in their language, the schedule in start order with
// parallel sessions side by side, search excerpts, and a full reset between visitors.
#include <gtest/gtest.h>

#include "content/loader.hpp"
#include "content/queries.hpp"
#include "core/paths.hpp"
#include "ui/date_format.hpp"
#include "ui/now_lineup.hpp"
#include "ui/schedule_rows.hpp"
#include "ui/search_results.hpp"
#include "ui/ui_state.hpp"

namespace marquee::ui {
namespace {

core::LocalDateTime friday_26_march() {
  core::LocalDateTime l;
  l.year = 2027, l.month = 3, l.day = 26, l.weekday = 5;
  return l;
}

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

TEST(DateFormat, DaysReadNaturallyInEachLanguage) {
  EXPECT_EQ(day_label(friday_26_march(), content::Lang::En), "Fri 26 Mar");
  EXPECT_EQ(day_label(friday_26_march(), content::Lang::Zh), "3月26日 周五");
  EXPECT_EQ(day_label(friday_26_march(), content::Lang::Es), "vie 26 mar");
  EXPECT_EQ(date_label(friday_26_march(), content::Lang::En), "Fri 26 Mar 2027");
}

TEST(DateFormat, DayTabsWorkOutTheWeekdayFromTheDate) {
  EXPECT_EQ(day_tab_label("2027-03-26", content::Lang::En), "Fri 26 Mar");
  EXPECT_EQ(day_tab_label("2027-03-28", content::Lang::Es), "dom 28 mar");
  EXPECT_EQ(day_tab_label("2024-02-29", content::Lang::Zh), "2月29日 周四");
  EXPECT_EQ(day_tab_label("not a date", content::Lang::En), "not a date");
}

TEST(DateFormat, AmbiguousZoneAbbreviationsBecomeOffsets) {
  core::LocalDateTime l;
  l.abbreviation = "CST", l.utc_offset_minutes = 480;  // China, but also Chicago and Cuba
  EXPECT_EQ(zone_label(l), "UTC+8");
  l.abbreviation = "IST", l.utc_offset_minutes = 330;
  EXPECT_EQ(zone_label(l), "UTC+5:30");
  l.abbreviation = "-03", l.utc_offset_minutes = -180;
  EXPECT_EQ(zone_label(l), "UTC-3");
  l.abbreviation = "CEST", l.utc_offset_minutes = 120;
  EXPECT_EQ(zone_label(l), "CEST");
}

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

TEST(SearchExcerpt, CutsAroundTheMatchAtCharacterBoundaries) {
  const std::string text =
      "数字经济大会在北京举行，来自世界各地的嘉宾共同探讨人工智能与大模型的未来发展方向和产业机遇。";
  const std::string needle = "人工智能";
  const std::size_t at = text.find(needle);
  const MatchInfo m = excerpt_match(text, at, at + needle.size(), 12);
  EXPECT_EQ(m.excerpt.substr(m.begin, m.end - m.begin), needle);
  EXPECT_EQ(m.excerpt.rfind("\xE2\x80\xA6", 0), 0u) << "cut at the front is marked";
  // Never half a character: the excerpt decodes as UTF-8 all the way.
  for (std::size_t i = 0; i < m.excerpt.size();) {
    const auto c = static_cast<unsigned char>(m.excerpt[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (std::size_t k = 1; k < len; ++k) {
      ASSERT_LT(i + k, m.excerpt.size());
      ASSERT_EQ(static_cast<unsigned char>(m.excerpt[i + k]) & 0xC0, 0x80);
    }
    i += len;
  }
  const MatchInfo whole = excerpt_match("Huawei", 0, 3);
  EXPECT_EQ(whole.excerpt, "Huawei");
  EXPECT_EQ(whole.end, 3u);
}

TEST(VisitorReset, EverythingAVisitorChangedGoesBack) {
  KioskPlace place;
  place.hall = "bj-hall-a";
  UiState s;
  s.default_lang = content::Lang::Zh;
  s.emergency_id = "fire";
  // A visitor's session: every field they can change.
  s.screen = Screen::Map;
  s.lang = content::Lang::Es;
  s.large_text = true;
  s.high_contrast = true;
  s.selected_session = "x";
  s.selected_exhibitor = "y";
  s.selected_speaker = "z";
  s.sector_filter = "ai";
  s.search_text = "hua";
  s.keyboard_open = true;
  s.exhibitor_venue = "*";
  s.schedule.day = 2;
  s.schedule.venue = "bcn";
  s.map_hall = "bcn-hall";
  s.highlighted_booth = "A-1";
  s.map_camera = MapCamera{3.0f, 40, 50};
  s.schedule_scroll.velocity = 500;
  reset_for_next_visitor(s, place);
  UiState fresh;
  EXPECT_EQ(s.screen, Screen::Home);
  EXPECT_EQ(s.lang, content::Lang::Zh) << "back to the kiosk's language";
  EXPECT_FALSE(s.large_text);
  EXPECT_FALSE(s.high_contrast);
  EXPECT_TRUE(s.selected_session.empty() && s.selected_exhibitor.empty() && s.selected_speaker.empty());
  EXPECT_TRUE(s.sector_filter.empty() && s.search_text.empty() && s.exhibitor_venue.empty());
  EXPECT_FALSE(s.keyboard_open);
  EXPECT_EQ(s.schedule.day, fresh.schedule.day);
  EXPECT_TRUE(s.schedule.venue.empty());
  EXPECT_EQ(s.map_hall, "bj-hall-a");
  EXPECT_TRUE(s.highlighted_booth.empty());
  EXPECT_FLOAT_EQ(s.map_camera.zoom, 1.0f);
  EXPECT_FLOAT_EQ(s.map_camera.pan_x, 0.0f);
  EXPECT_TRUE(s.schedule_scroll.to_top && s.exhibitor_scroll.to_top) << "lists go back to the top";
  EXPECT_FLOAT_EQ(s.schedule_scroll.velocity, 0.0f);
  // What belongs to the kiosk stays.
  EXPECT_EQ(s.default_lang, content::Lang::Zh);
  EXPECT_EQ(s.emergency_id, "fire");
}

}  // namespace
}  // namespace marquee::ui
