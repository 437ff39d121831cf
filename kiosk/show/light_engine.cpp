#include "show/light_engine.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

#include "core/check.hpp"

namespace marquee::show {
namespace {

std::vector<float> wave_phases(const Rig& rig, const std::vector<std::size_t>& fixtures) {
  std::vector<std::string> zones;
  for (std::size_t f : fixtures) {
    const auto& z = rig.fixtures()[f].zone;
    if (std::find(zones.begin(), zones.end(), z) == zones.end()) zones.push_back(z);
  }
  std::vector<float> phase(fixtures.size());
  for (std::size_t i = 0; i < fixtures.size(); ++i) {
    if (zones.size() > 1) {
      const auto& z = rig.fixtures()[fixtures[i]].zone;
      const auto zi = std::find(zones.begin(), zones.end(), z) - zones.begin();
      phase[i] = static_cast<float>(zi) / static_cast<float>(zones.size());
    } else {
      phase[i] = static_cast<float>(i) / static_cast<float>(fixtures.size());
    }
  }
  return phase;
}

}  // namespace

std::string describe_values(const FixtureValues& v) {
  std::string out;
  for (std::size_t a = 0; a < kAttributeCount; ++a) {
    if (!v.is_set(static_cast<Attribute>(a))) continue;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%s=%.3g", out.empty() ? "" : " ",
                  std::string(attribute_name(static_cast<Attribute>(a))).c_str(),
                  static_cast<double>(v.value[a]));
    out += buf;
  }
  return out;
}

LightEngine::LightEngine(Rig rig) : rig_(std::move(rig)) {}

LayerId LightEngine::add_layer() {
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    if (!layers_[i].in_use) {
      layers_[i] = fresh_layer();
      return static_cast<LayerId>(i);
    }
  }
  layers_.push_back(fresh_layer());
  return static_cast<LayerId>(layers_.size() - 1);
}

void LightEngine::remove_layer(LayerId id) {
  if (id < layers_.size()) layers_[id] = LayerState{};
}

LightEngine::LayerState LightEngine::fresh_layer() const {
  LayerState s;
  s.layer = Layer(rig_.size());
  s.in_use = true;
  return s;
}

LightEngine::LayerState& LightEngine::state(LayerId id) {
  MARQUEE_CHECK(id < layers_.size() && layers_[id].in_use, "a layer id that was never added or was removed");
  LayerState& s = layers_[id];
  if (s.fades.empty()) s.fades.resize(rig_.size() * kAttributeCount);
  return s;
}

core::Result<std::vector<std::size_t>> LightEngine::select(std::string_view selector) const {
  auto out = rig_.select(selector);
  if (out.empty()) return core::make_error("no fixture matches \"" + std::string(selector) + "\"");
  return out;
}

void LightEngine::write(LayerState& s, std::size_t fixture, std::size_t attr, float v, std::uint64_t stamp) {
  s.layer.values[fixture].set(static_cast<Attribute>(attr), std::clamp(v, 0.0f, 1.0f));
  s.layer.stamp[fixture][attr] = stamp;
}

void LightEngine::cancel_fade(LayerState& s, std::size_t slot) {
  if (s.fades[slot].active) {
    s.fades[slot].active = false;
    --s.active_fades;
  }
}

template <typename Fn>
void LightEngine::for_each_target(const std::vector<std::size_t>& fixtures, const FixtureValues& values, Fn&& fn) const {
  for (std::size_t f : fixtures) {
    for (std::size_t a = 0; a < kAttributeCount; ++a) {
      const auto attr = static_cast<Attribute>(a);
      if (values.is_set(attr) && rig_.fixtures()[f].has(attr)) fn(f, a);
    }
  }
}

core::Status LightEngine::set(LayerId id, std::string_view selector, const FixtureValues& values) {
  auto fixtures = select(selector);
  if (!fixtures) return fixtures.error();
  LayerState& s = state(id);
  const std::uint64_t stamp = ++stamp_counter_;
  for_each_target(*fixtures, values, [&](std::size_t f, std::size_t a) {
    cancel_fade(s, f * kAttributeCount + a);
    write(s, f, a, values.value[a], stamp);
  });
  return core::Ok{};
}

float LightEngine::on_stage(std::size_t fixture, std::size_t attr) const {
  if (!last_ || fixture >= last_->fixtures.size()) return 0.0f;
  return last_->fixtures[fixture].get(static_cast<Attribute>(attr), 0.0f);
}

core::Status LightEngine::fade(LayerId id, std::string_view selector, const FixtureValues& target,
                               core::Millis duration, Easing easing, core::WallTime now) {
  auto fixtures = select(selector);
  if (!fixtures) return fixtures.error();
  LayerState& s = state(id);
  const std::uint64_t stamp = ++stamp_counter_;
  for_each_target(*fixtures, target, [&](std::size_t f, std::size_t a) {
    Fade& fd = s.fades[f * kAttributeCount + a];
    // Start from what the audience sees: this layer's own value, else the merged output.
    const auto attr = static_cast<Attribute>(a);
    const float from = s.layer.values[f].is_set(attr) ? s.layer.values[f].value[a] : on_stage(f, a);
    if (!fd.active) ++s.active_fades;
    fd = Fade{from, target.value[a], now, duration, easing, stamp, true};
    write(s, f, a, from, stamp);
  });
  tick_fades(s, now);
  return core::Ok{};
}

core::Status LightEngine::start_effect(LayerId id, EffectSpec spec, core::WallTime now) {
  auto fixtures = select(spec.selector);
  if (!fixtures) return fixtures.error();
  if (spec.period_s <= 0.0) return core::make_error("effect period must be positive");
  LayerState& s = state(id);
  Effect e{std::move(spec), std::move(*fixtures), {}, now, ++stamp_counter_};
  e.phase = wave_phases(rig_, e.fixtures);
  for (float& p : e.phase) p *= e.spec.spread;
  s.effects.push_back(std::move(e));
  tick_effect(s, s.effects.back(), now);
  return core::Ok{};
}

core::Status LightEngine::release(LayerId id, std::string_view selector) {
  auto fixtures = select(selector);
  if (!fixtures) return fixtures.error();
  LayerState& s = state(id);
  for (std::size_t f : *fixtures) {
    s.layer.values[f] = FixtureValues{};
    for (std::size_t a = 0; a < kAttributeCount; ++a) cancel_fade(s, f * kAttributeCount + a);
  }
  std::erase_if(s.effects, [&](const Effect& e) {
    return std::any_of(e.fixtures.begin(), e.fixtures.end(), [&](std::size_t f) {
      return std::find(fixtures->begin(), fixtures->end(), f) != fixtures->end();
    });
  });
  return core::Ok{};
}

void LightEngine::tick_fades(LayerState& s, core::WallTime now) {
  if (s.active_fades == 0) return;
  for (std::size_t slot = 0; slot < s.fades.size(); ++slot) {
    Fade& fd = s.fades[slot];
    if (!fd.active) continue;
    const double elapsed = std::chrono::duration<double>(now - fd.start).count();
    const double total = std::chrono::duration<double>(fd.duration).count();
    const float t = total <= 0.0 ? 1.0f : static_cast<float>(elapsed / total);
    write(s, slot / kAttributeCount, slot % kAttributeCount, fd.from + (fd.to - fd.from) * ease(fd.easing, t),
          fd.stamp);
    if (t >= 1.0f) cancel_fade(s, slot);
  }
}

void LightEngine::tick_effect(LayerState& s, const Effect& e, core::WallTime now) {
  const double cycles = std::chrono::duration<double>(now - e.start).count() / e.spec.period_s;
  const auto attr = static_cast<std::size_t>(e.spec.attribute);
  const std::size_t n = e.fixtures.size();
  const auto head =
      static_cast<std::size_t>(std::floor((cycles - std::floor(cycles)) * static_cast<double>(n)));
  for (std::size_t i = 0; i < n; ++i) {
    float level;
    if (e.spec.kind == EffectSpec::Kind::Chase) {
      const std::size_t behind = (i + n - head % n) % n;  // how far fixture i is past the head
      level = behind < static_cast<std::size_t>(std::max(1, e.spec.width)) ? 1.0f : 0.0f;
    } else {
      level = static_cast<float>(0.5 + 0.5 * std::sin(2.0 * std::numbers::pi * (cycles - e.phase[i])));
    }
    if (rig_.fixtures()[e.fixtures[i]].has(e.spec.attribute)) {
      write(s, e.fixtures[i], attr, e.spec.low + (e.spec.high - e.spec.low) * level, e.stamp);
    }
  }
}

void LightEngine::tick(core::WallTime now) {
  for (LayerState& s : layers_) {
    if (!s.in_use) continue;
    tick_fades(s, now);
    for (const Effect& e : s.effects) tick_effect(s, e, now);
  }
}

std::shared_ptr<const FixtureFrame> LightEngine::frame() {
  std::vector<const Layer*> active;
  for (const LayerState& s : layers_) {
    if (s.in_use) active.push_back(&s.layer);
  }
  auto out = std::make_shared<FixtureFrame>(merge_layers(active, rig_.size()));
  out->serial = ++serial_;
  last_ = out;
  return out;
}

bool LightEngine::animating() const {
  return std::any_of(layers_.begin(), layers_.end(), [](const LayerState& s) {
    return s.in_use && (s.active_fades > 0 || !s.effects.empty());
  });
}

std::size_t LightEngine::layer_count() const {
  return static_cast<std::size_t>(
      std::count_if(layers_.begin(), layers_.end(), [](const LayerState& s) { return s.in_use; }));
}

}  // namespace marquee::show
