// Import of frab/pretalx schedule.json files written in the export format's shape: counts, edge
// cases (midnight, > 24 h, time zones, names, duplicates, markup), bad input, and the round trip
// import -> write -> load_content (the validator's path).
#include "content/schedule_import.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "content/loader.hpp"
#include "content/plain_text.hpp"

namespace marquee::content {
namespace {

const std::filesystem::path kFixtures = std::filesystem::path(MARQUEE_TEST_DATA) / "fixtures";

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ImportedSchedule import_fixture(const std::string& name, Diagnostics& diag, std::string venue = "",
                                const char* zone = nullptr) {
  ScheduleImportOptions options;
  options.file = name;
  options.venue_id = std::move(venue);
  if (zone) options.time_zone = *core::TimeZone::find(zone);
  return import_schedule_text(read(kFixtures / "schedule" / name), options, diag);
}

ImportedSchedule import_text_of(const std::string& text, Diagnostics& diag) {
  ScheduleImportOptions options;
  options.file = "inline.json";
  return import_schedule_text(text, options, diag);
}

const Session* session(const ImportedSchedule& s, const std::string& id) {
  auto it = std::find_if(s.sessions.begin(), s.sessions.end(), [&](const Session& x) { return x.id == id; });
  return it == s.sessions.end() ? nullptr : &*it;
}

bool has_warning(const Diagnostics& diag, const std::string& path_part, const std::string& text) {
  return std::any_of(diag.all().begin(), diag.all().end(), [&](const Diagnostic& d) {
    return d.path.find(path_part) != std::string::npos && d.message.find(text) != std::string::npos;
  });
}

std::filesystem::path fresh_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("marquee_import_test_" + name);
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(ScheduleImport, PretalxMultiDayCounts) {
  Diagnostics diag;
  const auto s = import_fixture("pretalx_multiday.json", diag);
  EXPECT_FALSE(diag.has_errors());
  EXPECT_EQ(s.counts.days, 3u);
  EXPECT_EQ(s.counts.rooms, 3u);   // two listed + "Zelt" found only in the days
  EXPECT_EQ(s.counts.tracks, 3u);  // two listed + "Hardware" found only on events
  EXPECT_EQ(s.counts.events, 10u);
  EXPECT_EQ(s.counts.events_skipped, 3u);  // duplicate guid, broken date, empty title
  EXPECT_EQ(s.counts.duplicate_events, 1u);
  EXPECT_EQ(s.counts.sessions, 8u);  // 7 events, the 26 h one split in two
  EXPECT_EQ(s.counts.events_split, 1u);
  EXPECT_EQ(s.counts.persons, 3u);
  EXPECT_EQ(s.counts.persons_skipped, 2u);  // ZZZ999 never named, one blank person
  EXPECT_EQ(s.venue.id, "mfc27");
  EXPECT_EQ(s.venue.time_zone_name, "Europe/Berlin");
  EXPECT_EQ(s.venue.days, (std::vector<std::string>{"2027-06-10", "2027-06-11", "2027-06-12"}));
}

TEST(ScheduleImport, SkippedItemsAreReportedWithTheirJsonPath) {
  Diagnostics diag;
  import_fixture("pretalx_multiday.json", diag);
  EXPECT_TRUE(has_warning(diag, "/schedule/conference/days/1/rooms/Saal Ägypten/1", "duplicate guid"));
  EXPECT_TRUE(has_warning(diag, "/schedule/conference/days/2/rooms/会议室 A/1", "no usable start time"));
  EXPECT_TRUE(has_warning(diag, "/schedule/conference/days/2/rooms/会议室 A/2", "no title"));
  EXPECT_TRUE(
      has_warning(diag, "/schedule/conference/days/2/rooms/会议室 A/0/persons/1", "no name and no id"));
  EXPECT_TRUE(has_warning(diag, "/schedule/conference/days/0/rooms/Saal Ägypten/1/persons/1",
                          "no name in any event"));
  EXPECT_TRUE(has_warning(diag, "/schedule/conference/days/1/rooms/Saal Ägypten/0/duration", "split into 2"));
}

TEST(ScheduleImport, EventsAcrossMidnightAndLongerThanADay) {
  Diagnostics diag;
  const auto s = import_fixture("pretalx_multiday.json", diag);
  const Session* late = session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000002");
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(late->start), "2027-06-10T21:30:00Z");
  EXPECT_EQ(core::format_iso8601_utc(late->end), "2027-06-10T22:30:00Z");
  const Session* after_midnight = session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000003");
  ASSERT_NE(after_midnight, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(after_midnight->start), "2027-06-10T23:00:00Z");
  const Session* p1 = session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000005-part1");
  const Session* p2 = session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000005-part2");
  ASSERT_NE(p1, nullptr);
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p1->end, p2->start);
  EXPECT_EQ(p2->end - p1->start, std::chrono::hours{26});
  EXPECT_EQ(p2->title.exact(Lang::En), "Open Hardware Hackathon (2/2)");
}

TEST(ScheduleImport, NamesTextAndLanguages) {
  Diagnostics diag;
  const auto s = import_fixture("pretalx_multiday.json", diag);
  EXPECT_EQ(s.rooms[0].id, "saal-agypten");
  EXPECT_EQ(s.rooms[0].name.exact(Lang::Zh), "Saal Ägypten");
  EXPECT_EQ(s.rooms[0].capacity, 400);
  EXPECT_EQ(s.rooms[1].id, "hui-yi-shi-a");
  EXPECT_EQ(s.rooms[1].name.exact(Lang::En), "会议室 A");
  const Session* first = session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000001");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->title.exact(Lang::En), first->title.exact(Lang::Zh));
  EXPECT_EQ(
      first->abstract.exact(Lang::En),
      "How we dumped a router's flash & what we found.\n\nFirst paragraph with a link.\n\n• UART\n• JTAG");
  EXPECT_EQ(first->kind, SessionKind::ThematicForum);
  EXPECT_EQ(first->speakers, std::vector<std::string>{"ABC123"});
  const Session* spanish = session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000007");
  ASSERT_NE(spanish, nullptr);
  EXPECT_EQ(spanish->language, "es");
  EXPECT_EQ(spanish->title.exact(Lang::Es), "Taller de soldadura");
  EXPECT_EQ(session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000008")->kind, SessionKind::MainForum);
  EXPECT_EQ(session(s, "5f1d7a52-0001-4d8e-a3a4-6a1f00000003")->kind, SessionKind::EveningEvent);
  const auto gross =
      std::find_if(s.speakers.begin(), s.speakers.end(), [](const Speaker& x) { return x.id == "ABC123"; });
  ASSERT_NE(gross, s.speakers.end());
  EXPECT_EQ(gross->name.exact(Lang::En), "Jürgen Groß");
  EXPECT_EQ(gross->bio.exact(Lang::En), "Hardware hacker from Köln.");
  EXPECT_FALSE(s.notes.empty());
}

// Without time_zone_name, times without an offset cannot be placed: an error asking for
// --time-zone, once, naming the first such event.
TEST(ScheduleImport, MissingTimeZoneWithFloatingTimesAsksForTimeZone) {
  Diagnostics diag;
  const auto s = import_fixture("frab_no_timezone.json", diag, "hall");
  ASSERT_TRUE(diag.has_errors());
  EXPECT_TRUE(s.sessions.empty());
  const auto first_error = std::find_if(diag.all().begin(), diag.all().end(),
                                        [](const Diagnostic& d) { return d.severity == Severity::Error; });
  ASSERT_NE(first_error, diag.all().end());
  const Diagnostic& first = *first_error;
  EXPECT_EQ(first.path, "/schedule/conference/days/0/rooms/Hall 1/2");
  EXPECT_NE(first.message.find("pass --time-zone ZONE"), std::string::npos) << first.message;
  EXPECT_TRUE(has_warning(diag, "", "2 events have times without a UTC offset"));
}

// Offsets alone (no floating times) still import, in a fixed-offset zone built from them.
TEST(ScheduleImport, MissingTimeZoneWithOffsetsOnlyUsesTheOffsets) {
  Diagnostics diag;
  const auto s = import_text_of(R"({"schedule": {"conference": {"acronym": "x", "title": "X", "days": [
      {"date": "2027-09-01", "rooms": {"Hall": [{"guid": "g1", "title": "T", "date": "2027-09-01T13:00:00+09:00",
       "duration": "00:30"}]}}]}}})", diag);
  EXPECT_FALSE(diag.has_errors());
  EXPECT_EQ(s.venue.time_zone_name, "Etc/GMT-9");
  EXPECT_EQ(core::format_iso8601_utc(s.sessions.at(0).start), "2027-09-01T04:00:00Z");
}

TEST(ScheduleImport, MissingTimeZoneTakesTheGivenOne) {
  Diagnostics diag;
  const auto s = import_fixture("frab_no_timezone.json", diag, "hall", "Asia/Tokyo");
  EXPECT_FALSE(diag.has_errors());
  EXPECT_EQ(s.venue.id, "hall");
  EXPECT_EQ(s.venue.time_zone_name, "Asia/Tokyo");
  EXPECT_EQ(s.counts.events, 5u);
  EXPECT_EQ(s.counts.sessions, 5u);
  EXPECT_EQ(s.counts.persons, 1u);
  EXPECT_EQ(s.counts.persons_skipped, 1u);
  ASSERT_NE(session(s, "event-42"), nullptr);
  const Session* legacy = session(s, "9c0e1b2a-0000-4000-8000-000000000003");
  ASSERT_NE(legacy, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(legacy->start), "2027-09-01T04:00:00Z");
  const Session* local = session(s, "9c0e1b2a-0000-4000-8000-000000000004");
  ASSERT_NE(local, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(local->start), "2027-09-02T01:00:00Z");
  EXPECT_EQ(local->end - local->start, std::chrono::hours{1});
  EXPECT_EQ(session(s, "9c0e1b2a-0000-4000-8000-000000000005")->speakers,
            std::vector<std::string>{"person-1"});
  EXPECT_TRUE(has_warning(diag, "/schedule/conference/days/0/rooms/Hall 1/1/guid", "legacy id"));
}

TEST(ScheduleImport, BadInputIsAnErrorWithItsPath) {
  struct Case {
    const char* file;
    const char* path;
    const char* text;
  };
  for (const Case& c : {Case{"bad_not_schedule.json", "", "expected frab/pretalx JSON (schedule.conference.days)"},
                        Case{"bad_days.json", "/schedule/conference/days", "expected an array of days"},
                        Case{"bad_syntax.json", "", "JSON syntax error"}}) {
    Diagnostics diag;
    const auto s = import_fixture(c.file, diag);
    ASSERT_TRUE(diag.has_errors()) << c.file;
    EXPECT_EQ(diag.all().front().path, c.path) << c.file;
    EXPECT_NE(diag.all().front().message.find(c.text), std::string::npos) << diag.all().front().message;
    EXPECT_TRUE(s.sessions.empty());
  }
}

TEST(ScheduleImport, RoundTripWritesABundleThatValidates) {
  Diagnostics diag;
  const auto s = import_fixture("pretalx_multiday.json", diag);
  const auto dir = fresh_dir("roundtrip");
  ASSERT_TRUE(write_schedule_bundle(s, dir).ok());
  const LoadResult loaded = load_content(dir);
  for (const auto& d : loaded.diagnostics.all()) ADD_FAILURE() << format_diagnostic(d);
  ASSERT_NE(loaded.content, nullptr);
  EXPECT_EQ(loaded.content->venues.size(), 1u);
  EXPECT_EQ(loaded.content->rooms.size(), 3u);
  EXPECT_EQ(loaded.content->tracks.size(), 3u);
  EXPECT_EQ(loaded.content->sessions.size(), 8u);
  EXPECT_EQ(loaded.content->speakers.size(), 3u);
  const Session* late = loaded.content->session("5f1d7a52-0001-4d8e-a3a4-6a1f00000002");
  ASSERT_NE(late, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(late->start), "2027-06-10T21:30:00Z");
  std::filesystem::remove_all(dir);
}

TEST(ScheduleImport, BundleWithScheduleJsonLoadsDirectly) {
  const LoadResult loaded = load_content(kFixtures / "schedule_bundle");
  for (const auto& d : loaded.diagnostics.all()) ADD_FAILURE() << format_diagnostic(d);
  ASSERT_NE(loaded.content, nullptr);
  const Content& c = *loaded.content;
  EXPECT_EQ(c.rooms.size(), 2u);  // "Main Stage" reused from event.json, "Werkstatt" added
  EXPECT_EQ(c.tracks.size(), 2u);
  ASSERT_EQ(c.sessions.size(), 2u);
  const Session* talk = c.session("7d0c8a10-0000-4000-8000-000000000001");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(talk->room, "main-stage");
  EXPECT_EQ(talk->track, "security");
  EXPECT_EQ(c.room(c.session("7d0c8a10-0000-4000-8000-000000000002")->room)->venue, "camp");
  EXPECT_NE(c.speaker("ABC123"), nullptr);
}

TEST(ScheduleImport, ScheduleOutsideTheVenueDaysFailsValidation) {
  const auto dir = fresh_dir("outside_days");
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(kFixtures / "schedule_bundle" / "event.json", dir / "event.json");
  std::filesystem::copy_file(kFixtures / "schedule" / "pretalx_multiday.json", dir / "schedule.json");
  const LoadResult loaded = load_content(dir);
  EXPECT_EQ(loaded.content, nullptr);
  const auto& all = loaded.diagnostics.all();
  EXPECT_TRUE(std::any_of(all.begin(), all.end(), [](const Diagnostic& d) {
    return d.file == "schedule.json" && d.message.find("outside venue \"camp\"") != std::string::npos;
  }));
  std::filesystem::remove_all(dir);
}

TEST(PlainText, HtmlAndMarkdownBecomeReadableText) {
  EXPECT_EQ(to_plain_text("<p>One &lt;two&gt;</p><p>Three&#33; &#x4E2D;</p>"), "One <two>\n\nThree! 中");
  EXPECT_EQ(to_plain_text("# Title\n\n* **bold** and _it_ and `code`\n* [link](https://x.org)"),
            "Title\n\n• bold and it and code\n• link");
  EXPECT_EQ(to_plain_text("snake_case stays, 5 * 3 stays, a < b"), "snake_case stays, 5 * 3 stays, a < b");
  EXPECT_EQ(to_plain_text("  spaced    out  "), "spaced out");
}

}  // namespace
}  // namespace marquee::content
