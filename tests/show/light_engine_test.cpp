#include "show/light_engine.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace marquee::show {
namespace {

using namespace std::chrono_literals;
using core::WallTime;

const std::vector<Attribute> kRgbDimmer = {Attribute::Intensity, Attribute::Red, Attribute::Green,
                                           Attribute::Blue};

Rig test_rig() {
  std::vector<FixtureInfo> f;
  for (const char* zone : {"north", "east", "south", "west"}) {
    for (int i = 1; i <= 2; ++i) {
      f.push_back(
          {std::string("facade.") + zone + ".0" + std::to_string(i), {"facade", zone}, zone, kRgbDimmer});
    }
  }
  f.push_back({"lobby.01", {"lobby"}, "lobby", {Attribute::Intensity}});
  return Rig(std::move(f));
}

FixtureValues values(std::initializer_list<std::pair<Attribute, float>> list) {
  FixtureValues v;
  for (auto [a, x] : list) v.set(a, x);
  return v;
}

const WallTime t0{std::chrono::hours{24 * 365 * 56}};

float intensity(LightEngine& e, WallTime t, std::size_t fixture) {
  e.tick(t);
  return e.frame()->fixtures[fixture].get(Attribute::Intensity);
}

// fade facade.* intensity 0 -> 1 over 4 s, ease-in-out:
//   t:     0     1      2     3      4     5
//   I:     0   0.125   0.5  0.875    1     1
TEST(LightEngine, FadeProducesExactEasedValuesAtSampledTimes) {
  LightEngine e(test_rig());
  const LayerId cue = e.add_layer();
  ASSERT_TRUE(
      e.fade(cue, "facade.*", values({{Attribute::Intensity, 1.0f}}), 4s, Easing::EaseInOut, t0).ok());
  const std::vector<std::pair<std::chrono::milliseconds, float>> expected = {
      {0ms, 0.0f}, {1000ms, 0.125f}, {2000ms, 0.5f}, {3000ms, 0.875f}, {4000ms, 1.0f}, {5000ms, 1.0f}};
  std::vector<float> got;
  std::ostringstream seq;
  for (auto [at, want] : expected) {
    got.push_back(intensity(e, t0 + at, 0));
    seq << at.count() << "ms:" << got.back() << " ";
  }
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_FLOAT_EQ(got[i], expected[i].second) << seq.str();
  EXPECT_FALSE(e.animating());
}

TEST(LightEngine, FadeStartsFromWhatIsOnStage) {
  LightEngine e(test_rig());
  const LayerId a = e.add_layer(), b = e.add_layer();
  ASSERT_TRUE(e.set(a, "facade.north.*", values({{Attribute::Red, 0.8f}})).ok());
  e.tick(t0);
  e.frame();
  ASSERT_TRUE(e.fade(b, "north", values({{Attribute::Red, 0.0f}}), 2s, Easing::Linear, t0).ok());
  e.tick(t0 + 1s);
  EXPECT_FLOAT_EQ(e.frame()->fixtures[0].get(Attribute::Red), 0.4f);  // b is newer: LTP
}

TEST(LightEngine, SetOnlyDrivesAttributesTheFixtureHas) {
  LightEngine e(test_rig());
  const LayerId a = e.add_layer();
  ASSERT_TRUE(e.set(a, "*", values({{Attribute::Intensity, 0.5f}, {Attribute::Red, 1.0f}})).ok());
  const auto f = e.frame();
  EXPECT_FLOAT_EQ(f->fixtures[8].get(Attribute::Intensity), 0.5f);
  EXPECT_FALSE(f->fixtures[8].is_set(Attribute::Red));
  EXPECT_TRUE(f->fixtures[0].is_set(Attribute::Red));
}

TEST(LightEngine, UnknownSelectorIsAnError) {
  LightEngine e(test_rig());
  const auto st = e.set(e.add_layer(), "stage.*", values({{Attribute::Intensity, 1.0f}}));
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message, "no fixture matches \"stage.*\"");
}

TEST(LightEngine, RemovingALayerTakesItsValuesOffStage) {
  LightEngine e(test_rig());
  const LayerId a = e.add_layer();
  ASSERT_TRUE(e.set(a, "lobby", values({{Attribute::Intensity, 1.0f}})).ok());
  EXPECT_FLOAT_EQ(e.frame()->fixtures[8].get(Attribute::Intensity), 1.0f);
  e.remove_layer(a);
  EXPECT_FALSE(e.frame()->fixtures[8].is_set(Attribute::Intensity));
  EXPECT_EQ(e.layer_count(), 0u);
}

// chase over the 8 facade fixtures, period 8 s, width 1: the head moves one fixture per second.
//   t=0  #.......   t=1  .#......   t=7  .......#
TEST(LightEngine, ChaseStepsOneFixturePerSlice) {
  LightEngine e(test_rig());
  const LayerId a = e.add_layer();
  EffectSpec chase;
  chase.selector = "facade";
  chase.period_s = 8.0;
  ASSERT_TRUE(e.start_effect(a, chase, t0).ok());
  for (int s : {0, 1, 7}) {
    e.tick(t0 + std::chrono::seconds{s});
    const auto f = e.frame();
    std::string row;
    for (std::size_t i = 0; i < 8; ++i) row += f->fixtures[i].get(Attribute::Intensity) > 0.5f ? '#' : '.';
    std::string want(8, '.');
    want[static_cast<std::size_t>(s)] = '#';
    EXPECT_EQ(row, want) << "t=" << s;
  }
}

// wave across 4 zones, period 4 s: each zone a quarter cycle behind the previous one.
TEST(LightEngine, WaveRollsAcrossZones) {
  LightEngine e(test_rig());
  EffectSpec wave;
  wave.kind = EffectSpec::Kind::Wave;
  wave.selector = "facade";
  wave.period_s = 4.0;
  ASSERT_TRUE(e.start_effect(e.add_layer(), wave, t0).ok());
  e.tick(t0 + 1s);  // north at peak (sin 90deg), east at 0.5, south at trough, west at 0.5
  const auto f = e.frame();
  EXPECT_NEAR(f->fixtures[0].get(Attribute::Intensity), 1.0f, 1e-5);
  EXPECT_NEAR(f->fixtures[2].get(Attribute::Intensity), 0.5f, 1e-5);
  EXPECT_NEAR(f->fixtures[4].get(Attribute::Intensity), 0.0f, 1e-5);
  EXPECT_NEAR(f->fixtures[6].get(Attribute::Intensity), 0.5f, 1e-5);
  EXPECT_TRUE(e.animating());
}

TEST(LightEngine, WaveWithZeroSpreadMovesTheSelectionInStep) {
  LightEngine e(test_rig());
  EffectSpec wave;
  wave.kind = EffectSpec::Kind::Wave;
  wave.selector = "north";
  wave.period_s = 4.0;
  wave.spread = 0.0f;
  ASSERT_TRUE(e.start_effect(e.add_layer(), wave, t0).ok());
  e.tick(t0 + 1s);
  const auto f = e.frame();
  EXPECT_NEAR(f->fixtures[0].get(Attribute::Intensity), 1.0f, 1e-5);
  EXPECT_NEAR(f->fixtures[1].get(Attribute::Intensity), 1.0f, 1e-5);
}

TEST(LightEngine, DescribesValues) {
  EXPECT_EQ(describe_values(values({{Attribute::Intensity, 0.5f}, {Attribute::Blue, 1.0f}})),
            "intensity=0.5 blue=1");
}

}  // namespace
}  // namespace marquee::show
