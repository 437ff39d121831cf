// Inputs that crashed or stalled the loader and the schedule import (issue 17): each is a
// regression test. Nothing in a file may throw past the parse boundary; every problem is a
// diagnostic naming the file and the line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "bundle_fixture.hpp"
#include "content/json_parse.hpp"
#include "content/language_tag.hpp"
#include "content/loader.hpp"
#include "content/plain_text.hpp"
#include "content/schedule_import.hpp"

namespace marquee::content {
namespace {

using marquee::testing::TempBundle;
using ::testing::HasSubstr;

std::vector<std::string> errors_of(const Diagnostics& diag) {
  std::vector<std::string> out;
  for (const auto& d : diag.all()) {
    if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
  }
  return out;
}

std::string sessions_with(const std::string& field_json) {
  return "{\n \"format\": 1,\n \"sessions\": [\n  {\"id\": \"s1\", \"title\": {\"en\": \"K\", \"zh\": "
         "\"主\"},\n" +
         field_json +
         "\n   \"start\": \"2027-03-28T10:00:00+02:00\", \"end\": \"2027-03-28T11:00:00+02:00\",\n"
         "   \"room\": \"r1\", \"kind\": \"main_forum\"}]}\n";
}

TEST(HostileJson, NumberOutOfDoubleRangeIsADiagnosticWithItsLine) {
  TempBundle b;
  b.write_raw("sessions.json", sessions_with("   \"score\": 1e400,"));
  const LoadResult r = load_content(b.dir());
  EXPECT_EQ(r.content, nullptr);
  EXPECT_THAT(errors_of(r.diagnostics),
              ::testing::ElementsAre(::testing::AllOf(HasSubstr("sessions.json:5: JSON error:"),
                                                      HasSubstr("number overflow parsing '1e400'"))));
}

TEST(HostileJson, NumberOutOfRangeInAScheduleIsAnError) {
  Diagnostics diag;
  const auto s = import_schedule_text("{\"schedule\": {\"version\": -1e999}}", {}, diag);
  EXPECT_TRUE(s.sessions.empty());
  EXPECT_THAT(errors_of(diag), ::testing::ElementsAre(HasSubstr("schedule.json:1: JSON error:")));
}

TEST(HostileJson, DeepNestingIsRefusedWithTheLine) {
  const std::string deep = "{\"sessions\":\n" + std::string(200'000, '[') + std::string(200'000, ']') + "}";
  TempBundle b;
  b.write_raw("sessions.json", deep);
  EXPECT_THAT(errors_of(load_content(b.dir()).diagnostics),
              ::testing::ElementsAre("sessions.json:2: JSON nested deeper than 256 levels"));
  Diagnostics diag;
  import_schedule_text(deep, {}, diag);
  EXPECT_THAT(errors_of(diag), ::testing::ElementsAre("schedule.json:2: JSON nested deeper than 256 levels"));
}

TEST(HostileJson, RoomCapacityOutOfIntRangeIsAnErrorNotACast) {
  TempBundle b;
  auto ev = marquee::testing::minimal_event();
  ev["rooms"][0]["capacity"] = 1e300;
  b.write("event.json", ev);
  EXPECT_THAT(errors_of(load_content(b.dir()).diagnostics),
              ::testing::ElementsAre("event.json:/rooms/0/capacity: capacity must be 0..10000000"));
}

TEST(HostileJson, NestingUpToTheLimitIsFine) {
  const std::string ok = std::string(255, '[') + "{\"a\": 1}" + std::string(255, ']');
  Diagnostics diag;
  EXPECT_TRUE(parse_json_text<nlohmann::json>(ok, "x.json", diag).has_value());
  EXPECT_TRUE(diag.all().empty());
  const std::string over = std::string(256, '[') + "{\"a\": 1}" + std::string(256, ']');
  EXPECT_FALSE(parse_json_text<nlohmann::json>(over, "x.json", diag).has_value());
}

TEST(HostileJson, DuplicateKeysAreReportedWithBothLines) {
  TempBundle b;
  b.write_raw("sessions.json", sessions_with("   \"room\": \"r9\","));
  EXPECT_THAT(
      errors_of(load_content(b.dir()).diagnostics),
      ::testing::ElementsAre("sessions.json:7: duplicate key \"room\" (first at line 5; the last one wins)"));
}

TEST(HostileJson, SameKeyInDifferentObjectsIsNotADuplicate) {
  const JsonShape shape =
      scan_json_shape(R"({"a": {"id": 1}, "b": {"id": 2}, "c": ["id", "id"], "id": "a"})");
  EXPECT_TRUE(shape.duplicate_keys.empty());
  const JsonShape escaped = scan_json_shape(R"({"a\"b": 1, "x": "\"a\\\"b\":", "a\"b": 2})");
  ASSERT_EQ(escaped.duplicate_keys.size(), 1u);
  EXPECT_EQ(escaped.duplicate_keys[0].key, "a\\\"b");
}

TEST(HostileJson, DuplicatesInAWideObjectAreFoundAfterItOutgrowsTheLinearSearch) {
  // 40 keys, one per line: past 24 keys the scanner indexes the object; both sides of that switch
  // must still see every earlier key, and a nested object's keys stay its own.
  std::string text = "{\n";
  for (int k = 0; k < 40; ++k) text += "\"k" + std::to_string(k) + "\": 1,\n";  // k0 on line 2
  text += "\"k3\": 2,\n";                                                      // line 42
  text += "\"child\": {\"k3\": 1, \"k39\": 1},\n";                             // line 43
  text += "\"k39\": 3\n}";                                                      // line 44
  const JsonShape shape = scan_json_shape(text);
  ASSERT_EQ(shape.duplicate_keys.size(), 2u);
  EXPECT_EQ(shape.duplicate_keys[0].key, "k3");
  EXPECT_EQ(shape.duplicate_keys[0].line, 42);
  EXPECT_EQ(shape.duplicate_keys[0].first_line, 5);
  EXPECT_EQ(shape.duplicate_keys[1].key, "k39");
  EXPECT_EQ(shape.duplicate_keys[1].line, 44);
  EXPECT_EQ(shape.duplicate_keys[1].first_line, 41);
}

TEST(HostileJson, DuplicateInASmallObjectAfterAWideSiblingIsStillFound) {
  std::string wide = "{";
  for (int k = 0; k < 30; ++k) wide += (k ? ",\"w" : "\"w") + std::to_string(k) + "\": 1";
  wide += "}";
  const JsonShape shape = scan_json_shape("[" + wide + ", {\"a\": 1, \"w1\": 2, \"a\": 3}]");
  ASSERT_EQ(shape.duplicate_keys.size(), 1u);
  EXPECT_EQ(shape.duplicate_keys[0].key, "a");
}

TEST(HostileJson, ManyInvalidUtf8BytesAreAllRepairedAndTheFirstListed) {
  TempBundle b;
  std::string text = marquee::testing::minimal_speakers().dump(1);
  text.insert(text.find("Ana"), std::string(5000, '\xFF'));
  b.write_raw("speakers.json", text);
  const auto errors = errors_of(load_content(b.dir()).diagnostics);
  ASSERT_EQ(errors.size(), 101u);
  EXPECT_THAT(errors.front(), ::testing::MatchesRegex(
                                  R"(speakers\.json:[0-9]+: invalid UTF-8 \(byte 0xFF at offset [0-9]+\))"));
  EXPECT_EQ(errors.back(), "speakers.json: 4900 more invalid UTF-8 bytes");
}

TEST(LanguageTag, ShapeOfATag) {
  for (const char* ok : {"en", "zh-Hans", "pt-BR", "es_ES", "yue", "sr-Latn-RS", "en-US-x-twain"})
    EXPECT_TRUE(is_language_tag(ok)) << ok;
  for (const char* bad : {"", "e", "中文", "English", "en-", "-en", "en--us", "en us", "en-abcdefghi", "1e"})
    EXPECT_FALSE(is_language_tag(bad)) << bad;
  EXPECT_EQ(primary_language("ZH-Hant"), "zh");
  EXPECT_EQ(primary_language("中文"), std::nullopt);
}

TEST(LanguageTag, SessionLanguageMustBeATag) {
  TempBundle b;
  b.write_raw("sessions.json", sessions_with("   \"language\": \"English\\nsessions.json:1: forged\","));
  EXPECT_THAT(errors_of(load_content(b.dir()).diagnostics),
              ::testing::ElementsAre("sessions.json:/sessions/0/language: not a language tag: "
                                     "\"English\\nsessions.json:1: forged\" (e.g. \"en\", \"zh-Hans\")"));
}

std::string one_event_schedule(const std::string& language) {
  return R"({"schedule": {"version": "1", "conference": {"acronym": "t", "title": "T", "start": "2027-06-10",
    "end": "2027-06-10", "daysCount": 1, "time_zone_name": "Europe/Berlin", "days": [{"index": 1,
    "date": "2027-06-10", "day_start": "2027-06-10T04:00:00+02:00", "day_end": "2027-06-11T03:59:00+02:00",
    "rooms": {"Hall": [{"guid": "g1", "id": 1, "date": "2027-06-10T10:00:00+02:00", "start": "10:00",
    "duration": "00:30", "room": "Hall", "title": "Talk", "language": ")" +
         language + R"(", "type": "Talk", "persons": []}]}}]}}})";
}

TEST(ScheduleImportLanguage, NonTagLanguageIsDroppedWholeAndTheBundleStillWrites) {
  Diagnostics diag;
  const auto s = import_schedule_text(one_event_schedule("中文"), {}, diag);
  ASSERT_EQ(s.sessions.size(), 1u);
  EXPECT_EQ(s.sessions[0].language, "");
  bool warned = false;
  for (const auto& d : diag.all())
    warned |= d.path == "/schedule/conference/days/0/rooms/Hall/0/language" &&
              d.message == "not a language tag: \"中文\" (ignored)";
  EXPECT_TRUE(warned);
  const auto dir = std::filesystem::temp_directory_path() / ("marquee_lang_" + std::to_string(::getpid()));
  EXPECT_TRUE(write_schedule_bundle(s, dir).ok());
  std::filesystem::remove_all(dir);
}

TEST(ScheduleImportLanguage, RegionalTagKeepsItsPrimaryLanguage) {
  Diagnostics diag;
  const auto s = import_schedule_text(one_event_schedule("ES-mx"), {}, diag);
  ASSERT_EQ(s.sessions.size(), 1u);
  EXPECT_EQ(s.sessions[0].language, "es");
}

TEST(ScheduleBundle, PerVenueScheduleFileIsMerged) {
  const auto dir = std::filesystem::temp_directory_path() / ("marquee_venue_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto fixtures = std::filesystem::path(MARQUEE_TEST_DATA) / "fixtures" / "schedule_bundle";
  std::filesystem::copy_file(fixtures / "event.json", dir / "event.json");
  std::filesystem::copy_file(fixtures / "schedule.json", dir / "schedule.camp.json");
  const LoadResult loaded = load_content(dir);
  for (const auto& d : loaded.diagnostics.all()) ADD_FAILURE() << format_diagnostic(d);
  ASSERT_NE(loaded.content, nullptr);
  EXPECT_EQ(loaded.content->sessions.size(), 2u);
  std::filesystem::remove_all(dir);
}

// Adversarial markup: these were quadratic (100k of each held the sync thread for a minute) or
// recursed once per '['. The text must come through unchanged (none of it is markup).
TEST(PlainTextHostile, UnclosedBracketsAndAnglesSurvive) {
  const std::string brackets(100'000, '[');
  EXPECT_EQ(to_plain_text(brackets), brackets);
  const std::string angles(100'000, '<');
  EXPECT_EQ(to_plain_text(angles), angles);
  std::string mixed;
  for (int i = 0; i < 20'000; ++i) mixed += "<a [b ";
  EXPECT_EQ(to_plain_text(mixed).size(), mixed.size() - 1);  // the trailing space is trimmed
}

TEST(PlainTextHostile, NestedLinksKeepTheirText) {
  std::string nested(50'000, '[');
  nested += "x](y)";
  EXPECT_EQ(to_plain_text(nested), std::string(49'999, '[') + "x");
  EXPECT_EQ(to_plain_text("<!-- open comment " + std::string(50'000, '<')), "");
}

TEST(PlainTextHostile, AsterisksThatAreNotEmphasisStay) {
  EXPECT_EQ(to_plain_text("FLINTA* welcome"), "FLINTA* welcome");
  EXPECT_EQ(to_plain_text("a *b* c"), "a b c");
}

}  // namespace
}  // namespace marquee::content
