#pragma once
// A show with live control wired as in a kiosk — script host on a HoldableClock, ShowController,
// the real lighting OutputThread sending sACN to a real UDP receiver on 127.0.0.1 — but ticked by
// the test on a virtual base clock, so show time is exact and the DMX is what a node would get.
// Rig (universe 1): dimmers d.1 (slot 1) and d.2 (slot 2); a dimmerless RGB "c" (slots 3-5).
#include <gtest/gtest.h>

#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "../lighting/udp_receiver.hpp"
#include "lighting/e131_packets.hpp"
#include "lighting/output_thread.hpp"
#include "lighting/patch.hpp"
#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "show/holdable_clock.hpp"
#include "show/show_controller.hpp"

namespace marquee::scripting::testing {

using Dmx = std::array<std::uint8_t, 5>;

inline lighting::Patch live_patch(std::uint16_t port) {
  const std::string text = R"([source]
name = "Show control test"
kiosk_id = "live"
[timing]
artnet_bind_port = 0
[[fixtures]]
name = "d.{n}"
count = 2
type = "dimmer"
universe = 1
address = 1
[[fixtures]]
name = "c"
type = "rgb"
universe = 1
address = 3
[[outputs]]
protocol = "sacn"
destination = "127.0.0.1"
port = )" + std::to_string(port) + "\n";
  auto p = lighting::parse_patch(text, "live.toml");
  EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message);
  return std::move(p).value();
}

struct LiveShow {
  explicit LiveShow(core::WallTime start = core::WallTime{std::chrono::hours{24 * 365 * 56}})
      : patch(live_patch(receiver.port())), base(start), clock(base), lights(patch.rig()) {
    auto out = lighting::OutputThread::start(patch, {"127.0.0.1", 0});
    EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message);
    output = std::move(*out);
    HostOptions options;
    options.step_deadline = std::chrono::milliseconds{250};
    options.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
    auto created = ScriptHost::create(options, clock, lights, display);
    EXPECT_TRUE(created.ok());
    host = std::move(*created);
    host->on_error([this](const ScriptError& e) { errors.push_back(e); });
    runner = std::make_unique<ShowRunner>(*host, lights);
    controller = std::make_unique<show::ShowController>(clock, output.get());
  }
  ~LiveShow() {
    if (output) output->stop();
  }

  // One show-thread tick, as ShowThread does it: queued commands, then the tick at show time.
  void tick() {
    base.advance_to(base.now() + runner->period());
    controller->run_pending(*host);
    runner->tick(clock.now(), [this](core::WallTime, const auto& frame) { output->submit(frame); });
  }
  void tick_for(core::Millis d) {
    for (auto n = d / runner->period(); n > 0; --n) tick();
  }

  // Throws away what is queued on the receiver (packets sent before the moment of interest).
  void drain() {
    while (receiver.receive(std::chrono::milliseconds{0})) {
    }
  }
  // The next universe-1 data packet's first five slots, or nullopt after `timeout` of silence.
  std::optional<Dmx> next_dmx(std::chrono::milliseconds timeout = std::chrono::milliseconds{1000}) {
    for (int i = 0; i < 100; ++i) {
      auto d = receiver.receive(timeout);
      if (!d) return std::nullopt;
      auto p = lighting::e131::parse_data(d->bytes);
      if (!p || p->universe != 1 || p->slots.size() < 5) continue;
      Dmx out{};
      for (std::size_t s = 0; s < out.size(); ++s) out[s] = p->slots[s];
      return out;
    }
    return std::nullopt;
  }
  // Reads packets until one satisfies `pred`, for at most 3 s: the look has reached the wire.
  template <class Pred>
  std::optional<Dmx> wait_dmx(Pred pred) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds{3};
    while (std::chrono::steady_clock::now() < give_up) {
      auto d = next_dmx();
      if (!d) return std::nullopt;
      if (pred(*d)) return d;
    }
    return std::nullopt;
  }

  lighting::testing::UdpReceiver receiver;
  lighting::Patch patch;
  show::VirtualShowClock base;
  show::HoldableClock clock;
  show::LightEngine lights;
  show::DisplayQueue display;
  std::unique_ptr<lighting::OutputThread> output;
  std::unique_ptr<ScriptHost> host;
  std::unique_ptr<ShowRunner> runner;
  std::unique_ptr<show::ShowController> controller;
  std::vector<ScriptError> errors;
};

}  // namespace marquee::scripting::testing
