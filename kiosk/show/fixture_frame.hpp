#pragma once
// The fixture-value contract between the show engine and lighting output, and nothing else:
// the show side thinks in fixtures and attributes (normalized 0..1); lighting's patch describes
// the rig (FixtureInfo) and turns each published FixtureFrame into DMX slots. How cues combine
// into a frame is the show's business (show/layers.hpp); lighting never sees a layer.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::show {

enum class Attribute : std::uint8_t {
  Intensity,
  Red,
  Green,
  Blue,
  White,
  Amber,
  Cyan,
  Magenta,
  Yellow,
  Pan,
  Tilt,
  Strobe,
  Generic,
  Count
};
inline constexpr std::size_t kAttributeCount = static_cast<std::size_t>(Attribute::Count);

std::string_view attribute_name(Attribute a);
std::optional<Attribute> attribute_from_name(std::string_view name);

// What one fixture is, as far as a show is concerned (lighting's patch produces these).
struct FixtureInfo {
  std::string name;                 // unique, e.g. "facade.north.03"
  std::vector<std::string> groups;  // e.g. {"facade", "north"}
  std::string zone;                 // e.g. "north"
  std::vector<Attribute> attributes;
  bool has(Attribute a) const;
};

// The set of fixtures a show can address. Selection accepts a fixture name, a group, a zone,
// or a glob over names ("facade.*", "wash.?"); "*" selects everything.
class Rig {
 public:
  Rig() = default;
  explicit Rig(std::vector<FixtureInfo> fixtures);
  const std::vector<FixtureInfo>& fixtures() const { return fixtures_; }
  std::size_t size() const { return fixtures_.size(); }
  std::optional<std::size_t> index_of(std::string_view name) const;
  // Indices in rig order; empty if nothing matches.
  std::vector<std::size_t> select(std::string_view selector) const;
  std::vector<std::string> zones() const;   // distinct, in rig order
  std::vector<std::string> groups() const;  // distinct, in rig order

 private:
  std::vector<FixtureInfo> fixtures_;
};

bool glob_match(std::string_view pattern, std::string_view text);

// Values for one fixture. An attribute not in set_mask is "not driven" (lighting uses its default).
struct FixtureValues {
  std::array<float, kAttributeCount> value{};
  std::uint32_t set_mask = 0;
  void set(Attribute a, float v) {
    value[static_cast<std::size_t>(a)] = v;
    set_mask |= 1u << static_cast<unsigned>(a);
  }
  bool is_set(Attribute a) const { return (set_mask >> static_cast<unsigned>(a)) & 1u; }
  float get(Attribute a, float fallback = 0.0f) const {
    return is_set(a) ? value[static_cast<std::size_t>(a)] : fallback;
  }
};

// All fixtures at one instant, indexed like Rig::fixtures(). Immutable once published.
struct FixtureFrame {
  std::vector<FixtureValues> fixtures;
  std::uint64_t serial = 0;  // increases with every frame the show publishes
};

// Where the show thread hands finished frames; lighting output keeps only the latest.
class FixtureSink {
 public:
  virtual ~FixtureSink() = default;
  virtual void submit(std::shared_ptr<const FixtureFrame> frame) = 0;
};

}  // namespace marquee::show
