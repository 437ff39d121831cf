// Touch behaviour found wrong when the kiosk was tried as a new visitor would, each injected as
// SDL events into the real kiosk: a finger arrives from elsewhere, taps, drags, lifts; nothing
// hovers.
#include <imgui.h>

#include <cctype>
#include <cmath>
#include <set>
#include <thread>

#include "core/time_zone.hpp"
#include "kiosk_driver.hpp"
#include "ui/map_view.hpp"
#include "ui/search_results.hpp"
#include "ui/theme.hpp"

namespace marquee::app {
namespace {

using TouchTest = KioskDriver;

ImVec2 map_centre(TouchTest& t) {
  // The map canvas is everything between the zoom buttons and the navigation bar.
  const ImVec2 reset = t.centre_of("Reset view");
  return ImVec2(960, (reset.y + 1080 - 132) / 2 + 40);
}

TEST_F(TouchTest, FirstTouchOnTheMapDoesNotJumpIt) {
  tap("Map");
  tap("+");  // zoomed in, so there is room to pan
  tap("+");
  const ui::MapCamera before = state().map_camera;
  // The finger was last on "+" (top left); it now lands in the middle of the map and rests.
  const ImVec2 p = map_centre(*this);
  press_at(p);
  frames(3);
  EXPECT_FLOAT_EQ(state().map_camera.pan_x, before.pan_x) << "the map moved by the jump from the last touch";
  EXPECT_FLOAT_EQ(state().map_camera.pan_y, before.pan_y);
  // A wobble smaller than the tap threshold does not pan either.
  push_motion(p.x + 8, p.y + 6);
  frames(2);
  EXPECT_FLOAT_EQ(state().map_camera.pan_x, before.pan_x);
  release_at(ImVec2(p.x + 8, p.y + 6));
  frames(2);
}

TEST_F(TouchTest, DragPansTheMapButNeverOffScreen) {
  tap("Map");
  tap("+");
  tap("+");
  const float x0 = state().map_camera.pan_x;
  const ImVec2 p = map_centre(*this);
  drag(p, -200, 0, 10);
  const float moved = state().map_camera.pan_x - x0;
  EXPECT_LT(moved, -150) << "the map follows the finger once the drag starts";
  EXPECT_GT(moved, -200.5f) << "and never by more than the finger moved";
  // Fling it far away, twice: it stops at the map's edge, the same edge both times.
  drag(p, -3000, -3000, 6);
  const ui::MapCamera edge = state().map_camera;
  drag(p, -3000, -3000, 6);
  EXPECT_FLOAT_EQ(state().map_camera.pan_x, edge.pan_x);
  EXPECT_FLOAT_EQ(state().map_camera.pan_y, edge.pan_y);
  EXPECT_LT(std::fabs(edge.pan_x), 1920 * edge.zoom / 2);
  EXPECT_LT(std::fabs(edge.pan_y), 1080 * edge.zoom / 2);
}

TEST_F(TouchTest, DoubleTapZoomsInWhereTappedAndPinchZooms) {
  tap("Map");
  const ImVec2 p = map_centre(*this);
  press_at(p);
  frames(1);
  release_at(p);
  frames(2);  // 66 ms later: the second tap
  press_at(p);
  frames(1);
  release_at(p);
  frames(2);
  EXPECT_FLOAT_EQ(state().map_camera.zoom, 2.0f);
  EXPECT_EQ(state().screen, ui::Screen::Map) << "a double tap only zooms; it opens nothing";
  SDL_Event e{};
  e.type = SDL_MULTIGESTURE;
  e.mgesture.numFingers = 2;
  e.mgesture.dDist = 0.1f;  // fingers spreading
  e.mgesture.x = 0.5f, e.mgesture.y = 0.5f;
  SDL_PushEvent(&e);
  frames(1);
  EXPECT_GT(state().map_camera.zoom, 2.0f);
  EXPECT_LE(state().map_camera.zoom, ui::kMapMaxZoom);
}

TEST_F(TouchTest, TappingABoothOpensItsExhibitor) {
  tap("Map");
  const content::Content& c = *app_->ui().content();
  std::string booth, exhibitor;
  for (const auto& e : c.exhibitors) {
    if (on_screen("booth:" + e.booth)) {
      booth = e.booth;
      exhibitor = e.id;
      break;
    }
  }
  ASSERT_FALSE(booth.empty()) << "no exhibitor's booth is on the map";
  tap("booth:" + booth);
  frames(12);  // the double-tap window passes
  EXPECT_EQ(state().screen, ui::Screen::Exhibitors) << "map_place=" << state().map_place;
  EXPECT_EQ(state().selected_exhibitor, exhibitor);
  EXPECT_EQ(state().highlighted_booth, booth);
}

TEST_F(TouchTest, NothingStaysHoveredAfterTheFingerLifts) {
  tap("Schedule");
  frames(2);
  EXPECT_FALSE(ImGui::IsMousePosValid()) << "a lifted finger leaves no pointer behind";
  EXPECT_FALSE(ImGui::IsAnyItemHovered());
  // A selected tab, and a button under a finger, keep readable text.
  const ImGuiStyle& st = ImGui::GetStyle();
  EXPECT_GE(ui::contrast_ratio(st.Colors[ImGuiCol_NavHighlight], st.Colors[ImGuiCol_HeaderActive]), 4.5);
  EXPECT_GE(ui::contrast_ratio(st.Colors[ImGuiCol_Text], st.Colors[ImGuiCol_ButtonActive]), 4.5);
}

TEST_F(TouchTest, TheTapThatWakesTheAttractLoopPressesNothing) {
  const ImVec2 schedule = centre_of("Schedule");  // where a nav button is on Home
  app_->ui().go(ui::Screen::Attract);
  frames(2);
  tap_at(schedule);
  EXPECT_EQ(state().screen, ui::Screen::Home) << "the waking tap went through to the button beneath";
  tap("Schedule");  // the next tap works as usual
  EXPECT_EQ(state().screen, ui::Screen::Schedule);
}

TEST_F(TouchTest, ChangingTheDayClosesTheOldSessionAndMarksNothingStale) {
  tap("Schedule");
  std::string first;
  for (const auto& t : app_->ui().tap_targets().all()) {
    if (t.name.rfind("session:", 0) == 0) {
      first = t.name;
      break;
    }
  }
  ASSERT_FALSE(first.empty());
  tap(first);
  EXPECT_EQ("session:" + state().selected_session, first);
  tap("Sat 27 Mar");
  EXPECT_TRUE(state().selected_session.empty()) << "the detail of Friday's session stayed open on Saturday";
  tap("Lhasa");
  EXPECT_TRUE(state().selected_session.empty());
}

TEST_F(TouchTest, ScheduleOpensAtNowInStartOrder) {
  tap("Schedule");
  // 10:40 on the 26th: the first card on screen has not ended long before now, and cards go
  // down in start order.
  const content::Content& c = *app_->ui().content();
  core::WallTime last{};
  int cards = 0;
  for (const auto& t : app_->ui().tap_targets().all()) {
    if (t.name.rfind("session:", 0) != 0) continue;
    const auto* s = c.session(t.name.substr(8));
    ASSERT_NE(s, nullptr);
    if (cards++ == 0) {
      EXPECT_GT(s->end, core::parse_iso8601("2027-03-26T08:40:00+08:00").value()) << "opened far from now: " << s->id;
    }
    EXPECT_GE(s->start, last) << s->id;
    last = s->start;
  }
  EXPECT_GT(cards, 2);
}

TEST_F(TouchTest, IdleResetUndoesEverythingTheVisitorChanged) {
  tap("Aa");  // large text
  tap("\xE2\x97\x90");  // high contrast
  tap("Español");
  tap("Exposit" "ores");
  tap("Toca aquí para buscar");
  tap("H");
  ASSERT_TRUE(state().large_text && state().high_contrast && state().keyboard_open);
  for (int second = 0; second < 80; ++second) {
    clock_.advance(core::Millis{1000});
    ASSERT_TRUE(app_->step());
  }
  EXPECT_EQ(state().screen, ui::Screen::Home);
  EXPECT_FALSE(state().large_text) << "the next visitor got the previous one's large text";
  EXPECT_FALSE(state().high_contrast);
  EXPECT_EQ(state().lang, content::Lang::En);
  EXPECT_TRUE(state().search_text.empty());
  EXPECT_FALSE(state().keyboard_open);
}

TEST_F(TouchTest, ExhibitorsDefaultToThisVenueWithACityFilter) {
  tap("Exhibitors");
  const content::Content& c = *app_->ui().content();
  auto venues_listed = [&] {
    std::set<std::string> venues;
    for (const auto& t : app_->ui().tap_targets().all()) {
      if (t.name.rfind("exhibitor:", 0) == 0) venues.insert(ui::exhibitor_venue(c, *c.exhibitor(t.name.substr(10))));
    }
    return venues;
  };
  EXPECT_EQ(venues_listed(), std::set<std::string>{"bj"});
  tap("Barcelona");
  EXPECT_EQ(venues_listed(), std::set<std::string>{"bcn"});
  tap("All cities");
  frames(1);
  EXPECT_FALSE(venues_listed().empty());
}

TEST_F(TouchTest, NoResultsOffersToClearFilters) {
  tap("Exhibitors");
  tap("Tap here to search");
  for (const char* key : {"Q", "Q", "Q", "Z", "Z", "X"}) tap(key);
  for (int i = 0; i < 100 && !on_screen("Clear filters"); ++i) frames(1);
  ASSERT_TRUE(on_screen("Clear filters"));
  tap("Clear filters");
  EXPECT_TRUE(state().search_text.empty());
  EXPECT_FALSE(on_screen("Clear filters"));
}

TEST_F(TouchTest, ASpeakerOpensTheirCardWithTheirSessions) {
  const content::Content& c = *app_->ui().content();
  const content::Speaker* speaker = nullptr;
  for (const auto& s : c.sessions) {
    if (!s.speakers.empty()) {
      speaker = c.speaker(s.speakers.front());
      break;
    }
  }
  ASSERT_NE(speaker, nullptr);
  tap("Exhibitors");
  tap("Tap here to search");
  // Type the speaker's English name on the on-screen keyboard.
  const std::string name = speaker->name.get(content::Lang::En);
  const std::string word = name;
  for (char ch : word) {
    if (ch == ' ') {
      tap("\xE2\x90\xA3");  // the space bar
    } else if (std::isalnum(static_cast<unsigned char>(ch))) {
      tap(std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(ch)))));
    }
  }
  const std::string target = "speaker:" + speaker->id;
  // The search index is built off the UI thread: wait for it (bounded, 300 x 10 ms).
  for (int i = 0; i < 300 && !on_screen(target); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    frames(1);
  }
  ASSERT_TRUE(on_screen(target)) << "searching \"" << word << "\" did not list " << name;
  tap(target);
  EXPECT_EQ(state().selected_speaker, speaker->id);
  int sessions = 0;
  for (const auto& t : app_->ui().tap_targets().all()) sessions += t.name.rfind("session:", 0) == 0;
  EXPECT_GT(sessions, 0) << "the speaker card lists their sessions";
}

}  // namespace
}  // namespace marquee::app
