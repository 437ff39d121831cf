// The kiosk on a 10k-exhibitor expo (generated content): every attendee screen draws without
// tripping ImGui's 16-bit index limit (a window of more than 65,536 vertices), with both renderers.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "run_marquee.hpp"
#include "synthetic/synthetic_content.hpp"

namespace marquee::app {
namespace {

class LargeContent : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() / ("marquee-large-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    ASSERT_TRUE(content::write_synthetic_bundle(dir_).ok());
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }
  static std::filesystem::path dir_;
};
std::filesystem::path LargeContent::dir_;

TEST_P(LargeContent, EveryScreenDrawsWithEitherRenderer) {
  for (const char* renderer : {"software", "sdl-software"}) {
    const auto shot = dir_ / (GetParam() + "-" + renderer + ".png");
    const auto r = run_marquee("run --headless --frames 3 --size 1920x1080 --now 2027-03-26T10:40:00+08:00 --content " +
                               dir_.string() + " --screen " + GetParam() + " --renderer " + renderer +
                               " --screenshot " + shot.string());
    EXPECT_EQ(r.exit_code, 0) << renderer << ": " << r.out;
    EXPECT_TRUE(std::filesystem::exists(shot)) << renderer;
  }
}

INSTANTIATE_TEST_SUITE_P(Screens, LargeContent,
                         ::testing::Values("home", "schedule", "exhibitors", "map", "announcements", "attract"));

}  // namespace
}  // namespace marquee::app
