// Show tick cost: one ShowRunner tick (due cues, fades, merge, frame) with 1,000 fixtures fading
// and 500 cues waiting, bare and with live show control (show_tick_scenario.hpp); plus how long a
// runaway cue runs before the budget stops it.
// Prints figures; no pass/fail (speed targets live here, not in unit tests).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "show_tick_scenario.hpp"

namespace {

using namespace marquee;
using Clock = std::chrono::steady_clock;
using bench::big_rig;
using bench::percentile;

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
  // Each scenario bare and with live show control, ticked alternately in the same run.
  bench::tick_cost("1000 fixtures fading (1 cue), 500 waiting", one_layer.c_str(), 3000);
  bench::tick_cost("1000 fixtures fading (10 cues), 500 waiting", many_layers.c_str(), 3000);
  bench::tick_cost("500 waiting cues only", waiting, 3000);
  runaway_stop_latency();
  return 0;
}
