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

inline void tick_cost(const char* label, const char* script, int ticks, bool controls) {
  using Clock = std::chrono::steady_clock;
  show::VirtualShowClock base(core::WallTime{std::chrono::hours{24 * 365 * 56}});
  show::HoldableClock holdable(base);
  show::ShowController controller(holdable, nullptr);
  const show::ShowClock& clock = controls ? static_cast<const show::ShowClock&>(holdable) : base;
  show::LightEngine lights(big_rig(1000));
  show::DisplayQueue display;
  scripting::HostOptions options;
  options.lib_dir = MARQUEE_SOURCE_DIR "/scripting/lib";
  auto host = scripting::ScriptHost::create(options, clock, lights, display);
  if (!host || !(*host)->load_string("bench.lua", script).ok()) {
    std::printf("%s: script failed to load\n", label);
    return;
  }
  scripting::ShowRunner runner(**host, lights);
  std::vector<double> us;
  us.reserve(static_cast<std::size_t>(ticks));
  core::WallTime t = base.now();
  for (int i = 0; i < ticks; ++i) {
    if (controls) {  // commands arrive from the UI thread between ticks; not part of the tick
      if (i % 500 == 250) (void)controller.submit(show::ShowCommand::shift(60, "bench"));
      if (i % 1000 == 100) (void)controller.submit(show::ShowCommand::simple(show::ShowAction::Hold, "bench"));
      if (i % 1000 == 200) (void)controller.submit(show::ShowCommand::simple(show::ShowAction::Resume, "bench"));
    }
    const auto begin = Clock::now();
    if (controls) {
      controller.run_pending(**host);
      const core::WallTime show_now = holdable.show_time_at(t);
      runner.tick(show_now, {});
      if (i % scripting::ShowThread::kSnapshotTicks == 0)
        controller.publish(scripting::make_snapshot(**host, show_now, static_cast<std::uint64_t>(i)));
    } else {
      runner.tick(t, {});
    }
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - begin).count());
    t += runner.period();
    base.advance_to(t);
  }
  std::printf(
      "%-44s %-9s cues=%zu layers=%zu ticks=%d  p50=%.1f us  p99=%.1f us  max=%.1f us  (budget 20000 us)\n",
      label, controls ? "controls" : "baseline", (*host)->running_cues(), lights.layer_count(), ticks,
      percentile(us, 0.5), percentile(us, 0.99), percentile(us, 1.0));
}

}  // namespace marquee::bench
