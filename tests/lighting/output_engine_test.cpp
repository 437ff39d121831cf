// Protocol logic on a ManualClock: keep-alive, sequence numbers, sync, discovery, failsafe and
// termination, decoded with our parsers from the packets the engine puts in its batch.
#include "lighting/output_engine.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace marquee::lighting {
namespace {

using namespace std::chrono_literals;
using show::Attribute;

constexpr auto kTick = 23ms;

Patch make_patch(std::string_view timing = "") {
  auto p = parse_patch(std::string(timing) + R"(
[[fixtures]]
name = "a"
type = "dimmer"
universe = 1
address = 1
[[fixtures]]
name = "b"
type = "rgb"
universe = 7
address = 1
[[outputs]]
protocol = "sacn"
destination = "127.0.0.1"
[[outputs]]
protocol = "artnet"
destination = "127.0.0.1"
[[safe_look]]
select = "b"
intensity = 1.0
blue = 1.0
)",
                       "engine.toml");
  EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message);
  return std::move(p).value();
}

std::shared_ptr<const show::FixtureFrame> frame(float a, float b = 0.0f) {
  auto f = std::make_shared<show::FixtureFrame>();
  f->fixtures.resize(2);
  f->fixtures[0].set(Attribute::Intensity, a);
  f->fixtures[1].set(Attribute::Intensity, b);
  f->fixtures[1].set(Attribute::Red, 1.0f);
  return f;
}

// What one tick sent, decoded.
struct Sent {
  std::vector<e131::Data> sacn;
  std::vector<artnet::Dmx> artnet;
  int discovery = 0, sacn_sync = 0, artsync = 0;
  std::vector<std::vector<std::uint8_t>> storage;  // keeps decoded spans alive
};

Sent decode(const PacketBatch& batch) {
  Sent s;
  s.storage.reserve(batch.size());
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const auto& bytes = s.storage.emplace_back(batch[i].view().begin(), batch[i].view().end());
    if (batch[i].protocol == Protocol::Sacn) {
      if (auto d = e131::parse_data(bytes))
        s.sacn.push_back(*d);
      else if (e131::parse_sync(bytes))
        ++s.sacn_sync;
      else if (e131::parse_discovery(bytes))
        ++s.discovery;
      else
        ADD_FAILURE() << "undecodable sACN packet";
    } else {
      if (auto d = artnet::parse_dmx(bytes))
        s.artnet.push_back(*d);
      else if (artnet::parse_sync(bytes))
        ++s.artsync;
      else
        ADD_FAILURE() << "undecodable Art-Net packet";
    }
  }
  return s;
}

struct Rig {
  core::ManualClock clock;
  OutputEngine engine;
  PacketBatch batch;
  explicit Rig(const Patch& p = make_patch()) : engine(p, clock.mono_now()) {}
  Sent tick() {
    batch.clear();
    engine.tick(clock.mono_now(), batch);
    Sent s = decode(batch);
    clock.advance(kTick);
    return s;
  }
};

TEST(OutputEngine, FirstTickSendsEveryUniverseBothProtocolsAndDiscovery) {
  Rig r;
  r.engine.on_frame(frame(1.0f), r.clock.mono_now());
  const Sent s = r.tick();
  ASSERT_EQ(s.sacn.size(), 2u);
  ASSERT_EQ(s.artnet.size(), 2u);
  EXPECT_EQ(s.discovery, 1);
  EXPECT_EQ(s.sacn[0].universe, 1);
  EXPECT_EQ(s.sacn[1].universe, 7);
  EXPECT_EQ(s.artnet[0].port_address, 0);  // universe 1 -> Art-Net 0:0:0
  EXPECT_EQ(s.artnet[1].port_address, 6);
  EXPECT_EQ(s.sacn[0].slots[0], 255);
  EXPECT_EQ(s.sacn[0].source_name, "Marquee");
}

// Unchanged data after a change at t=0:
//   tick:  0   1   2   3   4 ........ 39  40 ...
//   send:  X   X   X   X   .  ......   X   .      (change + 3 repeats, then every >= 900 ms)
TEST(OutputEngine, KeepAliveAfterThreeRepeats) {
  Rig r(make_patch("[timing]\nfailsafe_hold_s = 60.0\n"));
  r.engine.on_frame(frame(0.5f), r.clock.mono_now());
  std::string timeline;
  for (int i = 0; i < 90; ++i) timeline += r.tick().sacn.empty() ? '.' : 'X';
  // 900 ms / 23 ms = 39.1: the keep-alive goes out on the first tick at or past 900 ms after
  // the last send (tick 3 at 69 ms -> tick 43 at 989 ms), then 40 ticks later again.
  const std::string expected =
      "XXXX" + std::string(39, '.') + "X" + std::string(39, '.') + "X" + std::string(6, '.');
  EXPECT_EQ(timeline, expected);
}

TEST(OutputEngine, ChangeIsSentAtOnceAndRestartsRepeats) {
  Rig r;
  r.engine.on_frame(frame(0.5f), r.clock.mono_now());
  for (int i = 0; i < 10; ++i) r.tick();
  r.engine.on_frame(frame(0.6f), r.clock.mono_now());
  std::string timeline;
  for (int i = 0; i < 6; ++i) {
    const Sent s = r.tick();
    timeline += s.sacn.empty() ? '.' : (s.sacn.size() == 1 ? '1' : '2');
  }
  EXPECT_EQ(timeline, "1111..");  // only universe 1 changed: sent, 3 repeats, then quiet
}

TEST(OutputEngine, OnlyTheChangedUniverseIsResent) {
  Rig r;
  r.engine.on_frame(frame(0.5f, 0.5f), r.clock.mono_now());
  for (int i = 0; i < 10; ++i) r.tick();
  r.engine.on_frame(frame(0.9f, 0.5f), r.clock.mono_now());
  const Sent s = r.tick();
  ASSERT_EQ(s.sacn.size(), 1u);
  EXPECT_EQ(s.sacn[0].universe, 1);
  EXPECT_EQ(s.sacn[0].slots[0], 230);
}

TEST(OutputEngine, SequencePerUniverseWrapsSacn255To0AndArtNet255To1) {
  Rig r;
  std::vector<int> sacn, art;
  for (int i = 0; i < 300; ++i) {
    r.engine.on_frame(frame(static_cast<float>(i % 2)), r.clock.mono_now());  // changes every tick
    const Sent s = r.tick();
    ASSERT_FALSE(s.sacn.empty()) << "tick " << i;
    ASSERT_EQ(s.sacn[0].universe, 1);
    sacn.push_back(s.sacn[0].sequence);
    art.push_back(s.artnet[0].sequence);
  }
  EXPECT_EQ(sacn[0], 0);
  EXPECT_EQ(sacn[255], 255);
  EXPECT_EQ(sacn[256], 0);
  EXPECT_EQ(art[0], 1);
  EXPECT_EQ(art[254], 255);
  EXPECT_EQ(art[255], 1);
  for (std::size_t i = 1; i < sacn.size(); ++i) EXPECT_EQ(sacn[i], (sacn[i - 1] + 1) % 256);
}

TEST(OutputEngine, DiscoveryEveryTenSeconds) {
  Rig r;
  int discoveries = 0;
  for (int i = 0; i < 1000; ++i) discoveries += r.tick().discovery;  // 23 s
  EXPECT_EQ(discoveries, 3);                                         // at 0, 10, 20 s
}

TEST(OutputEngine, SyncPacketsFollowDataWhenConfigured) {
  Rig r(make_patch("[timing]\nsync_universe = 999\nartsync = true\n"));
  r.engine.on_frame(frame(1.0f), r.clock.mono_now());
  const Sent s = r.tick();
  EXPECT_EQ(s.sacn_sync, 1);
  EXPECT_EQ(s.artsync, 1);
  EXPECT_EQ(s.sacn[0].sync_address, 999);
  for (int i = 0; i < 3; ++i) r.tick();
  EXPECT_EQ(r.tick().sacn_sync, 0);  // nothing sent, nothing to latch
}

// Show silent from t=0: hold 2 s, fade 3 s to the safe look (b: intensity 1, blue).
//   0 ...... 2 s ...... 3.5 s ...... 5 s ......
//   live     hold       half-way     safe
TEST(OutputEngine, FailsafeHoldsThenFadesToTheSafeLook) {
  Rig r(make_patch("[timing]\nfailsafe_hold_s = 2.0\nfailsafe_fade_s = 3.0\n"));
  r.engine.on_frame(frame(1.0f, 1.0f), r.clock.mono_now());
  auto universe7 = [&] {
    r.engine.tick(r.clock.mono_now(), r.batch);
    return r.engine.universes()[1].slots;
  };
  EXPECT_EQ(universe7()[0], 255);  // red
  r.clock.advance(2000ms);
  EXPECT_EQ(r.engine.failsafe_phase(), FailsafePhase::Live);
  EXPECT_EQ(universe7()[0], 255);
  r.clock.advance(1500ms);
  const auto mid = universe7();
  EXPECT_EQ(r.engine.failsafe_phase(), FailsafePhase::Fading);
  EXPECT_EQ(mid[0], 255);  // red held: the safe look does not drive it
  EXPECT_EQ(mid[2], 255);  // blue is set only by the safe look: taken at once (intensity fades)
  EXPECT_EQ(r.engine.universes()[0].slots[0], 128);  // a: intensity 1 -> 0, half-way
  r.clock.advance(1500ms);
  const auto safe = universe7();
  EXPECT_EQ(r.engine.failsafe_phase(), FailsafePhase::Safe);
  EXPECT_EQ(safe[0], 255);
  EXPECT_EQ(safe[2], 255);
  EXPECT_EQ(r.engine.universes()[0].slots[0], 0);  // not in the safe look: dark
  r.engine.on_frame(frame(0.2f, 0.0f), r.clock.mono_now());
  universe7();
  EXPECT_EQ(r.engine.failsafe_phase(), FailsafePhase::Live);
  EXPECT_EQ(r.engine.universes()[0].slots[0], 51);
}

TEST(OutputEngine, FailsafeFadesIntensityLinearly) {
  Rig r(make_patch("[timing]\nfailsafe_hold_s = 1.0\nfailsafe_fade_s = 2.0\n"));
  r.engine.on_frame(frame(1.0f, 0.0f), r.clock.mono_now());
  r.clock.advance(2000ms);  // half-way through the fade
  r.engine.tick(r.clock.mono_now(), r.batch);
  EXPECT_EQ(r.engine.universes()[0].slots[0], 128);  // a: 1.0 -> 0.0
}

TEST(OutputEngine, TerminateSendsThreeStreamTerminatedPacketsPerUniverse) {
  Rig r;
  r.engine.on_frame(frame(1.0f), r.clock.mono_now());
  const Sent first = r.tick();
  r.batch.clear();
  r.engine.terminate(r.batch);
  const Sent s = decode(r.batch);
  ASSERT_EQ(s.sacn.size(), 6u);
  EXPECT_TRUE(s.artnet.empty());
  std::ostringstream seq;
  for (const auto& d : s.sacn) {
    EXPECT_EQ(d.options & e131::kOptionTerminated, e131::kOptionTerminated);
    seq << d.universe << ":" << int(d.sequence) << " ";
  }
  EXPECT_EQ(seq.str(), "1:1 7:1 1:2 7:2 1:3 7:3 ");
}

TEST(OutputEngine, PollRepliesOnePerArtNetPort) {
  Rig r;
  r.engine.poll_replies({ipv4(127, 0, 0, 1), 40000}, ipv4(127, 0, 0, 1), r.batch);
  ASSERT_EQ(r.batch.size(), 2u);
  auto reply = artnet::parse_poll_reply(r.batch[1].view());
  ASSERT_TRUE(reply.ok());
  EXPECT_EQ(reply->bind_index, 2);
  EXPECT_EQ(reply->port_address, 6);
  EXPECT_EQ(r.batch[1].to.port, 40000);
}

TEST(OutputEngine, GrandMasterAndBlackoutReachTheWire) {
  Rig r;
  r.engine.on_frame(frame(1.0f), r.clock.mono_now());
  r.tick();
  r.engine.set_masters({0.5f, false});
  EXPECT_EQ(r.tick().sacn.at(0).slots[0], 128);
  r.engine.set_masters({1.0f, true});
  EXPECT_EQ(r.tick().sacn.at(0).slots[0], 0);
}

}  // namespace
}  // namespace marquee::lighting
