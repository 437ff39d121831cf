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
#include <optional>
#include <vector>

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
    std::ofstream(dir_ / "kiosk.toml")
        << "[kiosk]\nid = \"bj-a-1\"\nvenue = \"bj\"\n[staff]\npin_hash = \"" << hash << "\"\n";
    std::ofstream(dir_ / "show.lua") << R"(
cue("lobby_up", function() light.set("lobby.1", { intensity = 1 }) end)
cue("later", function() light.set("lobby.2", { intensity = 1 }) end)
cue("broken", function() wait(0.2) light.set("stage.nowhere", { intensity = 1 }) end)
cue("fade", function() light.fade("lobby.*", { intensity = 1 }, 4) end)
start_at("23:59:00", "later")
)";
    std::ofstream(dir_ / "patch.toml")
        << "[source]\nname = \"Show page test\"\nkiosk_id = \"page\"\n"
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
    auto started = KioskApp::create(o);  // the real clock: the show thread ticks in real time
    const auto failure = started.failure;
    app_ = std::move(started.app);
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

  // The next universe-1 packet (slots 1 and 2, and when it arrived), stepping frames meanwhile.
  struct Wire {
    std::uint8_t d1 = 0, d2 = 0;
    std::chrono::steady_clock::time_point at;
  };
  std::optional<Wire> next_wire(std::chrono::milliseconds timeout = std::chrono::milliseconds{1000}) {
    const auto give_up = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < give_up) {
      if (!app_->step()) return std::nullopt;
      while (auto d = receiver_.receive(std::chrono::milliseconds{2})) {
        auto p = lighting::e131::parse_data(d->bytes);
        if (p && p->universe == 1 && p->slots.size() >= 2) return Wire{p->slots[0], p->slots[1], d->at};
      }
    }
    return std::nullopt;
  }
  // Every universe-1 packet for `d` (all that are waiting after each frame, so a slow frame on a
  // loaded machine does not leave the reader behind the socket).
  std::vector<Wire> wire_for(std::chrono::milliseconds d) {
    std::vector<Wire> out;
    const auto until = std::chrono::steady_clock::now() + d;
    while (std::chrono::steady_clock::now() < until) {
      if (!app_->step()) break;
      while (auto r = receiver_.receive(std::chrono::milliseconds{2})) {
        auto p = lighting::e131::parse_data(r->bytes);
        if (p && p->universe == 1 && p->slots.size() >= 2)
          out.push_back(Wire{p->slots[0], p->slots[1], r->at});
      }
    }
    return out;
  }
  void drain_wire() {
    while (receiver_.receive(std::chrono::milliseconds{0})) {
    }
  }
  std::optional<core::WallTime> next_start(const std::string& cue) {
    for (const auto& c : app_->show()->controller().snapshot().cues)
      if (c.name == cue) return c.next_start;
    return std::nullopt;
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
  EXPECT_EQ(controls, 4 * 2 + 1 + 3 + 1 + 1 + 1) << "GO/Stop x4, hold, 3 shifts, blackout, fader, back";
}

// The whole night's controls driven by finger taps on the page, judged on the wire: a 4 s fade,
// Hold half way (the DMX stops changing), Resume (it rises again), Shift +5 min (a start_at moves
// by 300 s), Blackout (every channel 0 within one output frame) and Release (the look returns).
TEST_F(StaffShowPage, TapsOnThePageHoldResumeShiftAndBlackOutTheWire) {
  open_panel();
  tap("staff:show");
  EXPECT_EQ(app_->show()->controller().snapshot().clock_follow, show::ClockFollow::Wall);
  ASSERT_TRUE(dmx_reaches(0, 0)) << "dark before GO";
  finger_tap("go:fade");
  // Half way through the 4 s fade (about 128 of 255).
  std::optional<Wire> w;
  do {
    w = next_wire();
    ASSERT_TRUE(w) << "no DMX during the fade";
  } while (w->d1 < 110);
  EXPECT_LT(w->d1, 200) << "the fade is far past half way already";
  finger_tap("show:hold");
  ASSERT_TRUE(app_->show()->controller().held());
  // Hold freezes show time at the instant of the tap. A show thread running late on a loaded
  // machine still ticks the instants before it (up to 10 periods, then it skips ahead), and
  // packets already on their way carry those values: let them pass before judging the wire.
  (void)wire_for(std::chrono::milliseconds{500});
  drain_wire();
  const auto held = wire_for(std::chrono::milliseconds{1500});
  ASSERT_GE(held.size(), 1u) << "nothing on the wire while held (keep-alive every 900 ms at least)";
  for (const Wire& h : held) {
    EXPECT_EQ(h.d1, held.front().d1) << "lobby.1 moved while held";
    EXPECT_EQ(h.d2, held.front().d2) << "lobby.2 moved while held";
  }
  const std::uint8_t frozen = held.front().d1;
  EXPECT_GT(frozen, 100);
  EXPECT_LT(frozen, 255) << "the fade finished although held";

  finger_tap("show:hold");  // now labelled Resume
  ASSERT_FALSE(app_->show()->controller().held());
  bool rising = false;
  for (int i = 0; i < 200 && !rising; ++i) {
    const auto r = next_wire();
    ASSERT_TRUE(r);
    rising = r->d1 > frozen + 10 && r->d1 < 255;
  }
  EXPECT_TRUE(rising) << "the fade did not rise again after Resume";
  EXPECT_TRUE(dmx_reaches(0, 255)) << "the fade never finished after Resume";
  EXPECT_TRUE(dmx_reaches(1, 255));

  const auto before = next_start("later");
  ASSERT_TRUE(before) << "the start_at of cue later is not on the page";
  finger_tap("show:shift+300");
  std::optional<core::WallTime> after;
  for (int i = 0; i < 100 && (!after || *after == *before); ++i) {
    steps(1);
    after = next_start("later");
  }
  ASSERT_TRUE(after);
  EXPECT_EQ(*after - *before, std::chrono::seconds{300}) << "Shift +5 min did not move start_at by 300 s";

  // Blackout: the submit happens inside one of the frames of the tap; from the end of that tap,
  // the first all-zero packet comes within one output period (44 Hz: 23 ms), plus a little
  // scheduling slack, and nothing after it is lit.
  const ui::TapTarget* bo = target("show:blackout");
  ASSERT_NE(bo, nullptr);
  drain_wire();
  SDL_Event e{};
  e.type = SDL_FINGERDOWN;
  e.tfinger.x = bo->centre().x / 1920.0f;
  e.tfinger.y = bo->centre().y / 1080.0f;
  SDL_PushEvent(&e);
  ASSERT_TRUE(app_->step());
  e.type = SDL_FINGERUP;
  SDL_PushEvent(&e);
  ASSERT_TRUE(app_->step());
  const auto tapped = std::chrono::steady_clock::now();
  ASSERT_TRUE(app_->show()->controller().blackout()) << "the Blackout tap did not reach the controller";
  // Read straight from the socket (no frames stepped in between), so arrival times are exact.
  std::optional<Wire> dark;
  while (!dark) {
    const auto d = receiver_.receive(std::chrono::milliseconds{500});
    ASSERT_TRUE(d) << "the wire went silent";
    auto p = lighting::e131::parse_data(d->bytes);
    if (p && p->universe == 1 && p->slots.size() >= 2 && p->slots[0] == 0 && p->slots[1] == 0)
      dark = Wire{0, 0, d->at};
  }
  ASSERT_TRUE(dark) << "blackout never reached the wire";
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(dark->at - tapped).count();
  EXPECT_LE(ms, 23 + 15) << "blackout took " << ms << " ms to reach the wire";
  RecordProperty("blackout_ms", static_cast<int>(ms));
  for (const Wire& d : wire_for(std::chrono::milliseconds{500})) {
    EXPECT_EQ(d.d1, 0) << "a channel lit during the blackout";
    EXPECT_EQ(d.d2, 0);
  }
  finger_tap("show:blackout");  // now labelled Release
  EXPECT_FALSE(app_->show()->controller().blackout());
  EXPECT_TRUE(dmx_reaches(0, 255)) << "Release did not bring the look back";
  EXPECT_TRUE(dmx_reaches(1, 255));
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
