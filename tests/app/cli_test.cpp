// Runs the real `marquee` binary the way operators and CI do, and checks exit codes and output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>

#include "run_marquee.hpp"

namespace {

using CmdResult = ::marquee::app::MarqueeRun;

CmdResult marquee(const std::string& args) { return ::marquee::app::run_marquee(args, ::marquee::app::Stderr::Discard); }

std::string src(const std::string& rel) {
  return std::string(MARQUEE_SOURCE_DIR) + "/" + rel;
}

struct Image {
  int w = 0, h = 0;
  std::vector<unsigned char> rgba;
  std::size_t distinct_colours() const {
    std::set<uint32_t> colours;
    for (std::size_t i = 0; i + 3 < rgba.size() && colours.size() < 64; i += 4 * 97) {
      colours.insert(rgba[i] | rgba[i + 1] << 8 | rgba[i + 2] << 16);
    }
    return colours.size();
  }
};

Image load_png(const std::string& path) {
  Image img;
  int n = 0;
  unsigned char* data = stbi_load(path.c_str(), &img.w, &img.h, &n, 4);
  if (data) img.rgba.assign(data, data + static_cast<std::size_t>(img.w) * img.h * 4);
  stbi_image_free(data);
  return img;
}

std::string temp_png(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("marquee-test-" + std::to_string(getpid()) + "-" + name))
      .string();
}

TEST(Cli, VersionMatchesProjectAndGitRevision) {
  const CmdResult r = marquee("--version");
  EXPECT_EQ(r.exit_code, 0);
  // The revision of the source tree this binary was built from (-dirty with uncommitted changes).
  std::string head;
  if (FILE* p = popen(("git -C " + src("") + " rev-parse --short=12 HEAD 2>/dev/null").c_str(), "r")) {
    char buf[64] = {};
    if (fgets(buf, sizeof buf, p)) head = buf;
    pclose(p);
  }
  if (!head.empty() && head.back() == '\n') head.pop_back();
  const std::string expected =
      std::string("marquee ") + MARQUEE_VERSION + " (git " + (head.empty() ? "unknown" : head);
  EXPECT_TRUE(r.out == expected + ")\n" || r.out == expected + "-dirty)\n")
      << r.out << "expected " << expected;
}

TEST(Cli, HelpListsSubcommands) {
  const CmdResult r = marquee("--help");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, ::testing::HasSubstr("run"));
  EXPECT_THAT(r.out, ::testing::HasSubstr("validate"));
}

TEST(Cli, ValidateDemoIsCleanAndExitsZero) {
  const CmdResult r = marquee("validate " + src("assets/demo"));
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, ::testing::HasSubstr("0 errors, 0 warnings (4 venues"));
}

TEST(Cli, ValidatePrintsEveryProblemAndExitsOne) {
  const CmdResult r = marquee("validate " + src("tests/content/fixtures/validation/many_problems"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out,
              ::testing::HasSubstr("event.json:/venues/0/time_zone: invalid time zone \"Mars/Olympus\""));
  EXPECT_THAT(r.out, ::testing::HasSubstr("event.json:/venues/1/id: duplicate venue id \"v1\""));
  EXPECT_THAT(r.out, ::testing::HasSubstr("event.json:/rooms/0/venue: unknown venue \"v9\""));
  EXPECT_THAT(r.out, ::testing::HasSubstr("event.json:/venus: warning: unknown top-level key \"venus\""));
  EXPECT_THAT(r.out,
              ::testing::HasSubstr("sessions.json:/sessions/0/title: missing required translation \"zh\""));
  EXPECT_THAT(r.out, ::testing::HasSubstr("sessions.json:/sessions/1/kind: unknown session kind \"party\""));
  EXPECT_THAT(r.out, ::testing::HasSubstr("sessions.json:/sessions/2: expected an object, got string"));
  EXPECT_THAT(r.out, ::testing::HasSubstr("exhibitors.json:/exhibitors/0/booth: unknown booth \"H3-99\""));
  EXPECT_THAT(r.out,
              ::testing::HasSubstr("exhibitors.json:/exhibitors/1/name: expected an object of translations"));
  EXPECT_THAT(r.out, ::testing::MatchesRegex("(.|\n)*many_problems: [0-9]+ errors, 1 warning\n$"));
}

TEST(Cli, ValidateWarningsOnlyExitsZero) {
  const auto dir = std::filesystem::temp_directory_path() / ("marquee-warn-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::copy(src("assets/demo"), dir, std::filesystem::copy_options::recursive);  // with images/
  {
    std::ofstream f(dir / "announcements.json");
    f << R"({"format": 1, "announcements": [], "notes": "draft"})";
  }
  const CmdResult r = marquee("validate " + dir.string());
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, ::testing::HasSubstr("0 errors, 1 warning"));
}

TEST(Cli, HeadlessRunWritesANonBlankScreenshot) {
  const std::string png = temp_png("home.png");
  const CmdResult r =
      marquee("run --headless --frames 3 --screenshot " + png + " --now 2027-03-26T10:40:00+08:00");
  ASSERT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, ::testing::HasSubstr("screenshot: "));
  const Image img = load_png(png);
  std::filesystem::remove(png);
  EXPECT_EQ(img.w, 1920);
  EXPECT_EQ(img.h, 1080);
  EXPECT_GT(img.distinct_colours(), 4u);
}

TEST(Cli, HeadlessRunPrintsStatsAsOneJsonLine) {
  const CmdResult r = marquee("run --headless --frames 5 --stats --size 1280x720");
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_THAT(
      r.out,
      ::testing::MatchesRegex(
          "\\{\"frames\":5,\"p50_ms\":[0-9.]+,\"p99_ms\":[0-9.]+,\"max_ms\":[0-9.]+,\"first_frame_ms\":"
          "[0-9.]+,\"peak_rss_mb\":[0-9.]+\\}\n"));
}

TEST(Cli, ScreensRenderDifferentlyInEnglishAndChinese) {
  for (const char* screen : {"home", "schedule", "exhibitors", "map", "announcements", "attract"}) {
    const std::string en = temp_png(std::string(screen) + "-en.png");
    const std::string zh = temp_png(std::string(screen) + "-zh.png");
    const std::string common =
        std::string(" --headless --frames 2 --size 960x540 --now 2027-03-26T10:40:00+08:00 --screen ") +
        screen;
    ASSERT_EQ(marquee("run --lang en --screenshot " + en + common).exit_code, 0) << screen;
    ASSERT_EQ(marquee("run --lang zh --screenshot " + zh + common).exit_code, 0) << screen;
    const Image a = load_png(en), b = load_png(zh);
    std::filesystem::remove(en);
    std::filesystem::remove(zh);
    EXPECT_GT(a.distinct_colours(), 2u) << screen;
    EXPECT_GT(b.distinct_colours(), 2u) << screen;
    EXPECT_NE(a.rgba, b.rgba) << screen << ": en and zh renders are identical";
  }
}

// Share of pixels that differ clearly between two renders of the same size.
double share_different(const std::vector<unsigned char>& a, const std::vector<unsigned char>& b) {
  std::size_t differ = 0;
  for (std::size_t i = 0; i + 3 < a.size() && i + 3 < b.size(); i += 4) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(int{a[i + c]} - int{b[i + c]}));
    differ += worst > 32 ? 1 : 0;
  }
  return a.empty() ? 0.0 : static_cast<double>(differ) / static_cast<double>(a.size() / 4);
}

TEST(Cli, AttractLoopStartsAtTheSceneAskedFor) {
  // Each scene of the demo's attract loop is its own picture (staff preview them this way). The
  // 28th in Beijing has every scene: sessions on now, featured exhibitors, the evening show.
  std::vector<std::pair<std::string, std::vector<unsigned char>>> seen;
  for (const char* scene : {"event", "now", "featured", "countdown", "map"}) {
    const std::string png = temp_png(std::string("attract-") + scene + ".png");
    ASSERT_EQ(marquee(std::string("run --headless --frames 2 --size 960x540 --now 2027-03-28T10:40:00+08:00 "
                                  "--attract-scene ") + scene + " --screenshot " + png)
                  .exit_code,
              0)
        << scene;
    const Image image = load_png(png);
    std::filesystem::remove(png);
    EXPECT_GT(image.distinct_colours(), 2u) << scene;
    // The light-show background moves between runs; a different scene changes far more than that.
    for (const auto& [name, other] : seen)
      EXPECT_GT(share_different(image.rgba, other), 0.02) << scene << " looks like " << name;
    seen.emplace_back(scene, image.rgba);
  }
  EXPECT_EQ(marquee("run --headless --frames 1 --attract-scene lobby").exit_code, 2);
}

TEST(Cli, BadOptionsAreRejectedWithAReason) {
  EXPECT_EQ(marquee("run --headless --frames 1 --screen lobby").exit_code, 2);
  EXPECT_EQ(marquee("run --headless --frames 1 --lang fr").exit_code, 2);
  EXPECT_EQ(marquee("run --headless --frames 1 --size huge").exit_code, 2);
}

TEST(Cli, InvalidContentFallsBackToDemoInsteadOfCrashing) {
  const CmdResult r = marquee("run --headless --frames 2 --content " +
                              src("tests/content/fixtures/validation/many_problems"));
  EXPECT_EQ(r.exit_code, 0);
}

}  // namespace
