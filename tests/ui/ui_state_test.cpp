// Idle reset: everything a visitor changed goes back before the next one arrives.
#include <gtest/gtest.h>

#include "ui/ui_state.hpp"

namespace marquee::ui {
namespace {

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
