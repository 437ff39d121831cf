#pragma once
// How big the UI is drawn: one number every size in the UI is multiplied by (1 at the reference
// layouts, 1920x1080 landscape and 1080x1920 portrait), from the screen's resolution and, when the
// display reports it, its physical pixel density.
namespace marquee::ui {

struct Orientation {
  bool portrait = false;  // taller than wide: screens stack their columns
};

// The smallest hit target in the layout (at scale 1) and the physical size it must keep:
// 48 px, about 9 mm on the reference 24-inch 1080p display (ADA / WCAG 2.5.5 ranges).
constexpr float kSmallestTargetPx = 48.0f;
constexpr float kMinTargetMm = 9.0f;
// Growing beyond the resolution scale costs layout room; a small dense panel gets at most this.
constexpr float kMaxDensityBoost = 1.5f;

// width, height: pixels of the screen. dpi: physical pixels per inch, 0 when unknown.
float layout_scale(float width, float height, float dpi);
inline Orientation orientation(float width, float height) {
  return {height > width};
}

}  // namespace marquee::ui
