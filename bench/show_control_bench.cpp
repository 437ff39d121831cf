// Live show control figures, in one run:
//  1. GO -> first DMX frame carrying the cue's values: the production path (ShowThread on the
//     wall clock at 50 Hz with a ShowController, the lighting OutputThread at 44 Hz) and a UDP
//     receiver on 127.0.0.1 that decodes sACN; 200 GOs, each followed by a Stop back to dark.
//  2. Show tick cost bare vs with live control (show_tick_scenario.hpp), same scenarios as
//     show_tick_bench.
// Prints figures; no pass/fail.
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <thread>
#include <vector>

#include "../tests/lighting/udp_receiver.hpp"
#include "lighting/e131_packets.hpp"
#include "lighting/output_thread.hpp"
#include "lighting/patch.hpp"
#include "scripting/show_runner.hpp"
#include "show/holdable_clock.hpp"
#include "show/show_controller.hpp"
#include "show_tick_scenario.hpp"

namespace {

using namespace marquee;
using Steady = std::chrono::steady_clock;

// Waits for a universe-1 packet whose slot 1 is `value`; returns when it arrived (or nothing).
std::optional<Steady::time_point> wait_for(lighting::testing::UdpReceiver& rx, std::uint8_t value) {
  const auto give_up = Steady::now() + std::chrono::seconds{2};
  while (Steady::now() < give_up) {
    auto d = rx.receive(std::chrono::milliseconds{100});
    if (!d) continue;
    auto p = lighting::e131::parse_data(d->bytes);
    if (p && p->universe == 1 && !p->slots.empty() && p->slots[0] == value) return d->at;
  }
  return std::nullopt;
}

void go_to_dmx_latency(int gos) {
  lighting::testing::UdpReceiver rx;
  const std::string patch_text = "[source]\nname = \"GO bench\"\nkiosk_id = \"bench\"\n[timing]\nartnet_bind_port = 0\n"
                                 "[[fixtures]]\nname = \"d.{n}\"\ncount = 8\ntype = \"dimmer\"\nuniverse = 1\naddress = 1\n"
                                 "[[outputs]]\nprotocol = \"sacn\"\ndestination = \"127.0.0.1\"\nport = " +
                                 std::to_string(rx.port()) + "\n";
  auto patch = lighting::parse_patch(patch_text, "bench.toml");
  if (!patch) {
    std::printf("patch: %s\n", patch.error().message.c_str());
    return;
  }
  auto output = lighting::OutputThread::start(*patch, {"127.0.0.1", 0});
  if (!output) {
    std::printf("output: %s\n", output.error().message.c_str());
    return;
  }
  const auto script = std::filesystem::temp_directory_path() / "marquee_go_bench.lua";
  std::FILE* f = std::fopen(script.c_str(), "w");
  std::fputs("cue('up', function() light.set('d.1', { intensity = 1 }) end)\n", f);
  std::fclose(f);
  show::WallShowClock wall;
  show::HoldableClock holdable(wall);
  show::ShowController controller(holdable, output->get());
  show::DisplayQueue display;
  scripting::ShowThreadConfig cfg;
  cfg.rig = patch->rig();
  cfg.scripts = {script};
  cfg.host.lib_dir = MARQUEE_SOURCE_DIR "/scripting/lib";
  std::vector<double> ms;
  int lost = 0;
  {
    scripting::ShowThread thread(std::move(cfg), wall, display, output->get(), &controller);
    std::this_thread::sleep_for(std::chrono::milliseconds{300});  // loaded, ticking, output dark
    for (int i = 0; i < gos; ++i) {
      while (rx.receive(std::chrono::milliseconds{0})) {
      }
      const auto sent = Steady::now();
      (void)controller.submit(show::ShowCommand::go("up", "bench"));
      const auto lit = wait_for(rx, 255);
      if (!lit) {
        ++lost;
      } else {
        ms.push_back(std::chrono::duration<double, std::milli>(*lit - sent).count());
      }
      (void)controller.submit(show::ShowCommand::stop("up", "bench"));
      (void)wait_for(rx, 0);
      // A random phase against both tick grids, as a person pressing GO has.
      std::this_thread::sleep_for(std::chrono::microseconds{3000 + (i * 7919) % 17000});
    }
  }
  (*output)->stop();
  std::filesystem::remove(script);
  if (ms.empty()) {
    std::printf("GO -> DMX: no GO reached the wire\n");
    return;
  }
  std::printf(
      "GO -> first DMX frame with the cue's values (show 50 Hz, output 44 Hz, sACN on 127.0.0.1): %zu GOs  "
      "p50=%.1f ms  p99=%.1f ms  max=%.1f ms  lost=%d\n",
      ms.size(), bench::percentile(ms, 0.5), bench::percentile(ms, 0.99), bench::percentile(ms, 1.0), lost);
}

}  // namespace

int main() {
  spdlog::set_level(spdlog::level::warn);  // 400 commands' log lines would drown the figures
  go_to_dmx_latency(200);
  const char* waiting = "for i = 1, 500 do spawn(function() wait(3600) end) end\n";
  const std::string one_layer = std::string(waiting) +
                                "light.fade('*', {intensity = 1, color = '#ff8000'}, 3600, 'ease-in-out')\n"
                                "wait(3600)\n";
  bench::tick_cost("1000 fixtures fading (1 cue), 500 waiting", one_layer.c_str(), 3000);
  return 0;
}
