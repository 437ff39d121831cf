// The data directory is found next to the executable: installed, extracted anywhere, build tree.
#include "core/paths.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

namespace marquee::core {
namespace {
namespace fs = std::filesystem;

class DataDir : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("marquee-paths-" + std::to_string(::getpid()));
    fs::remove_all(root_);
  }
  void TearDown() override { fs::remove_all(root_); }
  void make_data(const fs::path& share) { fs::create_directories(share / "marquee" / "assets" / "demo"); }
  fs::path root_;
};

TEST_F(DataDir, InstalledLayoutIsOneLevelAboveBin) {
  make_data(root_ / "usr" / "share");
  EXPECT_EQ(find_data_dir_near(root_ / "usr" / "bin" / "marquee"), root_ / "usr" / "share" / "marquee");
}

TEST_F(DataDir, BuildTreeHasItBesideTheExecutableAndAboveTestBinaries) {
  make_data(root_ / "build" / "share");
  EXPECT_EQ(find_data_dir_near(root_ / "build" / "marquee"), root_ / "build" / "share" / "marquee");
  EXPECT_EQ(find_data_dir_near(root_ / "build" / "tests" / "app" / "app_cli_test"),
            root_ / "build" / "share" / "marquee");
}

TEST_F(DataDir, NearestWinsAndADirectoryWithoutDemoContentDoesNotCount) {
  make_data(root_ / "share");
  fs::create_directories(root_ / "a" / "share" / "marquee");  // empty: not a data directory
  make_data(root_ / "a" / "b" / "share");
  EXPECT_EQ(find_data_dir_near(root_ / "a" / "b" / "marquee"), root_ / "a" / "b" / "share" / "marquee");
  EXPECT_EQ(find_data_dir_near(root_ / "a" / "marquee"), root_ / "share" / "marquee");
}

TEST_F(DataDir, GivesUpFourLevelsAbove) {
  make_data(root_ / "share");
  EXPECT_EQ(find_data_dir_near(root_ / "1" / "2" / "3" / "4" / "marquee"), std::nullopt);
  EXPECT_EQ(find_data_dir_near(root_ / "1" / "2" / "3" / "marquee"), root_ / "share" / "marquee");
}

TEST(DataDirOfThisBuild, IsTheStagedBuildTreeNotTheSourceTree) {
  EXPECT_EQ(data_dir(), fs::path(MARQUEE_BINARY_DIR) / "share" / "marquee");
  EXPECT_TRUE(fs::exists(demo_content_dir() / "event.json"));
}

}  // namespace
}  // namespace marquee::core
