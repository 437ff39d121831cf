#pragma once
// How a show's cues combine into the frame lighting receives. Each running cue writes into its own
// Layer; every tick the light engine merges the active layers, in cue order, into one
// FixtureFrame: intensity highest-takes-precedence (two cues lighting the same lamp never dim
// it), every other attribute latest-takes-precedence (the cue that wrote a colour or a position
// last wins, whatever its place in the list). This is the only place the rule lives.
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "show/fixture_frame.hpp"

namespace marquee::show {

// Intensity merges highest-takes-precedence; every other attribute latest-takes-precedence.
inline constexpr bool merges_htp(Attribute a) {
  return a == Attribute::Intensity;
}

// One contributor to the look (a cue). stamp[i][a] is when fixture i's attribute a was last
// written by this layer (a monotonically increasing counter), used for latest-takes-precedence.
struct Layer {
  std::vector<FixtureValues> values;
  std::vector<std::array<std::uint64_t, kAttributeCount>> stamp;
  explicit Layer(std::size_t fixtures = 0) : values(fixtures), stamp(fixtures) {}
};

// Merges layers into one frame: HTP for intensity, LTP (newest stamp wins) for the rest.
FixtureFrame merge_layers(const std::vector<const Layer*>& layers, std::size_t fixture_count);

}  // namespace marquee::show
