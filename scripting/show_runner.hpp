#pragma once
// Drives a ScriptHost at a fixed tick rate on a show clock. ShowRunner is the loop body (and the
// virtual-clock fast path used by tests and `show simulate`); ShowThread is the production show
// thread: a std::jthread that owns the only lua_State and ticks on the wall clock.
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "scripting/host/script_host.hpp"
#include "show/fixture_frame.hpp"
#include "show/show_controller.hpp"

namespace marquee::scripting {

class ShowRunner {
 public:
  using FrameSink = std::function<void(core::WallTime, const std::shared_ptr<const show::FixtureFrame>&)>;
  ShowRunner(ScriptHost& host, show::LightEngine& lights, int tick_hz = 50);
  core::Millis period() const { return period_; }
  // One tick at `now`: due cues, on_tick, fades and effects, then a merged frame to the sink.
  void tick(core::WallTime now, const FrameSink& sink);
  // Runs on a virtual clock from its current time to `until` on the tick grid. While nothing
  // animates and no on_tick hook exists it jumps straight to the tick of the next wake-up,
  // so a 30-minute show takes milliseconds; the result is identical to ticking every period.
  void run_until(show::VirtualShowClock& clock, core::WallTime until, const FrameSink& sink);

 private:
  ScriptHost& host_;
  show::LightEngine& lights_;
  core::Millis period_;
};

// What the staff page shows about a host: scripts and versions, the latest errors, every named
// cue's state. Built on the show thread (it reads the host).
show::ShowSnapshot make_snapshot(const ScriptHost& host, core::WallTime show_now, std::uint64_t ticks);

struct ShowThreadConfig {
  HostOptions host;
  show::Rig rig;
  std::vector<std::filesystem::path> scripts;
  int tick_hz = 50;
  std::chrono::milliseconds reload_poll{1000};
};

class ShowThread {
 public:
  static constexpr int kSnapshotTicks = 5;  // 10 snapshots a second at 50 Hz
  // `clock` paces the ticks (the wall clock). With a controller, the show runs on its
  // HoldableClock, takes its queued commands at the start of each tick and publishes a snapshot
  // for the staff page every kSnapshotTicks ticks. The HoldableClock's base is either `clock`
  // itself (show time is then the tick's instant on the grid, less the time held) or a clock of
  // its own such as lighting's TimecodeShowClock (show time is then read from it at each tick).
  ShowThread(ShowThreadConfig config, show::ShowClock& clock, show::DisplayQueue& display,
             show::FixtureSink* sink, show::ShowController* controller = nullptr);
  ~ShowThread();  // requests stop and joins
  ShowThread(const ShowThread&) = delete;
  ShowThread& operator=(const ShowThread&) = delete;

  // Staff panel requests; carried out on the show thread at its next tick.
  void request_start(std::string cue);
  void request_stop(std::string cue);
  std::optional<ScriptError> last_error() const;
  std::uint64_t ticks() const;

 private:
  void run(std::stop_token stop);
  void drain_requests(ScriptHost& host);
  void publish(const ScriptHost& host, core::WallTime show_now);
  // The show time of the tick paced at `next` (see the constructor).
  core::WallTime show_time(core::WallTime next) const;

  ShowThreadConfig config_;
  show::ShowClock& clock_;
  show::DisplayQueue& display_;
  show::FixtureSink* sink_;
  show::ShowController* controller_;
  mutable std::mutex mutex_;
  std::vector<std::pair<bool, std::string>> requests_;  // (start?, cue)
  std::optional<ScriptError> last_error_;
  std::uint64_t ticks_ = 0;
  std::jthread thread_;  // last: starts after every member above is ready
};

}  // namespace marquee::scripting
