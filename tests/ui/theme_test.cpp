// Both palettes keep every text colour readable on what it sits on (WCAG AA).
#include <gtest/gtest.h>

#include "ui/theme.hpp"

namespace marquee::ui {
namespace {

TEST(Theme, TextContrastMeetsWcagAaInEveryTheme) {
  for (bool hc : {false, true}) {
    const Palette& p = palette(hc);
    EXPECT_GE(contrast_ratio(p.text, p.background), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.text, p.surface), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.text, p.surface_alt), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.text_muted, p.surface), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.primary_text, p.primary), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.danger_text, p.danger), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.accent, p.surface), 4.5) << hc;
    EXPECT_GE(contrast_ratio(p.live, p.surface), 4.5) << hc;
  }
}

}  // namespace
}  // namespace marquee::ui
