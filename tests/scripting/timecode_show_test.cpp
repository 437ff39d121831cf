// [show] clock = "timecode" end to end: the production ShowThread on a HoldableClock over
// lighting's TimecodeShowClock, fed by the real OutputThread, which receives real ArtTimeCode
// packets (encode_timecode) on its Art-Net socket on 127.0.0.1 from a "desk" thread in the test.
// The desk's timecode runs five hours away from the machine's clock, so a start_at that fires on
// time can only have fired on timecode. Then the desk goes silent: free-run, then hold.
#include <gtest/gtest.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "../lighting/udp_receiver.hpp"
#include "core/time_zone.hpp"
#include "lighting/artnet_packets.hpp"
#include "lighting/output_thread.hpp"
#include "lighting/timecode_clock.hpp"
#include "live_show.hpp"
#include "scripting/show_runner.hpp"

namespace marquee::scripting::testing {
namespace {

using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

constexpr const char* kZone = "Europe/Berlin";
constexpr long long kDayMs = 24LL * 3600 * 1000;

std::string clock_label(long long ms) {
  ms = (ms % kDayMs + kDayMs) % kDayMs;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", ms / 3'600'000, ms / 60'000 % 60, ms / 1000 % 60);
  return buf;
}

// A 25 fps desk sending ArtTimeCode to a port from its own socket, starting at `start_ms` since
// midnight and running in real time until stopped.
class Desk {
 public:
  Desk(std::uint16_t port, long long start_ms) : port_(port), start_ms_(start_ms) {}
  ~Desk() { stop(); }
  void start() {
    started_ = Steady::now();
    thread_ = std::jthread([this](std::stop_token stop) {
      for (auto next = started_; !stop.stop_requested(); next += 40ms) {
        std::this_thread::sleep_until(next);
        send(start_ms_ + std::chrono::duration_cast<std::chrono::milliseconds>(next - started_).count());
        last_sent_ms_ =
            start_ms_ + std::chrono::duration_cast<std::chrono::milliseconds>(next - started_).count();
      }
    });
  }
  void stop() {
    if (thread_.joinable()) {
      thread_.request_stop();
      thread_.join();
    }
  }
  // The time of day the desk reads now (while running).
  long long now_ms() const {
    return start_ms_ +
           std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - started_).count();
  }
  long long last_sent_ms() const { return last_sent_ms_.load(); }
  Steady::time_point started() const { return started_; }

 private:
  void send(long long ms) {
    ms = ms % kDayMs;
    lighting::artnet::TimeCode tc;
    tc.hours = static_cast<std::uint8_t>(ms / 3'600'000);
    tc.minutes = static_cast<std::uint8_t>(ms / 60'000 % 60);
    tc.seconds = static_cast<std::uint8_t>(ms / 1000 % 60);
    tc.frames = static_cast<std::uint8_t>(ms % 1000 / 40);
    tc.type = lighting::artnet::TimeCodeType::Ebu25;
    std::array<std::uint8_t, lighting::artnet::kTimeCodeSize> bytes{};
    ASSERT_EQ(lighting::artnet::encode_timecode(bytes, tc), lighting::artnet::kTimeCodeSize);
    socket_.send_to(port_, std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
  }

  lighting::testing::UdpReceiver socket_;  // the desk's own socket (it only sends)
  std::uint16_t port_;
  long long start_ms_;
  Steady::time_point started_{};
  std::atomic<long long> last_sent_ms_{0};
  std::jthread thread_;
};

long long venue_ms(const core::TimeZone& zone, core::WallTime t) {
  const auto l = zone.to_local(t);
  return ((l.hour * 60LL + l.minute) * 60 + l.second) * 1000 + t.time_since_epoch().count() % 1000;
}

// Polls `pred` every 10 ms for up to `limit`.
template <class Pred>
bool eventually(Pred pred, std::chrono::milliseconds limit) {
  const auto give_up = Steady::now() + limit;
  while (Steady::now() < give_up) {
    if (pred()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return pred();
}

struct TimecodeShow;
std::string diagnose(TimecodeShow& s, const Desk& desk);

struct TimecodeShow {
  TimecodeShow() : patch(live_patch(receiver.port())), zone(*core::TimeZone::find(kZone)) {
    auto out = lighting::OutputThread::start(patch, {"127.0.0.1", 0});
    EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message);
    output = std::move(*out);
    output->set_timecode_follow({200ms, 1000ms, 100ms});
    timecode = std::make_unique<lighting::TimecodeShowClock>(*output, wall, zone);
    clock = std::make_unique<show::HoldableClock>(*timecode);
    controller = std::make_unique<show::ShowController>(*clock, output.get());
  }
  ~TimecodeShow() {
    thread.reset();
    if (output) output->stop();
    std::filesystem::remove(script);
  }
  void start(const std::string& text) {
    std::ofstream(script) << text;
    ShowThreadConfig cfg;
    cfg.rig = patch.rig();
    cfg.scripts = {script};
    cfg.host.venue_time_zone = kZone;
    cfg.host.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
    cfg.host.step_deadline = 250ms;
    thread = std::make_unique<ShowThread>(std::move(cfg), wall, display, output.get(), controller.get());
  }
  const show::CueStatus* cue(const show::ShowSnapshot& s, const std::string& name) {
    for (const auto& c : s.cues)
      if (c.name == name) return &c;
    return nullptr;
  }

  lighting::testing::UdpReceiver receiver;
  lighting::Patch patch;
  core::TimeZone zone;
  show::WallShowClock wall;
  std::unique_ptr<lighting::OutputThread> output;
  std::unique_ptr<lighting::TimecodeShowClock> timecode;
  std::unique_ptr<show::HoldableClock> clock;
  std::unique_ptr<show::ShowController> controller;
  show::DisplayQueue display;
  std::filesystem::path script =
      std::filesystem::temp_directory_path() / ("marquee-timecode-" + std::to_string(::getpid()) + ".lua");
  std::unique_ptr<ShowThread> thread;
};

std::string diagnose(TimecodeShow& s, const Desk& desk) {
  const auto snap = s.controller->snapshot();
  std::string text = "show clock " + clock_label(venue_ms(s.zone, s.clock->now())) + ", desk " +
                     clock_label(desk.now_ms()) + ", snapshot " +
                     clock_label(venue_ms(s.zone, snap.show_now)) + " after " + std::to_string(snap.ticks) +
                     " ticks, " + std::string(show::clock_follow_name(s.clock->follow()));
  for (const auto& c : snap.cues)
    text += ", cue " + c.name + " " + std::string(show::state_name(c.state)) +
            (c.next_start ? " next " + std::to_string(c.next_start->time_since_epoch().count()) + " (" +
                                clock_label(venue_ms(s.zone, *c.next_start)) + ")"
                          : "");
  for (const auto& e : snap.errors) text += ", error " + e;
  return text;
}

TEST(TimecodeShow, StartAtFiresOnTheDesksTimecodeThenLossFreeRunsAndHolds) {
  TimecodeShow s;
  // The desk reads five hours ahead of the machine's venue clock; the cue is 2 s into its run.
  const long long desk_start = (venue_ms(s.zone, s.wall.now()) + 5 * 3'600'000LL) % kDayMs / 1000 * 1000;
  const std::string at = clock_label(desk_start + 2000);
  s.start(
      "cue(\"at\", function() display.text({ en = \"on timecode\" }, \"all\") end)\n"
      "start_at(\"" +
      at + "\", \"at\")\n");

  // No timecode yet: the show runs on the wall clock and says so.
  ASSERT_TRUE(eventually([&] { return s.controller->snapshot().ticks > 0; }, 2s));
  EXPECT_EQ(s.controller->snapshot().clock_follow, show::ClockFollow::Waiting);
  EXPECT_LT(std::llabs((s.clock->now() - s.wall.now()).count()), 50)
      << "waiting: show time is the wall clock";

  Desk desk(s.output->artnet_port(), desk_start);
  desk.start();
  ASSERT_TRUE(
      eventually([&] { return s.controller->snapshot().clock_follow == show::ClockFollow::Locked; }, 2s))
      << "the show clock never locked to the desk";
  // Locked: show time is the desk's time (within a frame or two and an output period).
  const long long diff = (venue_ms(s.zone, s.clock->now()) - desk.now_ms() % kDayMs + kDayMs) % kDayMs;
  EXPECT_TRUE(diff < 120 || diff > kDayMs - 120) << "show clock is " << diff << " ms off the desk";
  const show::ShowSnapshot snapshot = s.controller->snapshot();  // the cue points into it
  const auto* before = s.cue(snapshot, "at");
  ASSERT_NE(before, nullptr);
  EXPECT_EQ(before->state, show::CueStatus::State::Waiting) << "fired before the desk reached " << at;

  // The cue fires when the desk's timecode reaches `at`, two seconds after the desk started.
  bool fired = false;
  ASSERT_TRUE(eventually(
      [&] {
        for (const auto& c : s.display.drain())
          if (c.kind == show::DisplayKind::ShowText && c.text.en == "on timecode") fired = true;
        return fired;
      },
      4s))
      << "start_at(" << at << ") never fired on timecode; " << diagnose(s, desk);
  const double fired_after = std::chrono::duration<double>(Steady::now() - desk.started()).count();
  EXPECT_GT(fired_after, 1.7) << "fired early: not on the desk's timecode";
  EXPECT_LT(fired_after, 2.4) << "fired late";

  // The desk stops. For loss_after (200 ms) the clock stays locked, then free-runs for 1 s on the
  // local clock, then holds where it got to.
  desk.stop();
  const long long last = desk.last_sent_ms();
  ASSERT_TRUE(eventually([&] { return s.clock->follow() == show::ClockFollow::FreeRunning; }, 600ms))
      << "no free-run after the desk went silent";
  const long long running1 = venue_ms(s.zone, s.clock->now());
  std::this_thread::sleep_for(300ms);
  const long long running2 = venue_ms(s.zone, s.clock->now());
  EXPECT_NEAR(static_cast<double>(running2 - running1), 300.0, 60.0) << "free-run does not run at real time";
  ASSERT_TRUE(eventually([&] { return s.clock->follow() == show::ClockFollow::Holding; }, 1500ms))
      << "free-run never ended in a hold";
  ASSERT_TRUE(
      eventually([&] { return s.controller->snapshot().clock_follow == show::ClockFollow::Holding; }, 500ms))
      << "the staff page's snapshot does not say holding";
  const long long held1 = venue_ms(s.zone, s.clock->now());
  std::this_thread::sleep_for(300ms);
  const long long held2 = venue_ms(s.zone, s.clock->now());
  EXPECT_EQ(held1, held2) << "holding, yet show time moved";
  // Held at the last packet + loss_after + free_run_for (within the output period that read it).
  EXPECT_NEAR(static_cast<double>(held1 - last % kDayMs), 1200.0, 80.0);
}

TEST(TimecodeShow, WithoutTimecodeTheShowRunsOnTheWallClock) {
  TimecodeShow s;
  s.start("cue(\"idle\", function() end)\n");
  ASSERT_TRUE(eventually([&] { return s.controller->snapshot().ticks > 5; }, 2s));
  const auto snap = s.controller->snapshot();
  EXPECT_EQ(snap.clock_follow, show::ClockFollow::Waiting);
  EXPECT_LT(std::llabs((snap.show_now - s.wall.now()).count()), 500);
}

}  // namespace
}  // namespace marquee::scripting::testing
