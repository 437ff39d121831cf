// layout_scale: resolution in both orientations, and physical density keeping targets >= 9 mm.
#include "ui/layout_scale.hpp"

#include <gtest/gtest.h>

namespace marquee::ui {
namespace {

float target_mm(float scale, float dpi) {
  return kSmallestTargetPx * scale / dpi * 25.4f;
}

TEST(LayoutScale, ReferenceLayoutsAreOneInBothOrientations) {
  EXPECT_FLOAT_EQ(layout_scale(1920, 1080, 0), 1.0f);
  EXPECT_FLOAT_EQ(layout_scale(1080, 1920, 0), 1.0f);
  EXPECT_TRUE(orientation(1080, 1920).portrait);
  EXPECT_FALSE(orientation(1920, 1080).portrait);
}

TEST(LayoutScale, FollowsResolutionAndTheTighterAxis) {
  EXPECT_FLOAT_EQ(layout_scale(3840, 2160, 0), 2.0f);
  EXPECT_FLOAT_EQ(layout_scale(2160, 3840, 0), 2.0f);
  EXPECT_NEAR(layout_scale(1280, 720, 0), 0.6667f, 1e-3);
  EXPECT_NEAR(layout_scale(1920, 1200, 0), 1.0f, 1e-6);  // 16:10 is limited by its width
  EXPECT_NEAR(layout_scale(1280, 1024, 0), 0.6667f, 1e-3);
}

TEST(LayoutScale, ReferenceDisplayNeedsNoDensityBoost) {
  // 24-inch 1080p: about 92 dpi, so 48 px is 13 mm, comfortably over 9 mm.
  EXPECT_FLOAT_EQ(layout_scale(1920, 1080, 92), 1.0f);
  EXPECT_GE(target_mm(1.0f, 92), kMinTargetMm);
  // 4K at 24 inches (184 dpi): resolution already doubles everything.
  EXPECT_FLOAT_EQ(layout_scale(3840, 2160, 184), 2.0f);
}

TEST(LayoutScale, DensePanelsGrowTargetsToNineMillimetres) {
  // A 13.8-inch 1080p panel (160 dpi): 48 px would be 7.6 mm.
  EXPECT_LT(target_mm(1.0f, 160), kMinTargetMm);
  const float s = layout_scale(1920, 1080, 160);
  EXPECT_GT(s, 1.0f);
  EXPECT_NEAR(target_mm(s, 160), kMinTargetMm, 0.01f);
}

TEST(LayoutScale, DensityBoostIsCapped) {
  // A 6-inch 1080p panel (367 dpi) would need 2.7x: the layout gets at most 1.5x.
  EXPECT_FLOAT_EQ(layout_scale(1920, 1080, 367), kMaxDensityBoost);
  EXPECT_NEAR(layout_scale(1280, 720, 1000), 720.0f / 1080.0f * kMaxDensityBoost, 1e-5);
}

}  // namespace
}  // namespace marquee::ui
