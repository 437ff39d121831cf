#pragma once
// The show tick scenario shared by show_tick_bench and show_control_bench: 1,000 RGB+dimmer
// fixtures, a script, and the cost of one show-thread tick — either the bare ShowRunner tick
// (the baseline) or the tick as ShowThread runs it with live control: the script host on a
// HoldableClock, the ShowController's queue drained first, a staff-page snapshot every fifth
// tick, and a stream of commands (a Shift every 10 s of ticks, Hold and Resume every 20 s; a tick
// that runs a Shift also writes its log line, so the max shows a command tick).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "show/holdable_clock.hpp"
#include "show/show_controller.hpp"

namespace marquee::bench {

inline show::Rig big_rig(int n) {
  std::vector<show::FixtureInfo> f;
  const std::vector<show::Attribute> rgbi = {show::Attribute::Intensity, show::Attribute::Red,
                                             show::Attribute::Green, show::Attribute::Blue};
  for (int i = 0; i < n; ++i) {
    const std::string zone = "z" + std::to_string(i / 100);
    f.push_back({"fx." + zone + "." + std::to_string(i), {"all", zone}, zone, rgbi});
  }
  return show::Rig(std::move(f));
}

inline double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

// One show, ticked as the bare ShowRunner (baseline) or as ShowThread ticks with live control.
struct TickSetup {
  TickSetup(const char* script, bool with_controls)
      : controls(with_controls),
        base(core::WallTime{std::chrono::hours{24 * 365 * 56}}),
        holdable(base),
        controller(holdable, nullptr),
        lights(big_rig(1000)) {
    scripting::HostOptions options;
    options.lib_dir = MARQUEE_SOURCE_DIR "/scripting/lib";
    const show::ShowClock& clock = controls ? static_cast<const show::ShowClock&>(holdable) : base;
    auto created = scripting::ScriptHost::create(options, clock, lights, display);
    if (created && (*created)->load_string("bench.lua", script).ok()) host = std::move(*created);
    if (host) runner = std::make_unique<scripting::ShowRunner>(*host, lights);
    t = base.now();
  }
  // Returns the tick's cost in microseconds.
  double tick(int i) {
    using Clock = std::chrono::steady_clock;
    if (controls) {  // commands arrive from the UI thread between ticks; not part of the tick
      if (i % 500 == 250) (void)controller.submit(show::ShowCommand::shift(60, "bench"));
      if (i % 1000 == 100) (void)controller.submit(show::ShowCommand::simple(show::ShowAction::Hold, "bench"));
      if (i % 1000 == 200) (void)controller.submit(show::ShowCommand::simple(show::ShowAction::Resume, "bench"));
    }
    const auto begin = Clock::now();
    if (controls) {
      controller.run_pending(*host);
      const core::WallTime show_now = holdable.show_time_at(t);
      runner->tick(show_now, {});
      if (i % scripting::ShowThread::kSnapshotTicks == 0)
        controller.publish(scripting::make_snapshot(*host, show_now, static_cast<std::uint64_t>(i)));
    } else {
      runner->tick(t, {});
    }
    const double us = std::chrono::duration<double, std::micro>(Clock::now() - begin).count();
    t += runner->period();
    base.advance_to(t);
    return us;
  }

  bool controls;
  show::VirtualShowClock base;
  show::HoldableClock holdable;
  show::ShowController controller;
  show::LightEngine lights;
  show::DisplayQueue display;
  std::unique_ptr<scripting::ScriptHost> host;
  std::unique_ptr<scripting::ShowRunner> runner;
  core::WallTime t{};
};

// Baseline and live-control setups of the same show ticked alternately, tick for tick, so that
// whatever else the machine does hits both alike; one line each.
inline void tick_cost(const char* label, const char* script, int ticks) {
  TickSetup bare(script, false), live(script, true);
  if (!bare.host || !live.host) {
    std::printf("%s: script failed to load\n", label);
    return;
  }
  std::vector<double> us[2];
  for (int i = 0; i < ticks; ++i) {
    us[0].push_back(bare.tick(i));
    us[1].push_back(live.tick(i));
  }
  for (int k = 0; k < 2; ++k) {
    const TickSetup& s = k == 0 ? bare : live;
    std::printf(
        "%-44s %-9s cues=%zu layers=%zu ticks=%d  p50=%.1f us  p99=%.1f us  max=%.1f us  (budget 20000 us)\n",
        label, k == 0 ? "baseline" : "controls", s.host->running_cues(), s.lights.layer_count(), ticks,
        percentile(us[k], 0.5), percentile(us[k], 0.99), percentile(us[k], 1.0));
  }
}

}  // namespace marquee::bench
