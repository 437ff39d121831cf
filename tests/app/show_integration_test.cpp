// A Lua show drives the real kiosk: display commands reach the UI through the show thread's queue,
// targeting picks this kiosk, an emergency still wins, and the end of the show restores the screens.
#include <SDL.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/kiosk_app.hpp"

namespace marquee::app {
namespace {

class ShowOnKiosk : public ::testing::Test {
 protected:
  void start(const std::string& lua, const std::string& now) {
    dir_ = std::filesystem::temp_directory_path() / ("marquee-show-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "show.lua") << lua;
    std::ofstream(dir_ / "kiosk.toml")
        << "[kiosk]\nid = \"bj-a-1\"\nvenue = \"bj\"\nzone = \"hall-a\"\ntags = [\"entrance\"]\n";
    RunOptions o;
    o.headless = true;
    o.size = "960x540";
    o.now = now;
    o.config_file = (dir_ / "kiosk.toml").string();
    o.show = (dir_ / "show.lua").string();
    auto started = KioskApp::create(o);  // the real clock: the show thread ticks in real time
    const auto failure = started.failure;
    app_ = std::move(started.app);
    ASSERT_TRUE(app_) << failure.message;
  }
  void TearDown() override {
    app_.reset();
    std::filesystem::remove_all(dir_);
  }
  // Steps frames until pred holds (bounded: 250 frames, a few seconds). The show's waits (1.5 s)
  // are long enough that a slow frame on a busy machine cannot skip a whole scene.
  template <typename Pred>
  bool frames_until(Pred pred) {
    for (int i = 0; i < 250; ++i) {
      if (!app_->step()) return false;
      if (pred()) return true;
      SDL_Delay(20);
    }
    return false;
  }
  std::filesystem::path dir_;
  std::unique_ptr<KioskApp> app_;
};

TEST_F(ShowOnKiosk, CountdownThenTextThenBackToNormalScreens) {
  start(R"(
    display.countdown("20:00:00", { en = "The show begins in", zh = "灯光秀即将开始" }, "all")
    wait(1.5)
    display.text({ en = "Night of Digital City", zh = "数字城市之夜" }, "zone:hall-a", "#101040")
    wait(1.5)
    display.end_show("all")
  )",
        "2027-03-28T19:59:00+08:00");
  ASSERT_TRUE(frames_until([&] {
    const auto& s = app_->ui().show_scene().scene;
    return s && s->kind == show::DisplayKind::ShowCountdown;
  }));
  ASSERT_TRUE(frames_until([&] {
    const auto& s = app_->ui().show_scene().scene;
    return s && s->kind == show::DisplayKind::ShowText && s->text.zh == "数字城市之夜";
  }));
  ASSERT_TRUE(frames_until([&] { return !app_->ui().show_scene().scene.has_value(); }));
  EXPECT_EQ(app_->ui().state().screen, ui::Screen::Home);
}

TEST_F(ShowOnKiosk, CommandsForOtherKiosksAreIgnored) {
  start(R"(
    display.color("#ff0000", "zone:hall-b")
    display.color("#00ff00", "kiosk:sg-1")
    display.scene("map", "tag:entrance")
  )",
        "2027-03-26T10:00:00+08:00");
  ASSERT_TRUE(frames_until([&] { return app_->ui().state().screen == ui::Screen::Map; }));
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(app_->step());
  EXPECT_FALSE(app_->ui().show_scene().scene.has_value());
}

TEST_F(ShowOnKiosk, EmergencyWinsOverAShowScene) {
  // The demo's evacuation drill is active 08:00-08:05 on 2027-03-25 in Beijing.
  start(R"(display.color("#0000ff", "all"))", "2027-03-25T08:01:00+08:00");
  ASSERT_TRUE(frames_until([&] { return app_->ui().show_scene().scene.has_value(); }));
  ASSERT_TRUE(app_->step());
  EXPECT_EQ(app_->ui().state().emergency_id, "drill-2027-03-25");
}

// [show] clock = "timecode" listens on the patch's Art-Net socket: without a patch the kiosk
// refuses to start and says why (rather than running on the wall clock unnoticed).
TEST(ShowClockConfig, TimecodeWithoutAPatchIsRefusedAtStart) {
  const auto dir = std::filesystem::temp_directory_path() / ("marquee-tc-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "show.lua") << "cue('a', function() end)\n";
  std::ofstream(dir / "kiosk.toml")
      << "[kiosk]\nid = \"k\"\n[show]\nscript = \"show.lua\"\nclock = \"timecode\"\n";
  RunOptions o;
  o.headless = true;
  o.size = "640x360";
  o.config_file = (dir / "kiosk.toml").string();
  auto started = KioskApp::create(o);
  const auto failure = started.failure;
  auto app = std::move(started.app);
  EXPECT_FALSE(app);
  EXPECT_EQ(failure.exit_code, 1);
  EXPECT_NE(failure.message.find("[show] clock = \"timecode\" needs a [lighting] patch"), std::string::npos)
      << failure.message;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace marquee::app
