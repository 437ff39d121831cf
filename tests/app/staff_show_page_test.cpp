// The staff show page on the real kiosk: SDL dummy video, the real UI, the real show thread and
// lighting output thread, and a UDP receiver on 127.0.0.1 as the lighting node. Staff open the
// panel with the hidden long-press and the PIN, go to Show control, and tap GO with a finger:
// the cue starts and its values reach the wire. Runs on the real clock (the show thread ticks in
// real time), with every wait bounded.
#include <SDL.h>
#include <gtest/gtest.h>
#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "../lighting/udp_receiver.hpp"
#include "app/kiosk_app.hpp"
#include "lighting/e131_packets.hpp"

namespace marquee::app {
namespace {

class StaffShowPage : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sodium_init() < 0, false);
    char hash[crypto_pwhash_STRBYTES];
    ASSERT_EQ(crypto_pwhash_str(hash, "2468", 4, crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN), 0);
    dir_ = std::filesystem::temp_directory_path() / ("marquee-showpage-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "kiosk.toml") << "[kiosk]\nid = \"bj-a-1\"\nvenue = \"bj\"\n[staff]\npin_hash = \"" << hash
                                       << "\"\n";
    std::ofstream(dir_ / "show.lua") << R"(
cue("lobby_up", function() light.set("lobby.1", { intensity = 1 }) end)
cue("later", function() light.set("lobby.2", { intensity = 1 }) end)
cue("broken", function() wait(0.2) light.set("stage.nowhere", { intensity = 1 }) end)
start_at("23:59:00", "later")
)";
    std::ofstream(dir_ / "patch.toml") << "[source]\nname = \"Show page test\"\nkiosk_id = \"page\"\n"
                                          "[timing]\nartnet_bind_port = 0\n"
                                          "[[fixtures]]\nname = \"lobby.{n}\"\ncount = 2\ntype = \"dimmer\"\n"
                                          "universe = 1\naddress = 1\n"
                                          "[[outputs]]\nprotocol = \"sacn\"\ndestination = \"127.0.0.1\"\nport = "
                                       << receiver_.port() << "\n";
    RunOptions o;
    o.headless = true;
    o.size = "1920x1080";
    o.config_file = (dir_ / "kiosk.toml").string();
    o.show = (dir_ / "show.lua").string();
    o.patch = (dir_ / "patch.toml").string();
    StartFailure failure{0, ""};
    app_ = KioskApp::create(o, failure);  // the real clock: the show thread ticks in real time
    ASSERT_TRUE(app_) << failure.message;
    steps(2);
  }
  void TearDown() override {
    app_.reset();
    std::filesystem::remove_all(dir_);
  }

  void steps(int n) {
    for (int i = 0; i < n; ++i) {
      ASSERT_TRUE(app_->step());
      SDL_Delay(10);
    }
  }
  void mouse(Uint32 type, ImVec2 p) {
    SDL_Event e{};
    e.type = type;
    if (type == SDL_MOUSEMOTION) {
      e.motion.x = static_cast<Sint32>(p.x);
      e.motion.y = static_cast<Sint32>(p.y);
    } else {
      e.button.button = SDL_BUTTON_LEFT;
      e.button.x = static_cast<Sint32>(p.x);
      e.button.y = static_cast<Sint32>(p.y);
    }
    SDL_PushEvent(&e);
  }
  const ui::TapTarget* target(const std::string& name) { return app_->ui().tap_targets().find(name); }
  void tap(const std::string& name) {
    const ui::TapTarget* t = target(name);
    ASSERT_NE(t, nullptr) << "nothing named \"" << name << "\" on screen";
    const ImVec2 p = t->centre();
    mouse(SDL_MOUSEMOTION, p);
    mouse(SDL_MOUSEBUTTONDOWN, p);
    steps(1);
    mouse(SDL_MOUSEBUTTONUP, p);
    steps(2);
  }
  // A finger, not the mouse: SDL touch events in normalised coordinates.
  void finger_tap(const std::string& name) {
    const ui::TapTarget* t = target(name);
    ASSERT_NE(t, nullptr) << "nothing named \"" << name << "\" on screen";
    SDL_Event e{};
    e.type = SDL_FINGERDOWN;
    e.tfinger.x = t->centre().x / 1920.0f;
    e.tfinger.y = t->centre().y / 1080.0f;
    SDL_PushEvent(&e);
    steps(1);
    e.type = SDL_FINGERUP;
    SDL_PushEvent(&e);
    steps(2);
  }
  // The hidden gesture (3 s in the top-left corner, real time) and the PIN.
  void open_panel() {
    mouse(SDL_MOUSEMOTION, ImVec2(40, 40));
    mouse(SDL_MOUSEBUTTONDOWN, ImVec2(40, 40));
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds{3600};
    while (std::chrono::steady_clock::now() < until) steps(1);
    mouse(SDL_MOUSEBUTTONUP, ImVec2(40, 40));
    steps(2);
    for (const char* key : {"2", "4", "6", "8", "OK"}) tap(key);
  }
  // Universe-1 slot `slot` reaches `value` on the wire within 3 s (stepping frames meanwhile).
  bool dmx_reaches(std::size_t slot, std::uint8_t value) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds{3};
    while (std::chrono::steady_clock::now() < give_up) {
      if (!app_->step()) return false;
      while (auto d = receiver_.receive(std::chrono::milliseconds{5})) {
        auto p = lighting::e131::parse_data(d->bytes);
        if (p && p->universe == 1 && p->slots.size() > slot && p->slots[slot] == value) return true;
      }
    }
    return false;
  }

  lighting::testing::UdpReceiver receiver_;
  std::filesystem::path dir_;
  std::unique_ptr<KioskApp> app_;
};

TEST_F(StaffShowPage, FingerTapOnGoStartsTheCueAndItsValuesReachTheWire) {
  ASSERT_NE(app_->show(), nullptr);
  EXPECT_EQ(target("staff:show"), nullptr) << "show control without a PIN";
  open_panel();
  tap("staff:show");
  ASSERT_NE(target("go:lobby_up"), nullptr) << "the show page lists the named cue";
  ASSERT_NE(target("go:later"), nullptr);
  ASSERT_TRUE(dmx_reaches(0, 0)) << "dark before GO";
  finger_tap("go:lobby_up");
  EXPECT_TRUE(dmx_reaches(0, 255)) << "GO on the show page did not light lobby.1";
  const auto log = app_->show()->controller().log();
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back().action, "GO lobby_up");
  EXPECT_EQ(log.back().who, "pin:1");
  EXPECT_EQ(log.back().outcome, "ok");
  // The page shows the new state after the next snapshot.
  bool shown_done = false;
  for (int i = 0; i < 100 && !shown_done; ++i) {
    steps(1);
    for (const auto& c : app_->show()->controller().snapshot().cues)
      shown_done = shown_done || (c.name == "lobby_up" && c.state == show::CueStatus::State::Done);
  }
  EXPECT_TRUE(shown_done);
}

TEST_F(StaffShowPage, HoldBlackoutAndShiftButtonsReachTheController) {
  open_panel();
  tap("staff:show");
  tap("show:hold");
  EXPECT_TRUE(app_->show()->controller().held());
  steps(2);
  tap("show:hold");
  EXPECT_FALSE(app_->show()->controller().held());
  tap("show:blackout");
  EXPECT_TRUE(app_->show()->controller().blackout());
  steps(2);
  tap("show:blackout");
  EXPECT_FALSE(app_->show()->controller().blackout());
  tap("show:shift+300");
  steps(10);  // the show thread runs the shift at its next tick
  const auto log = app_->show()->controller().log();
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log.back().action, "Shift +5 min");
  EXPECT_EQ(log.back().outcome, "ok, 1 start moved");
  tap("show:back");
  EXPECT_EQ(target("go:lobby_up"), nullptr);
  EXPECT_NE(target("staff:show"), nullptr);
}

TEST_F(StaffShowPage, EveryControlIsAtLeastNineMillimetresOnTheReferenceDisplay) {
  open_panel();
  tap("staff:show");
  int controls = 0;
  for (const ui::TapTarget& t : app_->ui().tap_targets().all()) {
    const bool on_page =
        t.name.rfind("go:", 0) == 0 || t.name.rfind("stop:", 0) == 0 || t.name.rfind("show:", 0) == 0;
    if (!on_page) continue;
    ++controls;
    EXPECT_GE(t.max.x - t.min.x, ui::kSmallestTargetPx) << t.name;
    EXPECT_GE(t.max.y - t.min.y, ui::kSmallestTargetPx) << t.name;
  }
  EXPECT_EQ(controls, 3 * 2 + 1 + 3 + 1 + 1 + 1) << "GO/Stop x3, hold, 3 shifts, blackout, fader, back";
}

// The page as staff see it mid-show (a cue failed, the show held, the lights blacked out), written
// to the build tree for people to look at (build/ci/screenshots/staff-show-page.png).
TEST_F(StaffShowPage, ScreenshotShowsAFailedCueWithItsLineAndTheHeldState) {
  open_panel();
  tap("staff:show");
  tap("go:broken");
  tap("go:lobby_up");
  bool failed = false;
  for (int i = 0; i < 200 && !failed; ++i) {
    steps(1);
    for (const auto& c : app_->show()->controller().snapshot().cues)
      failed = failed || (c.name == "broken" && c.state == show::CueStatus::State::Failed &&
                          c.detail.find("show.lua:4:") != std::string::npos);
  }
  EXPECT_TRUE(failed) << "the failed cue is not listed with file:line";
  tap("show:hold");
  tap("show:blackout");
  steps(3);
  const auto dir = std::filesystem::path(MARQUEE_BINARY_DIR) / "screenshots";
  std::filesystem::create_directories(dir);
  const auto png = dir / "staff-show-page.png";
  std::filesystem::remove(png);
  ASSERT_TRUE(app_->step(png));
  EXPECT_GT(std::filesystem::file_size(png), 10000u);
}

}  // namespace
}  // namespace marquee::app

namespace marquee::app {
namespace {

// The page in Chinese: every label comes from the show strings, whose glyphs are in the atlas
// (build/ci/screenshots/staff-show-page-zh.png).
TEST_F(StaffShowPage, ThePageSpeaksThePanelsLanguage) {
  open_panel();
  tap("中文");  // the default-language row switches the panel's language too
  tap("staff:show");
  ASSERT_NE(target("开始"), nullptr) << "GO is not labelled in Chinese";
  ASSERT_NE(target("暂停"), nullptr) << "Hold is not labelled in Chinese";
  const auto dir = std::filesystem::path(MARQUEE_BINARY_DIR) / "screenshots";
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(app_->step(dir / "staff-show-page-zh.png"));
}

}  // namespace
}  // namespace marquee::app
