#pragma once
// Turns a FixtureFrame (normalized attributes per fixture) into DMX universes using the patch.
// Rules: 8-bit channels are round(v * 255); pan/tilt with a fine channel are 16-bit
// round(v * 65535) split coarse/fine. Undriven attributes take defaults: intensity 0, pan/tilt
// centre (0.5), strobe and generic 0, colour white (RGB full / CMY open) when no colour
// attribute is driven and 0 for undriven components when some are. RGB and CMY convert into
// each other (C = 1 - R). A fixture without a dimmer channel gets intensity folded into its
// colour. The grand master scales intensity; blackout forces it to 0.
#include <array>
#include <cstdint>
#include <vector>

#include "lighting/patch.hpp"
#include "show/fixture_frame.hpp"

namespace marquee::lighting {

struct Masters {
  float grand_master = 1.0f;  // 0..1
  bool blackout = false;
};

struct UniverseData {
  std::uint16_t universe = 1;
  std::uint16_t length = 2;  // slots in use, even, 2..512 (the highest patched channel rounded up)
  std::array<std::uint8_t, 512> slots{};
};

class DmxMapper {
 public:
  explicit DmxMapper(const Patch& patch);
  const std::vector<std::uint16_t>& universes() const { return universes_; }
  // Writes every universe (one entry per universes(), same order) into `out`, resizing it.
  void map(const show::FixtureFrame& frame, const Masters& masters, std::vector<UniverseData>& out) const;

 private:
  struct Placement {
    std::size_t universe_index = 0;
    std::size_t offset = 0;  // 0-based slot of the first channel
    const FixtureType* type = nullptr;
  };
  std::vector<std::uint16_t> universes_;
  std::vector<std::uint16_t> lengths_;
  std::vector<Placement> placements_;  // indexed like Patch::fixtures / Rig::fixtures()
};

// Blends two frames attribute by attribute: t = 0 gives `from`, t = 1 gives `to`. An attribute
// set in only one of them counts as that one's value (the failsafe fade uses this).
show::FixtureFrame blend_frames(const show::FixtureFrame& from, const show::FixtureFrame& to, float t);

}  // namespace marquee::lighting
