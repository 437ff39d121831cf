// Every control of every screen, in landscape and portrait and at several resolutions, is fully
// on screen and at least the minimum hit target (48 px at scale 1, scaled); portrait controls
// work when tapped. Drives the real app headless.
#include <SDL.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "app/kiosk_app.hpp"
#include "ui/layout_scale.hpp"

namespace marquee::app {
namespace {

struct Case {
  const char* size;
  int w, h;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << c.size;
}

class LayoutTest : public ::testing::TestWithParam<Case> {
 protected:
  std::unique_ptr<KioskApp> start(const std::string& screen) {
    RunOptions o;
    o.headless = true;
    o.size = GetParam().size;
    o.now = "2027-03-26T10:40:00+08:00";
    o.screen = screen;
    auto started = KioskApp::create(o, &clock_);
    const auto failure = started.failure;
    auto app = std::move(started.app);
    EXPECT_TRUE(app) << failure.message;
    if (app) step(*app, 3);
    return app;
  }
  void step(KioskApp& app, int n) {
    for (int i = 0; i < n; ++i) {
      clock_.advance(core::Millis{33});
      ASSERT_TRUE(app.step());
    }
  }
  core::ManualClock clock_{core::WallTime{}};
};

// Scrolled lists may cut a card at their edge; booths are areas of the map, as large as the
// zoom makes them (a double tap or pinch brings a small one up to finger size).
bool is_list_card(const std::string& name) {
  // Map features (booths, rooms, amenities) are cut by the map's edge like list cards by the list's.
  return name.rfind("session:", 0) == 0 || name.rfind("exhibitor:", 0) == 0 || name.rfind("booth:", 0) == 0 ||
         name.rfind("room:", 0) == 0 || name.rfind("amenity:", 0) == 0;
}

void check_every_control(KioskApp& app, const Case& c, const char* screen) {
  const float min_target =
      ui::kSmallestTargetPx * ui::layout_scale(static_cast<float>(c.w), static_cast<float>(c.h), 0);
  int controls = 0;
  for (const auto& t : app.ui().tap_targets().all()) {
    if (is_list_card(t.name)) continue;
    ++controls;
    EXPECT_GE(t.min.x, 0) << screen << " " << t.name;
    EXPECT_GE(t.min.y, 0) << screen << " " << t.name;
    EXPECT_LE(t.max.x, c.w + 0.5f) << screen << " " << t.name << " runs off the right edge";
    EXPECT_LE(t.max.y, c.h + 0.5f) << screen << " " << t.name << " runs off the bottom";
    EXPECT_GE(t.max.y - t.min.y, min_target - 0.5f) << screen << " " << t.name << " is too short";
    EXPECT_GE(t.max.x - t.min.x, min_target - 0.5f) << screen << " " << t.name << " is too narrow";
  }
  EXPECT_GE(controls, 10) << screen;  // navigation, languages, accessibility at least
}

TEST_P(LayoutTest, EveryControlIsOnScreenAndBigEnough) {
  for (const char* screen : {"home", "schedule", "exhibitors", "map", "announcements"}) {
    auto app = start(screen);
    ASSERT_TRUE(app);
    check_every_control(*app, GetParam(), screen);
  }
}

TEST_P(LayoutTest, LargeTextKeepsEveryControlOnScreen) {
  for (const char* screen : {"home", "schedule", "exhibitors", "map", "announcements"}) {
    auto app = start(screen);
    ASSERT_TRUE(app);
    // The large-text atlas is built on a worker: step until it is in (bounded), then lay out once.
    const ImFontAtlas* before = app->ui().fonts().atlas();
    app->ui().state().large_text = true;
    for (int i = 0; i < 500 && app->ui().fonts().atlas() == before; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      step(*app, 1);
    }
    ASSERT_NE(app->ui().fonts().atlas(), before) << "the large-text atlas never arrived";
    step(*app, 2);
    check_every_control(*app, GetParam(), screen);
  }
}

TEST_P(LayoutTest, NavigationAndKeyboardWork) {
  auto app = start("home");
  ASSERT_TRUE(app);
  auto tap = [&](const char* name) {
    const ui::TapTarget* t = app->ui().tap_targets().find(name);
    ASSERT_NE(t, nullptr) << name;
    const ImVec2 p = t->centre();
    SDL_Event e{};
    e.type = SDL_MOUSEMOTION;
    e.motion.x = static_cast<Sint32>(p.x), e.motion.y = static_cast<Sint32>(p.y);
    SDL_PushEvent(&e);
    e = SDL_Event{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = static_cast<Sint32>(p.x), e.button.y = static_cast<Sint32>(p.y);
    SDL_PushEvent(&e);
    step(*app, 1);
    e.type = SDL_MOUSEBUTTONUP;
    SDL_PushEvent(&e);
    step(*app, 2);
  };
  tap("Exhibitors");
  EXPECT_EQ(app->ui().state().screen, ui::Screen::Exhibitors);
  tap("Tap here to search");
  tap("A");
  tap("I");
  EXPECT_EQ(app->ui().state().search_text, "ai");  // typed letters are kept lower case
  tap("Map");
  EXPECT_EQ(app->ui().state().screen, ui::Screen::Map);
}

TEST(Rotation, PortraitIsTallerThanWideWhicheverWayTheSizeIsWritten) {
  for (const char* size : {"width = 1920\nheight = 1080", "width = 1080\nheight = 1920"}) {
    const auto file =
        std::filesystem::temp_directory_path() / ("marquee-portrait-" + std::to_string(getpid()) + ".toml");
    {
      std::ofstream out(file);
      out << "[display]\n" << size << "\nrotation = \"portrait\"\n";
    }
    RunOptions o;
    o.headless = true;
    o.config_file = file.string();
    o.frames = 1;
    core::ManualClock clock{core::WallTime{}};
    auto started = KioskApp::create(o, &clock);
    const auto failure = started.failure;
    auto app = std::move(started.app);
    ASSERT_TRUE(app) << failure.message;
    ASSERT_TRUE(app->step());
    EXPECT_EQ(app->video().width(), 1080) << size;
    EXPECT_EQ(app->video().height(), 1920) << size;
    // The portrait navigation: two rows, the screens above the languages.
    const ui::TapTarget* home = app->ui().tap_targets().find("Home");
    const ui::TapTarget* english = app->ui().tap_targets().find("English");
    ASSERT_NE(home, nullptr);
    ASSERT_NE(english, nullptr);
    EXPECT_LT(home->max.y, english->min.y);
    std::filesystem::remove(file);
  }
}

INSTANTIATE_TEST_SUITE_P(Displays, LayoutTest,
                         ::testing::Values(Case{"1920x1080", 1920, 1080}, Case{"1080x1920", 1080, 1920},
                                           Case{"1280x720", 1280, 720}, Case{"768x1366", 768, 1366}),
                         [](const auto& p) { return std::string(p.param.size); });

}  // namespace
}  // namespace marquee::app
