#pragma once
// The kiosk's visual theme: colours, spacing, rounding. Applied once at start-up, scaled for the
// screen's resolution (ScaleAllSizes), never per widget.
#include <imgui.h>

namespace marquee::ui {

struct Palette {
  ImVec4 background, surface, surface_alt, primary, primary_text, text, text_muted, accent, live, danger,
      danger_text, outline;
};

const Palette& palette(bool high_contrast);
void apply_theme(float scale, bool high_contrast);
ImU32 to_u32(const ImVec4& c);
// WCAG 2.x contrast ratio between two opaque colours (1..21).
double contrast_ratio(const ImVec4& a, const ImVec4& b);

}  // namespace marquee::ui
