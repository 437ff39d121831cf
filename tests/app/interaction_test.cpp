// Drives the real kiosk (SDL dummy video driver, software renderer, ImGui, demo content) with
// injected SDL events on a manual clock, and asserts what is selected and shown.
#include <SDL.h>
#include <gtest/gtest.h>
#include <sodium.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "app/kiosk_app.hpp"
#include "kiosk_driver.hpp"

namespace marquee::app {
namespace {

TEST_F(KioskDriver, NavigationButtonsSwitchScreens) {
  EXPECT_EQ(state().screen, ui::Screen::Home);
  tap("Exhibitors");
  EXPECT_EQ(state().screen, ui::Screen::Exhibitors);
  tap("Map");
  EXPECT_EQ(state().screen, ui::Screen::Map);
  tap("Home");
  EXPECT_EQ(state().screen, ui::Screen::Home);
}

TEST_F(KioskDriver, LanguageButtonsSwitchLanguage) {
  tap("中文");
  EXPECT_EQ(state().lang, content::Lang::Zh);
  ASSERT_NE(app_->ui().tap_targets().find("展商"), nullptr);  // the nav bar is now in Chinese
  tap("Español");
  EXPECT_EQ(state().lang, content::Lang::Es);
}

TEST_F(KioskDriver, OnScreenKeyboardFiltersLiveAndAnExhibitorOpensOnTheMap) {
  tap("Exhibitors");
  EXPECT_FALSE(on_screen("Q")) << "the keyboard waits until the search box is tapped";
  tap("Tap here to search");
  for (const char* key : {"L", "A", "N"}) tap(key);
  EXPECT_EQ(state().search_text, "lan");
  const content::Content& c = *app_->ui().content();
  int shown = 0;
  std::string first;
  for (const auto& t : app_->ui().tap_targets().all()) {
    if (t.name.rfind("exhibitor:", 0) != 0) continue;
    const auto* e = c.exhibitor(t.name.substr(10));
    ASSERT_NE(e, nullptr);
    std::string name = e->name.get(content::Lang::En);
    for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    EXPECT_NE(name.find("lan"), std::string::npos) << name;
    if (first.empty()) first = t.name;
    ++shown;
  }
  ASSERT_GT(shown, 0);
  tap(first);
  EXPECT_EQ("exhibitor:" + state().selected_exhibitor, first);
  EXPECT_EQ(app_->ui().tap_targets().find("Q"), nullptr) << "the detail card replaces the keyboard";
  tap("Show on map");
  EXPECT_EQ(state().screen, ui::Screen::Map);
  EXPECT_EQ(state().highlighted_booth, c.exhibitor(state().selected_exhibitor)->booth);
}

TEST_F(KioskDriver, SearchBoxFindsSessionsByPinyinAndOpensThem) {
  tap("Exhibitors");
  tap("Tap here to search");
  for (const char* key : {"K", "A", "I", "M", "U"}) tap(key);  // 开幕式 is "kai mu shi"
  // The search index is built off the UI thread; until it lands the box filters names only.
  for (int i = 0; i < 300 && !app_->ui().tap_targets().find("session:opening"); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    frames(1);
  }
  ASSERT_NE(app_->ui().tap_targets().find("session:opening"), nullptr) << "pinyin search did not find 开幕式";
  tap("session:opening");
  EXPECT_EQ(state().screen, ui::Screen::Schedule);
  EXPECT_EQ(state().selected_session, "opening");
}

TEST_F(KioskDriver, DraggingTheListScrollsWithoutSelecting) {
  tap("Exhibitors");
  auto cards = [this] {
    std::vector<ui::TapTarget> out;
    for (const auto& t : app_->ui().tap_targets().all()) {
      if (t.name.rfind("exhibitor:", 0) == 0) out.push_back(t);
    }
    return out;
  };
  const auto before = cards();
  ASSERT_GE(before.size(), 3u);
  // Drag up from the lowest visible card; the finger may leave the list, the drag stays its own.
  drag(before.back().centre(), 0, -600, 12);
  frames(30);  // inertia settles
  EXPECT_TRUE(state().selected_exhibitor.empty()) << "a drag must never press a card";
  const auto after = cards();
  ASSERT_FALSE(after.empty());
  EXPECT_NE(after.front().name, before.front().name) << "the list did not scroll";
}

TEST_F(KioskDriver, TappingASessionOpensItsDetail) {
  tap("Schedule");
  const ui::TapTarget* first = nullptr;
  for (const auto& t : app_->ui().tap_targets().all()) {
    if (t.name.rfind("session:", 0) == 0) {
      first = &t;
      break;
    }
  }
  ASSERT_NE(first, nullptr);
  const std::string id = first->name.substr(8);
  tap(first->name);
  EXPECT_EQ(state().selected_session, id);
  ASSERT_NE(app_->ui().tap_targets().find("Back"), nullptr);
  settle_on("Back");  // the speakers' photos arrive a few frames later and the card grows
  tap("Back");
  EXPECT_TRUE(state().selected_session.empty());
}

TEST_F(KioskDriver, FingerEventsWorkLikeTheMouse) {
  const ui::TapTarget* t = app_->ui().tap_targets().find("Map");
  ASSERT_NE(t, nullptr);
  SDL_Event e{};
  e.type = SDL_FINGERDOWN;
  e.tfinger.x = t->centre().x / 1920.0f;
  e.tfinger.y = t->centre().y / 1080.0f;
  SDL_PushEvent(&e);
  frames(1);
  e.type = SDL_FINGERUP;
  SDL_PushEvent(&e);
  frames(2);
  EXPECT_EQ(state().screen, ui::Screen::Map);
}

TEST_F(KioskDriver, AttendeesCannotQuit) {
  SDL_Event e{};
  e.type = SDL_QUIT;  // what Alt+F4 produces
  SDL_PushEvent(&e);
  e = SDL_Event{};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = SDLK_ESCAPE;
  SDL_PushEvent(&e);
  clock_.advance(core::Millis{33});
  EXPECT_TRUE(app_->step());
}

TEST_F(KioskDriver, NewContentGetsItsGlyphsWithoutStallingAFrame) {
  // New content whose exhibitor name uses a character the demo never does: the frame after the
  // swap still draws with the old atlas (its build runs on a worker), and a few frames later
  // the new atlas is in and covers the new name.
  const std::string rare = "龘鱻 Lab";
  ASSERT_FALSE(app_->ui().fonts().covers(rare));
  auto changed = std::make_shared<content::Content>(*app_->ui().content());
  changed->exhibitors.front().name.set(content::Lang::Zh, rare);
  const ImFontAtlas* before = ImGui::GetIO().Fonts;
  app_->ui().set_content(changed);
  frames(1);
  EXPECT_EQ(ImGui::GetIO().Fonts, before) << "the atlas was rebuilt inside the frame";
  bool covered = false;
  for (int i = 0; i < 500 && !covered; ++i) {  // bounded: 500 x 10 ms
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    frames(1);
    covered = app_->ui().fonts().covers(rare);
  }
  EXPECT_TRUE(covered);
  EXPECT_NE(ImGui::GetIO().Fonts, before);
  EXPECT_EQ(ImGui::GetIO().Fonts, app_->ui().fonts().atlas());
}

TEST_F(KioskDriver, AnExhibitorsCardShowsItsLogoAFewFramesAfterItOpens) {
  tap("Exhibitors");
  const content::Content& c = *app_->ui().content();
  std::string first;
  for (const auto& t : app_->ui().tap_targets().all()) {
    if (t.name.rfind("exhibitor:", 0) == 0) {
      first = t.name;
      break;
    }
  }
  ASSERT_FALSE(first.empty());
  const content::Exhibitor* e = c.exhibitor(first.substr(10));
  ASSERT_NE(e, nullptr);
  ASSERT_FALSE(e->logo.empty()) << "the demo content names a logo for every exhibitor";
  // Logos shown on any frame since the screen opened: those in the list before the card narrowed
  // it may still arrive (they were asked for), anything never on screen must not.
  std::set<std::string> shown;
  const auto note_shown = [&] {
    for (const auto& t : app_->ui().tap_targets().all()) {
      if (t.name.rfind("exhibitor:", 0) == 0 || t.name.rfind("featured:", 0) == 0) shown.insert(t.name);
    }
  };
  note_shown();
  tap(first);
  ASSERT_EQ(state().selected_exhibitor, e->id);
  // Decoded and scaled on the image worker, uploaded between frames: bounded, 200 x 5 ms.
  int waited = 0;
  while (!app_->textures().resident(c.dir, e->logo) && waited < 200) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    frames(1);
    note_shown();
    ++waited;
  }
  EXPECT_TRUE(app_->textures().resident(c.dir, e->logo)) << "logo " << e->logo << " never arrived";
  // Only what was on screen is decoded: the list's logos and the card's, each at the size drawn.
  note_shown();
  const std::size_t on_screen = shown.size() + 1;  // + the detail card's logo
  EXPECT_LE(app_->textures().resident_count(), on_screen);
  EXPECT_LE(app_->textures().resident_bytes(), on_screen * 320u * 160u * 4u)
      << "decoded at the cards' sizes, not the files'";
}

TEST_F(KioskDriver, IdleReturnsHomeOnTheKioskClock) {
  tap("Schedule");
  for (int second = 0; second < 61; ++second) {  // one frame per second of kiosk time
    clock_.advance(core::Millis{1000});
    ASSERT_TRUE(app_->step());
  }
  EXPECT_TRUE(state().idle_warning);
  EXPECT_NE(app_->ui().tap_targets().find("More time"), nullptr);
  for (int second = 0; second < 15; ++second) {
    clock_.advance(core::Millis{1000});
    ASSERT_TRUE(app_->step());
  }
  EXPECT_EQ(state().screen, ui::Screen::Home);
}

}  // namespace
}  // namespace marquee::app

namespace marquee::app {
namespace {

// The staff panel: a hidden 3 s press in the top-left corner, then the PIN from the config.
class StaffPanelTest : public KioskDriver {
 protected:
  void SetUp() override {
    ASSERT_EQ(sodium_init() < 0, false);
    char hash[crypto_pwhash_STRBYTES];
    ASSERT_EQ(crypto_pwhash_str(hash, "2468", 4, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
    config_ =
        std::filesystem::temp_directory_path() / ("marquee-staff-" + std::to_string(getpid()) + ".toml");
    std::ofstream(config_) << "[kiosk]\nvenue = \"bj\"\n[staff]\npin_hash = \"" << hash << "\"\n";
    RunOptions o;
    o.headless = true;
    o.size = "1920x1080";
    o.now = "2027-03-26T10:40:00+08:00";
    o.config_file = config_.string();
    auto started = KioskApp::create(o, &clock_);
    const auto failure = started.failure;
    app_ = std::move(started.app);
    ASSERT_TRUE(app_) << failure.message;
    frames(2);
  }
  void TearDown() override {
    KioskDriver::TearDown();
    std::filesystem::remove(config_);
  }
  void long_press_corner(double seconds) {
    push_motion(40, 40);
    push_button(SDL_MOUSEBUTTONDOWN, 40, 40);
    for (double t = 0; t < seconds; t += 0.25) {
      clock_.advance(core::Millis{250});
      ASSERT_TRUE(app_->step());
    }
    push_button(SDL_MOUSEBUTTONUP, 40, 40);
    frames(2);
  }
  void type_pin(const std::string& pin) {
    for (char c : pin) tap(std::string(1, c));
    tap("OK");
  }
  std::filesystem::path config_;
};

TEST_F(StaffPanelTest, ShortPressDoesNothingLongPressAsksForThePin) {
  long_press_corner(1.0);
  EXPECT_FALSE(state().staff_panel_open);
  long_press_corner(3.5);
  EXPECT_TRUE(state().staff_panel_open);
  EXPECT_NE(app_->ui().tap_targets().find("7"), nullptr);
  EXPECT_EQ(app_->ui().tap_targets().find("Refresh content now"), nullptr);
}

TEST_F(StaffPanelTest, WrongPinKeepsItClosedRightPinOpensIt) {
  long_press_corner(3.5);
  type_pin("1111");
  EXPECT_EQ(app_->ui().tap_targets().find("Refresh content now"), nullptr);
  type_pin("2468");
  ASSERT_NE(app_->ui().tap_targets().find("Refresh content now"), nullptr);
  tap("Refresh content now");
  EXPECT_TRUE(state().refresh_requested);
  tap("中文");  // the default-language row; the panel itself now speaks Chinese
  EXPECT_EQ(state().default_lang, content::Lang::Zh);
  tap("关闭");
  EXPECT_FALSE(state().staff_panel_open);
}

TEST_F(StaffPanelTest, ScreenUnderThePanelCannotBePressedThroughIt) {
  const ui::TapTarget* nav = app_->ui().tap_targets().find("Map");
  ASSERT_NE(nav, nullptr);
  const ImVec2 where = nav->centre();
  long_press_corner(3.5);
  ASSERT_TRUE(state().staff_panel_open);
  tap_at(where);
  EXPECT_EQ(state().screen, ui::Screen::Home);
}

TEST_F(StaffPanelTest, FiveWrongPinsLockThePad) {
  long_press_corner(3.5);
  for (int i = 0; i < 5; ++i) type_pin("0000");
  type_pin("2468");  // right PIN, but locked
  EXPECT_EQ(app_->ui().tap_targets().find("Refresh content now"), nullptr);
}

}  // namespace
}  // namespace marquee::app
