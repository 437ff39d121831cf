#include "show/easing.hpp"

#include <gtest/gtest.h>

namespace marquee::show {
namespace {

TEST(Easing, CurvesHitExpectedValues) {
  EXPECT_FLOAT_EQ(ease(Easing::Linear, 0.25f), 0.25f);
  EXPECT_FLOAT_EQ(ease(Easing::EaseIn, 0.5f), 0.25f);
  EXPECT_FLOAT_EQ(ease(Easing::EaseOut, 0.5f), 0.75f);
  EXPECT_FLOAT_EQ(ease(Easing::EaseInOut, 0.25f), 0.125f);
  EXPECT_FLOAT_EQ(ease(Easing::EaseInOut, 0.5f), 0.5f);
  EXPECT_FLOAT_EQ(ease(Easing::EaseInOut, 0.75f), 0.875f);
  EXPECT_FLOAT_EQ(ease(Easing::Step, 0.99f), 0.0f);
  EXPECT_FLOAT_EQ(ease(Easing::Step, 1.0f), 1.0f);
}

TEST(Easing, ClampsProgressAndEndsAtOne) {
  for (Easing e : {Easing::Linear, Easing::EaseIn, Easing::EaseOut, Easing::EaseInOut, Easing::Step}) {
    EXPECT_FLOAT_EQ(ease(e, -1.0f), 0.0f) << easing_name(e);
    EXPECT_FLOAT_EQ(ease(e, 2.0f), 1.0f) << easing_name(e);
  }
}

TEST(Easing, NamesRoundTrip) {
  EXPECT_EQ(easing_from_name("ease-in-out"), Easing::EaseInOut);
  EXPECT_EQ(easing_name(Easing::EaseOut), "ease-out");
  EXPECT_FALSE(easing_from_name("bounce").has_value());
}

}  // namespace
}  // namespace marquee::show
