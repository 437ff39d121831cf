#include "lighting/patch.hpp"

#include <algorithm>
#include <array>

namespace marquee::lighting {
namespace {

constexpr std::array<std::string_view, 15> kChannelNames = {
    "dimmer", "red", "green",    "blue", "white",     "amber",  "cyan",   "magenta",
    "yellow", "pan", "pan_fine", "tilt", "tilt_fine", "strobe", "generic"};

void add_unique(std::vector<show::Attribute>& out, show::Attribute a) {
  if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
}

show::Attribute attribute_of(Channel c) {
  using A = show::Attribute;
  switch (c) {
    case Channel::Dimmer:
      return A::Intensity;
    case Channel::Red:
      return A::Red;
    case Channel::Green:
      return A::Green;
    case Channel::Blue:
      return A::Blue;
    case Channel::White:
      return A::White;
    case Channel::Amber:
      return A::Amber;
    case Channel::Cyan:
      return A::Cyan;
    case Channel::Magenta:
      return A::Magenta;
    case Channel::Yellow:
      return A::Yellow;
    case Channel::Pan:
    case Channel::PanFine:
      return A::Pan;
    case Channel::Tilt:
    case Channel::TiltFine:
      return A::Tilt;
    case Channel::Strobe:
      return A::Strobe;
    case Channel::Generic:
      return A::Generic;
  }
  return A::Generic;
}

bool is_colour(Channel c) {
  return c >= Channel::Red && c <= Channel::Yellow;
}

}  // namespace

std::string_view channel_name(Channel c) {
  return kChannelNames[static_cast<std::size_t>(c)];
}

std::optional<Channel> channel_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kChannelNames.size(); ++i) {
    if (kChannelNames[i] == name) return static_cast<Channel>(i);
  }
  return std::nullopt;
}

bool FixtureType::has(Channel c) const {
  return std::find(channels.begin(), channels.end(), c) != channels.end();
}

std::vector<show::Attribute> FixtureType::attributes() const {
  std::vector<show::Attribute> out;
  // Intensity first: a fixture without a dimmer still dims, by scaling its colour.
  if (has(Channel::Dimmer) || std::any_of(channels.begin(), channels.end(), is_colour))
    out.push_back(show::Attribute::Intensity);
  for (Channel c : channels) add_unique(out, attribute_of(c));
  return out;
}

const std::vector<FixtureType>& builtin_fixture_types() {
  using C = Channel;
  static const std::vector<FixtureType> types = {
      {"dimmer", {C::Dimmer}},
      {"rgb", {C::Red, C::Green, C::Blue}},
      {"rgbw", {C::Red, C::Green, C::Blue, C::White}},
      {"rgba", {C::Red, C::Green, C::Blue, C::Amber}},
      {"cmy", {C::Cyan, C::Magenta, C::Yellow}},
      {"rgb_dimmer", {C::Dimmer, C::Red, C::Green, C::Blue}},
      {"moving_head",
       {C::Dimmer, C::Pan, C::PanFine, C::Tilt, C::TiltFine, C::Red, C::Green, C::Blue, C::Strobe}},
      {"generic", {C::Generic}},
  };
  return types;
}

show::Rig Patch::rig() const {
  std::vector<show::FixtureInfo> infos;
  infos.reserve(fixtures.size());
  for (const auto& f : fixtures) infos.push_back({f.name, f.groups, f.zone, type_of(f).attributes()});
  return show::Rig(std::move(infos));
}

std::vector<std::uint16_t> Patch::universes() const {
  std::vector<std::uint16_t> out;
  for (const auto& f : fixtures) {
    if (f.universe >= e131::kMinUniverse && f.universe <= e131::kMaxUniverse)
      out.push_back(static_cast<std::uint16_t>(f.universe));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

show::FixtureFrame Patch::safe_frame() const {
  const show::Rig r = rig();
  show::FixtureFrame frame;
  frame.fixtures.resize(fixtures.size());
  for (auto& v : frame.fixtures) v.set(show::Attribute::Intensity, 0.0f);
  for (const auto& entry : safe_look) {
    for (std::size_t i : r.select(entry.select)) {
      for (std::size_t a = 0; a < show::kAttributeCount; ++a) {
        const auto attr = static_cast<show::Attribute>(a);
        if (entry.values.is_set(attr)) frame.fixtures[i].set(attr, entry.values.value[a]);
      }
    }
  }
  return frame;
}

}  // namespace marquee::lighting
