#include "show/fixture_frame.hpp"
#include "show/layers.hpp"

#include <gtest/gtest.h>

namespace marquee::show {
namespace {

Rig facade_rig() {
  return Rig({{"facade.north.01", {"facade", "north"}, "north", {Attribute::Intensity, Attribute::Red}},
              {"facade.north.02", {"facade", "north"}, "north", {Attribute::Intensity, Attribute::Red}},
              {"facade.south.01", {"facade", "south"}, "south", {Attribute::Intensity}},
              {"stage.wash", {"stage"}, "stage", {Attribute::Pan, Attribute::Tilt}}});
}

TEST(Rig, SelectsByGlobGroupAndZone) {
  const Rig rig = facade_rig();
  EXPECT_EQ(rig.select("facade.*"), (std::vector<std::size_t>{0, 1, 2}));
  EXPECT_EQ(rig.select("facade.north.0?"), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(rig.select("south"), (std::vector<std::size_t>{2}));
  EXPECT_EQ(rig.select("stage"), (std::vector<std::size_t>{3}));
  EXPECT_EQ(rig.select("*"), (std::vector<std::size_t>{0, 1, 2, 3}));
  EXPECT_TRUE(rig.select("nothing").empty());
  EXPECT_EQ(rig.zones(), (std::vector<std::string>{"north", "south", "stage"}));
}

TEST(Glob, HandlesStarsAndBacktracking) {
  EXPECT_TRUE(glob_match("a*b*c", "axxbyyc"));
  EXPECT_FALSE(glob_match("a*b*c", "axxbyy"));
  EXPECT_TRUE(glob_match("**", ""));
  EXPECT_FALSE(glob_match("?", ""));
}

TEST(MergeLayers, IntensityIsHighestAndOtherAttributesAreLatest) {
  Layer a(1), b(1);
  a.values[0].set(Attribute::Intensity, 0.8f);
  a.values[0].set(Attribute::Red, 1.0f);
  a.stamp[0][static_cast<std::size_t>(Attribute::Red)] = 5;
  b.values[0].set(Attribute::Intensity, 0.3f);
  b.values[0].set(Attribute::Red, 0.2f);
  b.stamp[0][static_cast<std::size_t>(Attribute::Red)] = 9;  // written later: wins
  const FixtureFrame f = merge_layers({&a, &b}, 1);
  EXPECT_FLOAT_EQ(f.fixtures[0].get(Attribute::Intensity), 0.8f);
  EXPECT_FLOAT_EQ(f.fixtures[0].get(Attribute::Red), 0.2f);
  EXPECT_FALSE(f.fixtures[0].is_set(Attribute::Pan));
}

TEST(MergeLayers, UnsetAttributesDoNotOverride) {
  Layer a(2), b(2);
  a.values[1].set(Attribute::Pan, 0.25f);
  b.values[0].set(Attribute::Pan, 0.75f);
  const FixtureFrame f = merge_layers({&a, &b}, 2);
  EXPECT_FLOAT_EQ(f.fixtures[1].get(Attribute::Pan), 0.25f);
  EXPECT_FLOAT_EQ(f.fixtures[0].get(Attribute::Pan), 0.75f);
}

TEST(Attributes, NamesRoundTrip) {
  for (std::size_t i = 0; i < kAttributeCount; ++i) {
    const auto a = static_cast<Attribute>(i);
    EXPECT_EQ(attribute_from_name(attribute_name(a)), a);
  }
  EXPECT_FALSE(attribute_from_name("colour").has_value());
}

}  // namespace
}  // namespace marquee::show
