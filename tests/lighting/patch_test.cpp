// Patch loading and validation: one test per problem kind, plus "every problem is listed".
#include "lighting/patch.hpp"

#include <gtest/gtest.h>

#include "core/paths.hpp"
#include "lighting/cid.hpp"

namespace marquee::lighting {
namespace {

constexpr std::string_view kOutputs = R"(
[[outputs]]
protocol = "sacn"
destination = "127.0.0.1"
)";

core::Result<Patch> parse(std::string_view fixtures, std::string_view outputs = kOutputs) {
  return parse_patch(std::string(fixtures) + std::string(outputs), "test.toml");
}

std::string problems(const core::Result<Patch>& r) {
  return r.ok() ? std::string("(loaded fine)") : r.error().message;
}

TEST(Patch, LoadsFixturesWithCountAndBuildsRig) {
  auto patch = parse(R"(
[[fixtures]]
name = "wash.{nn}"
type = "rgbw"
count = 3
universe = 2
address = 10
zone = "hall"
groups = ["wash"]
)");
  ASSERT_TRUE(patch.ok()) << problems(patch);
  ASSERT_EQ(patch->fixtures.size(), 3u);
  EXPECT_EQ(patch->fixtures[2].name, "wash.03");
  EXPECT_EQ(patch->fixtures[2].address, 18);  // 10 + 2 * footprint 4
  const show::Rig rig = patch->rig();
  EXPECT_EQ(rig.select("hall").size(), 3u);
  EXPECT_EQ(rig.select("wash").size(), 3u);
  EXPECT_EQ(rig.select("wash.0?").size(), 3u);
  EXPECT_TRUE(rig.fixtures()[0].has(show::Attribute::Intensity));  // folded into colour
  EXPECT_TRUE(rig.fixtures()[0].has(show::Attribute::White));
}

TEST(Patch, CustomTypeWithFineChannels) {
  auto patch = parse(R"(
[types.spot]
channels = ["dimmer", "pan", "pan_fine", "tilt", "tilt_fine", "cyan", "magenta", "yellow", "strobe"]
[[fixtures]]
name = "spot"
type = "spot"
universe = 1
address = 504
)");
  ASSERT_TRUE(patch.ok()) << problems(patch);
  EXPECT_EQ(patch->type_of(patch->fixtures[0]).footprint(), 9u);
}

TEST(Patch, OverlappingAddresses) {
  auto p = parse(R"(
[[fixtures]]
name = "a"
type = "rgb"
universe = 1
address = 1
[[fixtures]]
name = "b"
type = "dimmer"
universe = 1
address = 3
)");
  EXPECT_NE(problems(p).find("test.toml:7: fixture \"b\" overlaps \"a\" (line 2) at universe 1 address 3"),
            std::string::npos)
      << problems(p);
}

TEST(Patch, AddressPast512) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"rgbw\"\nuniverse = 1\naddress = 510\n");
  EXPECT_NE(problems(p).find("test.toml:1: fixture \"a\": channels 510..513 go past 512"), std::string::npos)
      << problems(p);
}

// Values near INT_MAX used to overflow signed arithmetic in validation (issue 17).
TEST(Patch, AddressNearIntMaxIsAProblemNotAnOverflow) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"rgbw\"\nuniverse = 1\naddress = 2147483647\n");
  EXPECT_NE(problems(p).find("test.toml:1: fixture \"a\": channels 2147483647..2147483650 go past 512"),
            std::string::npos)
      << problems(p);
}

TEST(Patch, StepTimesCountNearIntMaxIsAProblem) {
  auto p = parse(
      "[[fixtures]]\nname = \"a{n}\"\ntype = \"dimmer\"\nuniverse = 1\naddress = 1\ncount = 512\n"
      "step = 2147483647\n");
  EXPECT_NE(problems(p).find("test.toml:1: fixture \"a{n}\": step 2147483647 x count 512 from address 1 goes "
                             "past 512 (step must be 1..512)"),
            std::string::npos)
      << problems(p);
}

TEST(Patch, ArtNetUniverseOffsetNearIntMaxIsAProblem) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"dimmer\"\nuniverse = 2\naddress = 1\n", R"(
[[outputs]]
protocol = "artnet"
destination = "127.0.0.1"
universe_offset = 2147483647
)");
  EXPECT_NE(problems(p).find("is Art-Net port address 2147483649, outside 0..32767"), std::string::npos)
      << problems(p);
}

// A float where an integer belongs went through toml++'s unchecked cast (undefined behaviour).
TEST(Patch, AFloatWhereAnIntegerBelongsIsAWrongType) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"dimmer\"\nuniverse = 1\naddress = 3e41\n");
  EXPECT_NE(problems(p).find("test.toml:5: fixtures.address has the wrong type"), std::string::npos)
      << problems(p);
}

TEST(Patch, NanAndInfinityAreOutOfRange) {
  auto p = parse(R"([timing]
rate_hz = nan
failsafe_hold_s = inf
failsafe_fade_s = -1.0
[[fixtures]]
name = "a"
type = "dimmer"
universe = 1
address = 1
[[safe_look]]
select = "a"
intensity = nan
)");
  const std::string all = problems(p);
  EXPECT_NE(all.find("test.toml:1: timing.rate_hz must be in (0, 1000]"), std::string::npos) << all;
  EXPECT_NE(all.find("test.toml:3: timing.failsafe_hold_s must be 0..86400 seconds"), std::string::npos)
      << all;
  EXPECT_NE(all.find("test.toml:4: timing.failsafe_fade_s must be 0..86400 seconds"), std::string::npos)
      << all;
  EXPECT_NE(all.find("test.toml:12: safe_look.intensity must be a number 0..1"), std::string::npos) << all;
}

TEST(Patch, UnknownType) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"laser\"\nuniverse = 1\naddress = 1\n");
  EXPECT_NE(problems(p).find("test.toml:1: fixture \"a\": unknown type \"laser\""), std::string::npos)
      << problems(p);
}

TEST(Patch, UnknownChannelInType) {
  auto p = parse("[types.x]\nchannels = [\"red\", \"zoom\"]\n");
  EXPECT_NE(problems(p).find("test.toml:2: type \"x\": unknown channel zoom"), std::string::npos)
      << problems(p);
}

TEST(Patch, DuplicateNames) {
  auto p = parse(R"([[fixtures]]
name = "a"
type = "dimmer"
universe = 1
address = 1
[[fixtures]]
name = "a"
type = "dimmer"
universe = 1
address = 2
)");
  EXPECT_NE(problems(p).find("test.toml:6: duplicate fixture name \"a\" (first at line 1)"),
            std::string::npos)
      << problems(p);
}

TEST(Patch, UniverseOutOfRange) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"dimmer\"\nuniverse = 64000\naddress = 1\n");
  EXPECT_NE(problems(p).find("test.toml:1: fixture \"a\": universe 64000 out of range 1..63999"),
            std::string::npos)
      << problems(p);
}

TEST(Patch, BadOutputs) {
  auto p = parse("[[fixtures]]\nname = \"a\"\ntype = \"dimmer\"\nuniverse = 1\naddress = 1\n", R"(
[[outputs]]
protocol = "dmx-usb"
destination = "127.0.0.1"
[[outputs]]
protocol = "sacn"
destination = "broadcast"
[[outputs]]
protocol = "artnet"
destination = "10.0.0.300"
universes = [1, 2]
[[outputs]]
protocol = "artnet"
destination = "127.0.0.1"
universe_offset = 40000
)");
  const std::string text = problems(p);
  EXPECT_NE(text.find("test.toml:7: output: unknown protocol \"dmx-usb\""), std::string::npos) << text;
  EXPECT_NE(
      text.find(
          "test.toml:10: output: destination \"broadcast\" is neither an IPv4 address nor \"multicast\""),
      std::string::npos)
      << text;
  EXPECT_NE(text.find("test.toml:13: output: destination \"10.0.0.300\""), std::string::npos) << text;
  EXPECT_NE(text.find("test.toml:13: output: universe 2 has no fixtures patched"), std::string::npos) << text;
  EXPECT_NE(text.find("test.toml:17: output: universe 1 is Art-Net port address 40001, outside 0..32767"),
            std::string::npos)
      << text;
}

TEST(Patch, ListsEveryProblemAtOnce) {
  auto p = parse(R"([[fixtures]]
name = "a"
type = "laser"
universe = 1
address = 1
[[fixtures]]
name = "b"
type = "rgb"
universe = 0
address = 1
[[fixtures]]
name = "c"
type = "rgb"
universe = 1
address = 511
[[safe_look]]
select = "nobody"
intensity = 0.5
)");
  const std::string text = problems(p);
  EXPECT_NE(text.find("4 problems in test.toml"), std::string::npos) << text;
  EXPECT_NE(text.find("test.toml:1:"), std::string::npos) << text;
  EXPECT_NE(text.find("test.toml:6:"), std::string::npos) << text;
  EXPECT_NE(text.find("test.toml:11:"), std::string::npos) << text;
  EXPECT_NE(text.find("test.toml:16: safe_look: \"nobody\" selects no fixture"), std::string::npos) << text;
}

TEST(Patch, TomlSyntaxErrorNamesTheLine) {
  auto p = parse_patch("[source]\nname = \n", "broken.toml");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().message.rfind("broken.toml:2:", 0), 0u) << p.error().message;
}

TEST(Patch, CidIsStablePerKioskAndConfigurable) {
  EXPECT_EQ(derive_cid("lobby-3"), derive_cid("lobby-3"));
  EXPECT_NE(derive_cid("lobby-3"), derive_cid("lobby-4"));
  const auto cid = derive_cid("lobby-3");
  EXPECT_EQ(parse_cid(format_cid(cid)), cid);
  EXPECT_EQ(format_cid(cid)[14], '8');  // UUID version 8
  auto p = parse("[source]\ncid = \"00112233-4455-6677-8899-aabbccddeeff\"\n", "");
  ASSERT_TRUE(p.ok()) << problems(p);
  EXPECT_EQ(format_cid(*p->source.cid), "00112233-4455-6677-8899-aabbccddeeff");
  EXPECT_FALSE(parse("[source]\ncid = \"not-a-uuid\"\n").ok());
}

TEST(Patch, DemoPatchMatchesTheShowsNames) {
  auto patch = load_patch(core::data_dir() / "config" / "patch-demo.toml");
  ASSERT_TRUE(patch.ok()) << patch.error().message;
  const show::Rig rig = patch->rig();
  for (const char* zone : {"north", "east", "south", "west"}) {
    EXPECT_EQ(rig.select(zone).size(), 16u) << zone;
    EXPECT_TRUE(rig.index_of(std::string("facade.") + zone + ".16").has_value()) << zone;
  }
  EXPECT_EQ(rig.select("facade").size(), 64u);
  EXPECT_EQ(rig.select("stage").size(), 8u);
  EXPECT_EQ(rig.select("lobby").size(), 6u);
  EXPECT_TRUE(rig.index_of("stage.spot.08").has_value());
  EXPECT_TRUE(rig.index_of("lobby.06").has_value());
  EXPECT_EQ(patch->universes(), (std::vector<std::uint16_t>{1, 2, 3, 4, 5, 6}));
  EXPECT_TRUE(load_patch(core::data_dir() / "config" / "patch-test.toml").ok());
}

}  // namespace
}  // namespace marquee::lighting
