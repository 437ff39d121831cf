// `show simulate --command`: timed live commands through the ShowController on a HoldableClock.
// The printed lines show the hold, its length and the late start; the timeline PNG is hatched
// amber over the held span and has a cyan line at the shift (checked by pixels).
#define STB_IMAGE_IMPLEMENTATION
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stb_image.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "scripting/simulate.hpp"
#include "show/timeline.hpp"

namespace marquee::scripting {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kShow = R"(
cue("show", function() light.fade("north", { intensity = 1, color = "#ff0000" }, 240) end)
cue("late", function() display.text({ en = "late" }, "all") end)
start_at("20:00:00", "show")
start_at("20:06:00", "late")
)";

struct Png {
  int w = 0, h = 0;
  std::vector<unsigned char> rgb;
  bool is(int x, int y, const std::uint8_t* want) const {
    const unsigned char* p = &rgb[(static_cast<std::size_t>(y) * w + x) * 3];
    return p[0] == want[0] && p[1] == want[1] && p[2] == want[2];
  }
};

class SimulateLive : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = std::filesystem::temp_directory_path() / ("marquee-simlive-" + std::to_string(getpid()));
    std::filesystem::create_directories(base_);
    std::ofstream(base_ / "show.lua") << kShow;
    sim_.script = base_ / "show.lua";
    sim_.date = "2027-03-27";
    sim_.from = "19:59:00";
    sim_.to = "20:10:00";  // 11 minutes on 1200 columns
    sim_.timeline = base_ / "timeline.png";
  }
  void TearDown() override { std::filesystem::remove_all(base_); }
  std::string run() {
    HostOptions o;
    o.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
    std::ostringstream out;
    auto code = simulate(sim_, demo_rig(), o, out);
    EXPECT_TRUE(code.ok()) << (code.ok() ? "" : code.error().message);
    if (code.ok()) {
      EXPECT_EQ(*code, 0) << out.str();
    }
    return out.str();
  }
  Png timeline() const {
    Png img;
    int n = 0;
    unsigned char* d = stbi_load(sim_.timeline->c_str(), &img.w, &img.h, &n, 3);
    EXPECT_NE(d, nullptr);
    if (d) {
      img.rgb.assign(d, d + static_cast<std::size_t>(img.w) * img.h * 3);
      stbi_image_free(d);
    }
    return img;
  }
  static int column(int minutes_after_1959, int seconds = 0) {
    return static_cast<int>((minutes_after_1959 * 60 + seconds) / 660.0 * 1200);
  }
  std::filesystem::path base_;
  SimulateOptions sim_;
};

TEST_F(SimulateLive, HoldResumeAndShiftArePrintedAndMarkedOnTheTimeline) {
  sim_.commands = {R"(20:03:00 {"action":"resume","who":"cli"})",  // out of order on purpose
                   R"(20:01:00 {"action":"hold","who":"cli"})",
                   R"(20:04:00 {"action":"shift","seconds":60,"who":"pin:1"})"};
  const std::string out = run();
  EXPECT_THAT(out, HasSubstr("20:01:00.000 +00:02:00.000 [cli] Hold -> ok\n"));
  EXPECT_THAT(out, HasSubstr("20:03:00.000 +00:04:00.000 [cli] Resume -> ok (show time 20:01:00.000)\n"));
  EXPECT_THAT(out, HasSubstr("[pin:1] Shift +1 min -> ok, 1 start moved"));
  EXPECT_THAT(out, HasSubstr("held: 20:01:00.000 - 20:03:00.000 (00:02:00.000)\n"));
  EXPECT_THAT(out, HasSubstr("behind plan at the end: 00:02:00.000\n"));
  // 20:06 in the script + 1 min shift + 2 min hold: on the wall clock at 20:09.
  EXPECT_THAT(out, HasSubstr("20:09:00.000 +00:10:00.000 [late] display text target=all"));
  EXPECT_THAT(out, Not(HasSubstr("20:06:00.000 +00:07:00.000 [late]")));

  const Png png = timeline();
  ASSERT_EQ(png.w, 1200);
  const int gap_y = 41;  // the gap under the first row
  const auto* amber = show::TimelineRecorder::kHeldRgb;
  const auto* cyan = show::TimelineRecorder::kShiftRgb;
  EXPECT_TRUE(png.is(column(3), gap_y, amber)) << "20:02 (held) is not hatched";
  EXPECT_FALSE(png.is(column(0, 30), gap_y, amber)) << "19:59:30 (before the hold) is hatched";
  EXPECT_FALSE(png.is(column(5), gap_y, amber)) << "20:04 (after Resume) is hatched";
  EXPECT_TRUE(png.is(column(5), png.h / 2, cyan)) << "no shift line at 20:04";
  EXPECT_FALSE(png.is(column(6), png.h / 2, cyan));
}

TEST_F(SimulateLive, WithoutAHoldNothingIsHatched) {
  sim_.commands = {R"(20:02:00 {"action":"go","cue":"late","who":"cli"})"};
  const std::string out = run();
  EXPECT_THAT(out, HasSubstr("20:02:00.000 +00:03:00.000 [cli] GO late -> ok\n"));
  EXPECT_THAT(out, Not(HasSubstr("held:")));
  const Png png = timeline();
  for (int c = 0; c < png.w; c += 7) ASSERT_FALSE(png.is(c, 41, show::TimelineRecorder::kHeldRgb)) << c;
}

TEST_F(SimulateLive, ABadCommandNamesItsPlaceAndField) {
  sim_.commands = {R"(20:01:00 {"action":"hold","who":"cli"})", R"(20:02:00 {"action":"shift","who":"cli"})"};
  std::ostringstream out;
  auto code = simulate(sim_, demo_rig(), HostOptions{}, out);
  ASSERT_FALSE(code.ok());
  EXPECT_THAT(code.error().message, HasSubstr("--command 2"));
  EXPECT_THAT(code.error().message, HasSubstr("\"seconds\""));
  sim_.commands = {R"(8pm {"action":"hold","who":"cli"})"};
  EXPECT_THAT(simulate(sim_, demo_rig(), HostOptions{}, out).error().message,
              HasSubstr("--command 1: bad clock time"));
  sim_.commands = {R"(20:01:00 {"action":"go","cue":"x","who":"cli","at":"2026-05-22T12:00:00Z"})"};
  EXPECT_THAT(simulate(sim_, demo_rig(), HostOptions{}, out).error().message,
              HasSubstr("--command 1: \"at\": give the time before the JSON"));
}

}  // namespace
}  // namespace marquee::scripting
