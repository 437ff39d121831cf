#include "ui/layout_scale.hpp"

#include <algorithm>

namespace marquee::ui {

float layout_scale(float width, float height, float dpi) {
  const bool portrait = height > width;
  const float ref_w = portrait ? 1080.0f : 1920.0f, ref_h = portrait ? 1920.0f : 1080.0f;
  const float by_resolution = std::min(width / ref_w, height / ref_h);
  if (dpi <= 0) return by_resolution;
  // A dense panel (a 15" 1080p, say) would draw 48 px targets smaller than 9 mm: grow them,
  // up to kMaxDensityBoost, and let the screens lay out fewer items.
  const float needed = (kMinTargetMm / 25.4f) * dpi / kSmallestTargetPx;
  return std::max(by_resolution, std::min(needed, by_resolution * kMaxDensityBoost));
}

}  // namespace marquee::ui
