// `marquee import-schedule` as an editor runs it on each format: the line saying what was read,
// --time-zone (and a bad one), --kind-map, and an unrecognised file failing with exit 1.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "run_marquee.hpp"

namespace marquee::app {
namespace {

using ::testing::HasSubstr;

std::string fixture(const std::string& name) {
  return std::string(MARQUEE_SOURCE_DIR) + "/tests/content/fixtures/schedule_import/" + name;
}

std::filesystem::path out_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("marquee_import_cli_" + name);
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(ImportScheduleCli, SaysWhichFormatItReadAndWritesTheBundle) {
  const auto dir = out_dir("xml");
  const auto r = run_marquee("import-schedule " + fixture("frab_schedule.xml") + " --out " + dir.string());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("read frab schedule.xml: 4 events in 2 rooms over 2 days"));
  EXPECT_THAT(r.out, HasSubstr("frab_schedule.xml:74:/schedule/day[1]/room[2]/event[2]: warning: event skipped: no title"));
  EXPECT_THAT(r.out, HasSubstr("1 rooms without events not written: \"Lager\""));
  EXPECT_TRUE(std::filesystem::exists(dir / "sessions.json"));
  const auto valid = run_marquee("validate " + dir.string());
  EXPECT_EQ(valid.exit_code, 0) << valid.out;
  std::filesystem::remove_all(dir);
}

TEST(ImportScheduleCli, FloatingTimesNeedTimeZone) {
  const auto dir = out_dir("xcal");
  const auto without = run_marquee("import-schedule " + fixture("floating.xcal") + " --out " + dir.string());
  EXPECT_EQ(without.exit_code, 1);
  EXPECT_THAT(without.out, HasSubstr("pass --time-zone ZONE"));
  EXPECT_FALSE(std::filesystem::exists(dir / "sessions.json"));
  const auto bad = run_marquee("import-schedule " + fixture("floating.xcal") + " --out " + dir.string() +
                               " --time-zone Mars/Olympus");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.out, HasSubstr("--time-zone: unknown time zone \"Mars/Olympus\""));
  const auto with = run_marquee("import-schedule " + fixture("floating.xcal") + " --out " + dir.string() +
                                " --time-zone Europe/Oslo");
  EXPECT_EQ(with.exit_code, 0) << with.out;
  EXPECT_THAT(with.out, HasSubstr("read xCal: 2 events in 1 rooms over 1 days"));
  EXPECT_THAT(with.out, HasSubstr("Europe/Oslo"));
  std::filesystem::remove_all(dir);
}

TEST(ImportScheduleCli, KindMapFileExtendsTheBuiltInTable) {
  const auto dir = out_dir("kinds");
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "kinds.toml") << "[kinds]\n\"DJ Set\" = \"special_activity\"\n";
    std::ofstream(dir / "bad.toml") << "[kinds]\n\"Talk\" = \"lecture\"\n";
  }
  const auto r = run_marquee("import-schedule " + fixture("schedule2.json") + " --out " + (dir / "out").string() +
                             " --kind-map " + (dir / "kinds.toml").string());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_THAT(r.out, HasSubstr("read schedule2 JSON: 3 events in 2 rooms"));
  EXPECT_THAT(r.out, HasSubstr("type DJ Set -> special_activity (1 events)"));
  const auto bad = run_marquee("import-schedule " + fixture("schedule2.json") + " --out " + (dir / "out2").string() +
                               " --kind-map " + (dir / "bad.toml").string());
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.out, HasSubstr("bad.toml:2: kinds.Talk: expected one of opening_ceremony"));
  std::filesystem::remove_all(dir);
}

TEST(ImportScheduleCli, UnrecognisedFileIsAnErrorNotZeroEvents) {
  const auto dir = out_dir("unknown");
  const auto r = run_marquee("import-schedule " + fixture("not_a_schedule.xml") + " --out " + dir.string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("not_a_schedule.xml:2: expected frab/pretalx JSON (schedule.conference.days), "
                               "schedule2 JSON (events[] + rooms[]), schedule.xml (<schedule>) or xCal "
                               "(<iCalendar>); found XML with root element <rss>"));
  EXPECT_FALSE(std::filesystem::exists(dir));
}

}  // namespace
}  // namespace marquee::app
