#include "show/timeline.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace marquee::show {
namespace {

TEST(Timeline, ColumnsHoldTheLookUntilTheNextFrameAndPngIsWritten) {
  const Rig rig({{"a.1", {"a"}, "a", {Attribute::Intensity}}, {"b.1", {"b"}, "b", {Attribute::Intensity}}});
  const core::WallTime from{std::chrono::seconds{1000}};
  TimelineRecorder rec(rig, from, from + std::chrono::seconds{10}, 10);
  FixtureFrame dark;
  dark.fixtures.resize(2);
  FixtureFrame lit = dark;
  lit.fixtures[0].set(Attribute::Intensity, 1.0f);
  rec.add(from, dark);
  rec.add(from + std::chrono::seconds{5}, lit);
  ASSERT_EQ(rec.rows(), (std::vector<std::string>{"a", "b"}));
  EXPECT_FLOAT_EQ(rec.intensity_at(0, 4), 0.0f);
  EXPECT_FLOAT_EQ(rec.intensity_at(0, 5), 1.0f);
  const auto path = std::filesystem::temp_directory_path() / "marquee_timeline_test.png";
  ASSERT_TRUE(rec.write_png(path).ok());
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  EXPECT_EQ(std::string(magic + 1, 3), "PNG");
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace marquee::show
