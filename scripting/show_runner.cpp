#include "scripting/show_runner.hpp"

#include <spdlog/spdlog.h>

namespace marquee::scripting {

ShowRunner::ShowRunner(ScriptHost& host, show::LightEngine& lights, int tick_hz)
    : host_(host), lights_(lights), period_(core::Millis{1000 / std::max(1, tick_hz)}) {}

void ShowRunner::tick(core::WallTime now, const FrameSink& sink) {
  host_.tick(now);
  auto frame = lights_.frame();
  if (sink) sink(now, frame);
}

void ShowRunner::run_until(show::VirtualShowClock& clock, core::WallTime until, const FrameSink& sink) {
  core::WallTime t = clock.now();
  while (t <= until) {
    tick(t, sink);
    core::WallTime next = t + period_;
    const auto wake = host_.next_wake();
    if (!lights_.animating() && !host_.wants_every_tick() && (!wake || *wake > next)) {
      // Idle until the next wake-up (or the end): skip whole periods, staying on the tick grid.
      const core::WallTime target = wake ? std::min(*wake, until) : until;
      const auto periods = (target - t + period_ - core::Millis{1}) / period_;
      next = t + std::max<long long>(1, periods) * period_;
    }
    clock.advance_to(next);
    t = next;
  }
}

ShowThread::ShowThread(ShowThreadConfig config, show::ShowClock& clock, show::DisplayQueue& display,
                       show::FixtureSink* sink, show::ShowController* controller)
    : config_(std::move(config)),
      clock_(clock),
      display_(display),
      sink_(sink),
      controller_(controller),
      thread_([this](std::stop_token stop) { run(std::move(stop)); }) {}

ShowThread::~ShowThread() {
  thread_.request_stop();
  if (thread_.joinable()) thread_.join();
}

void ShowThread::request_start(std::string cue) {
  std::lock_guard lock(mutex_);
  requests_.emplace_back(true, std::move(cue));
}

void ShowThread::request_stop(std::string cue) {
  std::lock_guard lock(mutex_);
  requests_.emplace_back(false, std::move(cue));
}

std::optional<ScriptError> ShowThread::last_error() const {
  std::lock_guard lock(mutex_);
  return last_error_;
}

std::uint64_t ShowThread::ticks() const {
  std::lock_guard lock(mutex_);
  return ticks_;
}

void ShowThread::drain_requests(ScriptHost& host) {
  std::vector<std::pair<bool, std::string>> requests;
  {
    std::lock_guard lock(mutex_);
    requests.swap(requests_);
  }
  for (const auto& [start, cue] : requests) {
    const auto st = start ? host.start_cue(cue) : host.stop_cue(cue);
    if (!st) spdlog::warn("show: {}", st.error().message);
  }
}

show::ShowSnapshot make_snapshot(const ScriptHost& host, core::WallTime show_now, std::uint64_t ticks) {
  show::ShowSnapshot snap;
  for (const ScriptInfo& s : host.scripts()) {
    if (!snap.script.empty()) snap.script += ", ";
    snap.script += std::filesystem::path(s.name).filename().string();
    if (!snap.version.empty()) snap.version += ", ";
    snap.version += s.version;
  }
  const auto& errors = host.errors();
  const std::size_t first = errors.size() > 5 ? errors.size() - 5 : 0;
  for (std::size_t i = first; i < errors.size(); ++i)
    snap.errors.push_back((errors[i].cue.empty() ? "" : errors[i].cue + ": ") + errors[i].message);
  snap.cues = host.cue_statuses();
  snap.show_now = show_now;
  snap.ticks = ticks;
  return snap;
}

void ShowThread::publish(const ScriptHost& host, core::WallTime show_now) {
  std::uint64_t ticks = 0;
  {
    std::lock_guard lock(mutex_);
    ticks = ticks_;
  }
  show::ShowSnapshot snap = make_snapshot(host, show_now, ticks);
  snap.clock_follow = controller_->clock().follow();
  // A script that failed to load is still named, so staff see which file the errors are about.
  if (snap.script.empty() && !config_.scripts.empty())
    snap.script = config_.scripts.front().filename().string();
  controller_->publish(std::move(snap));
}

core::WallTime ShowThread::show_time(core::WallTime next) const {
  if (controller_ == nullptr) return next;
  show::HoldableClock& held = controller_->clock();
  // On the wall clock the tick's own instant keeps show time on the tick grid. Any other base
  // (ArtTimeCode) has its own idea of the time, which the pacing instant knows nothing about:
  // read it, or the show would run on the wall clock and ignore the desk.
  if (&held.base() == &clock_) return held.show_time_at(next);
  return held.now();
}

void ShowThread::run(std::stop_token stop) {
  show::LightEngine lights(config_.rig);
  const show::ShowClock& show_clock = controller_ != nullptr ? controller_->clock() : clock_;
  auto created = ScriptHost::create(config_.host, show_clock, lights, display_);
  if (!created) {
    std::lock_guard lock(mutex_);
    last_error_ = ScriptError{"", "", created.error().message, "", clock_.now()};
    return;
  }
  ScriptHost& host = **created;
  host.on_error([this](const ScriptError& e) {
    std::lock_guard lock(mutex_);
    last_error_ = e;
  });
  for (const auto& path : config_.scripts) (void)host.load_file(path);
  ShowRunner runner(host, lights, config_.tick_hz);
  // Ticks are paced on `clock_`; the show itself sees show time, which stands still on Hold.
  core::WallTime next = clock_.now();
  core::WallTime next_poll = next + config_.reload_poll;
  std::uint64_t tick = 0;
  while (!stop.stop_requested()) {
    drain_requests(host);
    if (controller_ != nullptr) controller_->run_pending(host);
    if (clock_.now() >= next_poll) {
      host.poll_files();
      next_poll = clock_.now() + config_.reload_poll;
    }
    const core::WallTime show_now = show_time(next);
    runner.tick(show_now, [this](core::WallTime, const auto& frame) {
      if (sink_ != nullptr) sink_->submit(frame);
    });
    {
      std::lock_guard lock(mutex_);
      ++ticks_;
    }
    if (controller_ != nullptr && tick++ % kSnapshotTicks == 0) publish(host, show_now);
    next += runner.period();
    // After a long stall (machine suspended, debugger), resume on time instead of racing through.
    if (clock_.now() - next > 10 * runner.period()) next = clock_.now();
    clock_.sleep_until(next, stop);
  }
}

}  // namespace marquee::scripting
