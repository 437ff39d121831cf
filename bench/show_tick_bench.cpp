// Show tick cost: one ShowRunner tick (due cues, fades, merge, frame) with 1,000 fixtures fading
// and 500 cues waiting; plus how long a runaway cue runs before the budget stops it.
// Prints figures; no pass/fail (speed targets live here, not in unit tests).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"

namespace {

using namespace marquee;
using Clock = std::chrono::steady_clock;

show::Rig big_rig(int n) {
  std::vector<show::FixtureInfo> f;
  const std::vector<show::Attribute> rgbi = {show::Attribute::Intensity, show::Attribute::Red,
                                             show::Attribute::Green, show::Attribute::Blue};
  for (int i = 0; i < n; ++i) {
    const std::string zone = "z" + std::to_string(i / 100);
    f.push_back({"fx." + zone + "." + std::to_string(i), {"all", zone}, zone, rgbi});
  }
  return show::Rig(std::move(f));
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

void tick_cost(const char* label, const char* script, int ticks) {
  show::VirtualShowClock clock(core::WallTime{std::chrono::hours{24 * 365 * 56}});
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
  core::WallTime t = clock.now();
  for (int i = 0; i < ticks; ++i) {
    const auto begin = Clock::now();
    runner.tick(t, {});
    us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - begin).count());
    t += runner.period();
    clock.advance_to(t);
  }
  std::printf(
      "%-44s cues=%zu layers=%zu ticks=%d  p50=%.1f us  p99=%.1f us  max=%.1f us  (budget 20000 us)\n", label,
      (*host)->running_cues(), lights.layer_count(), ticks, percentile(us, 0.5), percentile(us, 0.99),
      percentile(us, 1.0));
}

void runaway_stop_latency() {
  show::VirtualShowClock clock(core::WallTime{});
  show::LightEngine lights(big_rig(10));
  show::DisplayQueue display;
  auto host = scripting::ScriptHost::create({}, clock, lights, display);
  if (!host) return;
  std::vector<double> ms;
  for (int i = 0; i < 5; ++i) {
    const auto begin = Clock::now();
    (void)(*host)->load_string("loop.lua", "while true do end");
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
  }
  std::printf(
      "runaway cue (while true do end) stopped after: min=%.1f ms  max=%.1f ms  (deadline 50 ms, limit 100 "
      "ms)\n",
      percentile(ms, 0.0), percentile(ms, 1.0));
}

}  // namespace

int main() {
  const char* waiting = "for i = 1, 500 do spawn(function() wait(3600) end) end\n";
  const std::string one_layer = std::string(waiting) +
                                "light.fade('*', {intensity = 1, color = '#ff8000'}, 3600, 'ease-in-out')\n"
                                "wait(3600)\n";
  const std::string many_layers =
      std::string(waiting) +
      "for z = 0, 9 do spawn(function()\n"
      "  light.fade('z' .. z, {intensity = 1, color = '#00ff80'}, 3600, 'linear')\n"
      "  wait(3600) end) end\n";
  tick_cost("1000 fixtures fading (1 cue), 500 waiting", one_layer.c_str(), 3000);
  tick_cost("1000 fixtures fading (10 cues), 500 waiting", many_layers.c_str(), 3000);
  tick_cost("500 waiting cues only", waiting, 3000);
  runaway_stop_latency();
  return 0;
}
