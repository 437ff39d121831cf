// `marquee show preview` with the real KioskApp (headless, software rasteriser) on the demo
// content: the pictures at two instants differ as the script says, a kiosk outside a zone
// command's target does not show it, the lights strip and contact sheet are drawn, and a bad
// --at is refused before anything starts.
#define STB_IMAGE_IMPLEMENTATION
#include "app/show_preview.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stb_image.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_marquee.hpp"
#include "scripting/simulate.hpp"

namespace marquee::app {
namespace {

using ::testing::HasSubstr;

struct Png {
  int w = 0, h = 0;
  std::vector<unsigned char> rgba;
  // Mean colour of a box, as 0..255 per channel.
  std::array<double, 3> mean(int x0, int y0, int x1, int y1) const {
    std::array<double, 3> sum{};
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x)
        for (int c = 0; c < 3; ++c)
          sum[static_cast<std::size_t>(c)] += rgba[(static_cast<std::size_t>(y) * w + x) * 4 + c];
    const double n = static_cast<double>((x1 - x0) * (y1 - y0));
    for (double& v : sum) v /= n;
    return sum;
  }
};

Png load(const std::filesystem::path& p) {
  Png img;
  int n = 0;
  unsigned char* data = stbi_load(p.c_str(), &img.w, &img.h, &n, 4);
  EXPECT_NE(data, nullptr) << p;
  if (data) {
    img.rgba.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 4);
    stbi_image_free(data);
  }
  return img;
}

bool reddish(const std::array<double, 3>& c) {
  return c[0] > 150 && c[1] < 80 && c[2] < 80;
}

class ShowPreview : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("marquee-preview-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    // The countdown goes to every kiosk; at 20:00 the title goes to zone hall-a only.
    std::ofstream(dir_ / "show.lua") << R"(
cue("title", function()
  display.text({ en = "Night of Digital City" }, "zone:hall-a", "#c02020")
  light.set("north", { intensity = 1, color = "#ff0000" })
end)
display.countdown("20:00:00", { en = "The show begins in" }, "all")
start_at("20:00:00", "title")
)";
    std::ofstream(dir_ / "a.toml") << "[kiosk]\nid = \"hall-a-1\"\nvenue = \"bj\"\nzone = \"hall-a\"\n";
    std::ofstream(dir_ / "b.toml") << "[kiosk]\nid = \"hall-b-1\"\nvenue = \"bj\"\nzone = \"hall-b\"\n";
    o_.script = dir_ / "show.lua";
    o_.kiosk_configs = {dir_ / "a.toml", dir_ / "b.toml"};
    o_.out = dir_ / "out";
    o_.date = "2027-03-27";
    o_.size = "640x360";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string run() {
    std::ostringstream out;
    auto code = show_preview(o_, scripting::demo_rig(), out);
    EXPECT_TRUE(code.ok()) << (code.ok() ? "" : code.error().message);
    if (code.ok()) {
      EXPECT_EQ(*code, 0) << out.str();
    }
    return out.str();
  }

  std::filesystem::path dir_;
  PreviewOptions o_;
};

TEST_F(ShowPreview, TheCountdownBeforeAndTheZonesTitleAfterOnlyOnTheTargetedKiosk) {
  o_.at = {"20:00:30", "19:58"};  // out of order on purpose
  const std::string printed = run();
  EXPECT_THAT(printed, HasSubstr("hall-a-1-195800.png (kiosk hall-a-1, 19:58:00, countdown)"));
  EXPECT_THAT(printed, HasSubstr("hall-a-1-200030.png (kiosk hall-a-1, 20:00:30, text)"));
  EXPECT_THAT(printed, HasSubstr("hall-b-1-200030.png (kiosk hall-b-1, 20:00:30, countdown)"));
  const Png a_before = load(o_.out / "hall-a-1-195800.png");
  const Png a_after = load(o_.out / "hall-a-1-200030.png");
  const Png b_after = load(o_.out / "hall-b-1-200030.png");
  ASSERT_EQ(a_before.w, 640);
  ASSERT_EQ(a_before.h, 360);
  // A band down the left edge, clear of any text: the scene's background.
  const auto before = a_before.mean(5, 100, 60, 260);
  const auto after = a_after.mean(5, 100, 60, 260);
  const auto other = b_after.mean(5, 100, 60, 260);
  EXPECT_FALSE(reddish(before)) << "the title's red before 20:00: " << before[0] << "," << before[1] << ","
                                << before[2];
  EXPECT_TRUE(reddish(after)) << "no red title background at 20:00:30 on the hall-a kiosk: " << after[0]
                              << "," << after[1] << "," << after[2];
  EXPECT_FALSE(reddish(other)) << "the hall-b kiosk shows a command for zone hall-a";
  // The countdown's digits changed between 19:58 (2 min to go) and... hall-b at 20:00:30 (over):
  // the middle of the screen differs, so the kiosk was drawn at each instant, not once.
  const Png b_before = load(o_.out / "hall-b-1-195800.png");
  int changed = 0;  // pixels of the digits that differ: "00:02:00" against "00:00:00"
  for (int y = 180; y < 250; ++y)
    for (int x = 200; x < 440; ++x)
      if (b_before.rgba[(static_cast<std::size_t>(y) * 640 + x) * 4] !=
          b_after.rgba[(static_cast<std::size_t>(y) * 640 + x) * 4])
        ++changed;
  EXPECT_GT(changed, 40) << "hall-b's countdown looks the same at 19:58:00 and 20:00:30";
  // The lights: one block per instant; zone north is dark at 19:58 and red at 20:00:30.
  EXPECT_THAT(printed, HasSubstr("lights.png (lights; blocks: 19:58:00 20:00:30; rows:"));
  const Png lights = load(o_.out / "lights.png");
  ASSERT_EQ(lights.w, 128);
  // Rows as printed ("rows: facade north ..."), 40 px and a 4 px gap each.
  const std::string rows = printed.substr(printed.find("rows: ") + 6);
  std::istringstream words(rows.substr(0, rows.find(')')));
  int north_row = -1;
  std::string word;
  for (int i = 0; words >> word; ++i)
    if (word == "north") north_row = i;
  ASSERT_GE(north_row, 0) << printed;
  const int north_top = north_row * 44;
  EXPECT_LT(lights.mean(2, north_top + 2, 60, north_top + 30)[0], 10) << "north lit before its cue";
  const auto north = lights.mean(66, north_top + 2, 126, north_top + 30);
  EXPECT_TRUE(reddish(north)) << "north not red after its cue: " << north[0] << "," << north[1] << ","
                              << north[2];
}

TEST_F(ShowPreview, EveryWritesAContactSheetOfTheWholeRange) {
  o_.at = {"19:59:30", "20:00:30"};
  o_.every = core::Millis{15'000};
  o_.kiosk_configs = {dir_ / "a.toml"};
  const std::string printed = run();
  EXPECT_THAT(printed, HasSubstr("hall-a-1-sheet.png (kiosk hall-a-1, 5 frames)"));
  const Png sheet = load(o_.out / "hall-a-1-sheet.png");
  // 640 px frames are scaled by 2 to 320: four a row, two rows.
  EXPECT_EQ(sheet.w, 8 + 4 * (320 + 8));
  // Frame 1 (19:59:30) is the countdown, frame 3 (20:00:00) the red title.
  EXPECT_FALSE(reddish(sheet.mean(10, 40, 30, 140)));
  EXPECT_TRUE(reddish(sheet.mean(8 + 2 * 328 + 2, 40, 8 + 2 * 328 + 22, 140)));
}

TEST_F(ShowPreview, ABadAtIsRefusedNamingTheValue) {
  o_.at = {"19:58", "25:00"};
  std::ostringstream out;
  auto code = show_preview(o_, scripting::demo_rig(), out);
  ASSERT_FALSE(code.ok());
  EXPECT_THAT(code.error().message, HasSubstr("--at \"25:00\": bad clock time"));
  EXPECT_FALSE(std::filesystem::exists(o_.out)) << "nothing is written for a bad command line";
  EXPECT_FALSE(parse_every("10x").ok());
  EXPECT_EQ(*parse_every("1m30s"), core::Millis{90'000});
}

// The subcommand as staff type it: a bad --at is exit 2 with the value named; a good run writes
// the pictures and lists them.
TEST_F(ShowPreview, TheCommandLine) {
  const std::string common = "show preview " + o_.script.string() + " --kiosk-config " +
                             (dir_ / "a.toml").string() + " --out " + o_.out.string() +
                             " --date 2027-03-27 --size 640x360";
  const MarqueeRun bad = run_marquee(common + " --at 19:58 --at 7pm");
  EXPECT_EQ(bad.exit_code, 2) << bad.out;
  EXPECT_THAT(bad.out, HasSubstr("--at \"7pm\": bad clock time \"7pm\""));
  const MarqueeRun every = run_marquee(common + " --at 19:58 --every 1x");
  EXPECT_EQ(every.exit_code, 2) << every.out;
  EXPECT_THAT(every.out, HasSubstr("--every \"1x\""));
  const MarqueeRun good = run_marquee(common + " --at 19:59:30 --at 20:00:30 --every 30s", Stderr::Discard);
  EXPECT_EQ(good.exit_code, 0) << good.out;
  EXPECT_THAT(good.out, HasSubstr("hall-a-1-200030.png (kiosk hall-a-1, 20:00:30, text)"));
  EXPECT_THAT(good.out, HasSubstr("hall-a-1-sheet.png (kiosk hall-a-1, 3 frames)"));
  EXPECT_TRUE(std::filesystem::exists(o_.out / "lights.png"));
}

}  // namespace
}  // namespace marquee::app
