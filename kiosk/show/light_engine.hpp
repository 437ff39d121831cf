#pragma once
// Fixture values over time: each cue writes into its own Layer through sets, fades and effects;
// tick(now) advances them and frame() merges all layers (HTP intensity, LTP the rest).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "show/easing.hpp"
#include "show/fixture_frame.hpp"
#include "show/layers.hpp"

namespace marquee::show {

using LayerId = std::uint32_t;

// A moving look: a chase steps one block of `width` fixtures along the selection once per `period`;
// a wave rolls a sine across the selection's zones (or fixtures, if they share one zone).
struct EffectSpec {
  enum class Kind { Chase, Wave };
  Kind kind = Kind::Chase;
  std::string selector;
  Attribute attribute = Attribute::Intensity;
  float low = 0.0f, high = 1.0f;
  double period_s = 2.0;
  int width = 1;        // chase: fixtures lit at once
  float spread = 1.0f;  // wave: cycles spread across the selection (0: all in step)
};

// "intensity=0.5 red=1" for logs.
std::string describe_values(const FixtureValues& v);

class LightEngine {
 public:
  explicit LightEngine(Rig rig);
  const Rig& rig() const { return rig_; }

  LayerId add_layer();
  void remove_layer(LayerId id);  // its values leave the output
  // Sets values at once (cancelling running fades of the same attributes in this layer).
  core::Status set(LayerId id, std::string_view selector, const FixtureValues& values);
  // Fades from what is on stage now to `target` over `duration`.
  core::Status fade(LayerId id, std::string_view selector, const FixtureValues& target, core::Millis duration,
                    Easing easing, core::WallTime now);
  core::Status start_effect(LayerId id, EffectSpec spec, core::WallTime now);
  // Drops this layer's values, fades and effects on the selected fixtures.
  core::Status release(LayerId id, std::string_view selector);

  void tick(core::WallTime now);
  // Merges every layer; the returned frame is immutable and numbered.
  std::shared_ptr<const FixtureFrame> frame();
  // True while any fade or effect is running (the virtual clock may skip idle time otherwise).
  bool animating() const;
  std::size_t layer_count() const;

 private:
  struct Fade {
    float from = 0, to = 0;
    core::WallTime start{};
    core::Millis duration{0};
    Easing easing = Easing::Linear;
    std::uint64_t stamp = 0;
    bool active = false;
  };
  struct Effect {
    EffectSpec spec;
    std::vector<std::size_t> fixtures;
    std::vector<float> phase;  // 0..1 per fixture (wave)
    core::WallTime start{};
    std::uint64_t stamp = 0;
  };
  struct LayerState {
    Layer layer{0};
    std::vector<Fade> fades;  // fixture * kAttributeCount
    std::size_t active_fades = 0;
    std::vector<Effect> effects;
    bool in_use = false;
  };
  // Calls fn(fixture, attribute index) for every attribute `values` sets on each of `fixtures`
  // that has it: what set() and fade() both walk.
  template <typename Fn>
  void for_each_target(const std::vector<std::size_t>& fixtures, const FixtureValues& values, Fn&& fn) const;

  core::Result<std::vector<std::size_t>> select(std::string_view selector) const;
  LayerState& state(LayerId id);
  LayerState fresh_layer() const;
  void write(LayerState& s, std::size_t fixture, std::size_t attr, float v, std::uint64_t stamp);
  void cancel_fade(LayerState& s, std::size_t slot);
  void tick_fades(LayerState& s, core::WallTime now);
  void tick_effect(LayerState& s, const Effect& e, core::WallTime now);
  float on_stage(std::size_t fixture, std::size_t attr) const;

  Rig rig_;
  std::vector<LayerState> layers_;
  std::uint64_t stamp_counter_ = 0;
  std::uint64_t serial_ = 0;
  std::shared_ptr<const FixtureFrame> last_;
};

}  // namespace marquee::show
