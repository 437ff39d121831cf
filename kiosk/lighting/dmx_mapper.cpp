#include "lighting/dmx_mapper.hpp"

#include <algorithm>
#include <cmath>

namespace marquee::lighting {
namespace {

using show::Attribute;

std::uint8_t to8(float v) {
  return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f));
}
std::uint16_t to16(float v) {
  return static_cast<std::uint16_t>(std::lround(std::clamp(v, 0.0f, 1.0f) * 65535.0f));
}

// The colour a fixture shows, resolved from whichever colour model the show drove.
struct Colour {
  float r, g, b, w, a, c, m, y;
};

Colour resolve_colour(const show::FixtureValues& v) {
  const bool rgb = v.is_set(Attribute::Red) || v.is_set(Attribute::Green) || v.is_set(Attribute::Blue) ||
                   v.is_set(Attribute::White) || v.is_set(Attribute::Amber);
  const bool cmy = v.is_set(Attribute::Cyan) || v.is_set(Attribute::Magenta) || v.is_set(Attribute::Yellow);
  Colour c{};
  if (rgb) {
    c = {v.get(Attribute::Red),
         v.get(Attribute::Green),
         v.get(Attribute::Blue),
         v.get(Attribute::White),
         v.get(Attribute::Amber),
         0,
         0,
         0};
  } else if (cmy) {
    c.r = 1.0f - v.get(Attribute::Cyan);
    c.g = 1.0f - v.get(Attribute::Magenta);
    c.b = 1.0f - v.get(Attribute::Yellow);
  } else {
    c.r = c.g = c.b = 1.0f;  // nothing driven: white
  }
  c.c = cmy ? v.get(Attribute::Cyan) : 1.0f - c.r;
  c.m = cmy ? v.get(Attribute::Magenta) : 1.0f - c.g;
  c.y = cmy ? v.get(Attribute::Yellow) : 1.0f - c.b;
  return c;
}

// Writes one fixture's channels starting at `out`.
void render(const FixtureType& type, const show::FixtureValues& v, const Masters& m, std::uint8_t* out) {
  const float intensity =
      m.blackout ? 0.0f : std::clamp(v.get(Attribute::Intensity), 0.0f, 1.0f) * m.grand_master;
  const float fold = type.has(Channel::Dimmer) ? 1.0f : intensity;
  const Colour col = resolve_colour(v);
  const std::uint16_t pan = to16(v.get(Attribute::Pan, 0.5f));
  const std::uint16_t tilt = to16(v.get(Attribute::Tilt, 0.5f));
  for (std::size_t i = 0; i < type.channels.size(); ++i) {
    std::uint8_t& slot = out[i];
    switch (type.channels[i]) {
      case Channel::Dimmer:
        slot = to8(intensity);
        break;
      case Channel::Red:
        slot = to8(col.r * fold);
        break;
      case Channel::Green:
        slot = to8(col.g * fold);
        break;
      case Channel::Blue:
        slot = to8(col.b * fold);
        break;
      case Channel::White:
        slot = to8(col.w * fold);
        break;
      case Channel::Amber:
        slot = to8(col.a * fold);
        break;
      // Subtractive: dimming closes the flags, 1 - (1 - c) * intensity.
      case Channel::Cyan:
        slot = to8(1.0f - (1.0f - col.c) * fold);
        break;
      case Channel::Magenta:
        slot = to8(1.0f - (1.0f - col.m) * fold);
        break;
      case Channel::Yellow:
        slot = to8(1.0f - (1.0f - col.y) * fold);
        break;
      case Channel::Pan:
        slot = type.has(Channel::PanFine) ? static_cast<std::uint8_t>(pan >> 8)
                                          : to8(v.get(Attribute::Pan, 0.5f));
        break;
      case Channel::PanFine:
        slot = static_cast<std::uint8_t>(pan & 0xFF);
        break;
      case Channel::Tilt:
        slot = type.has(Channel::TiltFine) ? static_cast<std::uint8_t>(tilt >> 8)
                                           : to8(v.get(Attribute::Tilt, 0.5f));
        break;
      case Channel::TiltFine:
        slot = static_cast<std::uint8_t>(tilt & 0xFF);
        break;
      case Channel::Strobe:
        slot = to8(v.get(Attribute::Strobe));
        break;
      case Channel::Generic:
        slot = to8(v.get(Attribute::Generic));
        break;
    }
  }
}

}  // namespace

DmxMapper::DmxMapper(const Patch& patch) : universes_(patch.universes()), lengths_(universes_.size(), 2) {
  for (const auto& f : patch.fixtures) {
    const auto it =
        std::lower_bound(universes_.begin(), universes_.end(), static_cast<std::uint16_t>(f.universe));
    const auto u = static_cast<std::size_t>(it - universes_.begin());
    const FixtureType& type = patch.type_of(f);
    placements_.push_back({u, static_cast<std::size_t>(f.address - 1), &type});
    const auto end = static_cast<std::uint16_t>(f.address - 1 + static_cast<int>(type.footprint()));
    lengths_[u] = std::max<std::uint16_t>(lengths_[u], static_cast<std::uint16_t>(end + end % 2));
  }
}

void DmxMapper::map(const show::FixtureFrame& frame, const Masters& masters,
                    std::vector<UniverseData>& out) const {
  out.resize(universes_.size());
  for (std::size_t u = 0; u < universes_.size(); ++u) {
    out[u].universe = universes_[u];
    out[u].length = lengths_[u];
    out[u].slots.fill(0);
  }
  static const show::FixtureValues kUndriven{};
  for (std::size_t i = 0; i < placements_.size(); ++i) {
    const Placement& p = placements_[i];
    const show::FixtureValues& v = i < frame.fixtures.size() ? frame.fixtures[i] : kUndriven;
    render(*p.type, v, masters, out[p.universe_index].slots.data() + p.offset);
  }
}

show::FixtureFrame blend_frames(const show::FixtureFrame& from, const show::FixtureFrame& to, float t) {
  show::FixtureFrame out;
  const std::size_t n = std::max(from.fixtures.size(), to.fixtures.size());
  out.fixtures.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    const show::FixtureValues* a = i < from.fixtures.size() ? &from.fixtures[i] : nullptr;
    const show::FixtureValues* b = i < to.fixtures.size() ? &to.fixtures[i] : nullptr;
    for (std::size_t k = 0; k < show::kAttributeCount; ++k) {
      const auto attr = static_cast<Attribute>(k);
      // Intensity is always driven for blending (undriven means 0) so a fade in starts dark.
      const bool intensity = attr == Attribute::Intensity;
      const bool in_a = a && (intensity || a->is_set(attr)), in_b = b && (intensity || b->is_set(attr));
      if (in_a && in_b)
        out.fixtures[i].set(attr, a->get(attr) + (b->get(attr) - a->get(attr)) * t);
      else if (in_a)
        out.fixtures[i].set(attr, a->value[k]);
      else if (in_b)
        out.fixtures[i].set(attr, b->value[k]);
    }
  }
  return out;
}

}  // namespace marquee::lighting
