#include "show/layers.hpp"

#include <algorithm>

namespace marquee::show {

FixtureFrame merge_layers(const std::vector<const Layer*>& layers, std::size_t fixture_count) {
  FixtureFrame frame;
  frame.fixtures.resize(fixture_count);
  std::vector<std::array<std::uint64_t, kAttributeCount>> newest(fixture_count);
  for (const Layer* layer : layers) {
    const std::size_t n = std::min(fixture_count, layer->values.size());
    for (std::size_t i = 0; i < n; ++i) {
      const FixtureValues& in = layer->values[i];
      FixtureValues& out = frame.fixtures[i];
      for (std::size_t a = 0; a < kAttributeCount; ++a) {
        const auto attr = static_cast<Attribute>(a);
        if (!in.is_set(attr)) continue;
        const std::uint64_t stamp = i < layer->stamp.size() ? layer->stamp[i][a] : 0;
        if (!out.is_set(attr)) {
          out.set(attr, in.value[a]);
          newest[i][a] = stamp;
        } else if (merges_htp(attr)) {
          out.value[a] = std::max(out.value[a], in.value[a]);
        } else if (stamp >= newest[i][a]) {
          out.value[a] = in.value[a];
          newest[i][a] = stamp;
        }
      }
    }
  }
  return frame;
}

}  // namespace marquee::show
