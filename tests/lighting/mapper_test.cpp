// FixtureFrame -> DMX: channel layouts, 16-bit pan/tilt, colour folding, masters, and the
// HTP/LTP merge rule (show::merge_layers) carried through to DMX slots.
#include <gtest/gtest.h>

#include "lighting/dmx_mapper.hpp"
#include "show/layers.hpp"

namespace marquee::lighting {
namespace {

using show::Attribute;

Patch make_patch() {
  auto p = parse_patch(R"(
[types.cmy_spot]
channels = ["dimmer", "cyan", "magenta", "yellow"]
[[fixtures]]
name = "head"
type = "moving_head"   # dimmer pan pan_fine tilt tilt_fine red green blue strobe
universe = 1
address = 1
[[fixtures]]
name = "bar"
type = "rgbw"          # no dimmer: intensity folds into colour
universe = 1
address = 11
[[fixtures]]
name = "par"
type = "rgba"
universe = 3
address = 1
[[fixtures]]
name = "cmy"
type = "cmy"
universe = 3
address = 5
[[fixtures]]
name = "spot"
type = "cmy_spot"
universe = 3
address = 8
[[fixtures]]
name = "fog"
type = "generic"
universe = 3
address = 12
[[outputs]]
protocol = "sacn"
destination = "127.0.0.1"
)",
                       "mapper.toml");
  EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message);
  return std::move(p).value();
}

struct Mapped {
  std::vector<UniverseData> u;
  std::uint8_t at(std::size_t universe_index, int address) const {
    return u[universe_index].slots[address - 1];
  }
};

Mapped map(const show::FixtureFrame& frame, Masters m = {}) {
  static const Patch patch = make_patch();
  DmxMapper mapper(patch);
  Mapped out;
  mapper.map(frame, m, out.u);
  return out;
}

show::FixtureFrame frame_of(std::size_t n) {
  show::FixtureFrame f;
  f.fixtures.resize(n);
  return f;
}

TEST(Mapper, UniversesAndLengthsFollowThePatch) {
  const Mapped m = map(frame_of(6));
  ASSERT_EQ(m.u.size(), 2u);
  EXPECT_EQ(m.u[0].universe, 1);
  EXPECT_EQ(m.u[0].length, 14);  // bar ends at 14
  EXPECT_EQ(m.u[1].universe, 3);
  EXPECT_EQ(m.u[1].length, 12);  // fog at 12
}

TEST(Mapper, MovingHeadSixteenBitPanTilt) {
  auto f = frame_of(6);
  f.fixtures[0].set(Attribute::Intensity, 1.0f);
  f.fixtures[0].set(Attribute::Pan, 0.25f);   // 16383.75 -> 16384 = 0x4000
  f.fixtures[0].set(Attribute::Tilt, 0.75f);  // 49151.25 -> 49151 = 0xBFFF
  f.fixtures[0].set(Attribute::Red, 1.0f);
  f.fixtures[0].set(Attribute::Strobe, 0.5f);
  const Mapped m = map(f);
  const std::vector<std::uint8_t> expected = {255, 0x40, 0x00, 0xBF, 0xFF, 255, 0, 0, 128};
  EXPECT_EQ(std::vector<std::uint8_t>(m.u[0].slots.begin(), m.u[0].slots.begin() + 9), expected);
}

TEST(Mapper, UndrivenDefaultsAreDarkCentredAndWhite) {
  auto f = frame_of(6);
  f.fixtures[0].set(Attribute::Intensity, 0.5f);
  const Mapped m = map(f);
  // dimmer 128, pan/tilt centre 0x8000, colour white, strobe 0
  const std::vector<std::uint8_t> expected = {128, 0x80, 0x00, 0x80, 0x00, 255, 255, 255, 0};
  EXPECT_EQ(std::vector<std::uint8_t>(m.u[0].slots.begin(), m.u[0].slots.begin() + 9), expected);
  EXPECT_EQ(m.at(0, 11), 0);  // the bar: undriven intensity is 0, folded into its colour
}

TEST(Mapper, IntensityFoldsIntoColourWithoutDimmer) {
  auto f = frame_of(6);
  f.fixtures[1].set(Attribute::Intensity, 0.5f);
  f.fixtures[1].set(Attribute::Red, 1.0f);
  f.fixtures[1].set(Attribute::White, 0.5f);
  const Mapped m = map(f);
  EXPECT_EQ(m.at(0, 11), 128);  // red 1.0 * 0.5
  EXPECT_EQ(m.at(0, 12), 0);    // green not driven while red is: 0
  EXPECT_EQ(m.at(0, 13), 0);
  EXPECT_EQ(m.at(0, 14), 64);  // white 0.5 * 0.5 = 63.75
}

TEST(Mapper, RgbaAndCmyConvert) {
  auto f = frame_of(6);
  f.fixtures[2].set(Attribute::Intensity, 1.0f);
  f.fixtures[2].set(Attribute::Cyan, 1.0f);  // RGBA fixture driven in CMY: red = 1 - cyan
  f.fixtures[3].set(Attribute::Intensity, 1.0f);
  f.fixtures[3].set(Attribute::Red, 1.0f);  // CMY fixture driven in RGB: cyan = 1 - red
  f.fixtures[4].set(Attribute::Intensity, 0.2f);
  f.fixtures[4].set(Attribute::Yellow, 1.0f);
  f.fixtures[5].set(Attribute::Generic, 1.0f);
  const Mapped m = map(f);
  EXPECT_EQ(std::vector<std::uint8_t>(m.u[1].slots.begin(), m.u[1].slots.begin() + 12),
            (std::vector<std::uint8_t>{0, 255, 255, 0,  // par: R G B A
                                       0, 255, 255,     // cmy: C M Y (red = no cyan, full M+Y)
                                       51, 0, 0, 255,   // spot: dimmer 0.2, C M Y
                                       255}));          // fog
}

TEST(Mapper, CmyWithoutDimmerDimsByClosingFlags) {
  auto f = frame_of(6);
  f.fixtures[3].set(Attribute::Intensity, 0.0f);
  const Mapped m = map(f);
  EXPECT_EQ(m.at(1, 5), 255);
  EXPECT_EQ(m.at(1, 6), 255);
  EXPECT_EQ(m.at(1, 7), 255);
}

TEST(Mapper, GrandMasterAndBlackout) {
  auto f = frame_of(6);
  f.fixtures[0].set(Attribute::Intensity, 1.0f);
  f.fixtures[1].set(Attribute::Intensity, 1.0f);
  f.fixtures[1].set(Attribute::Blue, 1.0f);
  const Mapped half = map(f, {0.5f, false});
  EXPECT_EQ(half.at(0, 1), 128);
  EXPECT_EQ(half.at(0, 13), 128);  // folded: blue * grand master
  EXPECT_EQ(half.at(0, 2), 0x80);  // pan untouched by the masters
  const Mapped dark = map(f, {1.0f, true});
  EXPECT_EQ(dark.at(0, 1), 0);
  EXPECT_EQ(dark.at(0, 13), 0);
}

TEST(Mapper, ShortFrameLeavesMissingFixturesUndriven) {
  const Mapped m = map(show::FixtureFrame{});
  EXPECT_EQ(m.at(0, 1), 0);
  EXPECT_EQ(m.at(0, 2), 0x80);
}

// The merge rule documented for staff: two cues on one fixture; intensity is highest-takes-
// precedence whatever the order, colour is latest-takes-precedence by write stamp.
TEST(Mapper, HtpIntensityLtpColourThroughToDmx) {
  show::Layer a(6), b(6);
  a.values[0].set(Attribute::Intensity, 0.8f);
  a.values[0].set(Attribute::Red, 1.0f);
  a.stamp[0][static_cast<std::size_t>(Attribute::Red)] = 5;
  b.values[0].set(Attribute::Intensity, 0.4f);
  b.values[0].set(Attribute::Red, 0.2f);
  b.stamp[0][static_cast<std::size_t>(Attribute::Red)] = 9;  // written later: wins
  const Mapped ab = map(show::merge_layers({&a, &b}, 6));
  const Mapped ba = map(show::merge_layers({&b, &a}, 6));
  EXPECT_EQ(ab.at(0, 1), 204);  // HTP: 0.8
  EXPECT_EQ(ab.at(0, 6), 51);   // LTP: 0.2 from the later write
  EXPECT_EQ(ba.at(0, 1), 204);
  EXPECT_EQ(ba.at(0, 6), 51);
}

TEST(Mapper, BlendFadesIntensityFromDark) {
  auto from = frame_of(1);
  auto to = frame_of(1);
  from.fixtures[0].set(Attribute::Red, 1.0f);
  to.fixtures[0].set(Attribute::Intensity, 0.6f);
  const auto mid = blend_frames(from, to, 0.5f);
  EXPECT_FLOAT_EQ(mid.fixtures[0].get(Attribute::Intensity), 0.3f);
  EXPECT_FLOAT_EQ(mid.fixtures[0].get(Attribute::Red), 1.0f);  // held where the target says nothing
}

}  // namespace
}  // namespace marquee::lighting
