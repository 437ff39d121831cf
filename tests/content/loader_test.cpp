#include "content/loader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "bundle_fixture.hpp"
#include "content/queries.hpp"
#include "core/paths.hpp"

namespace marquee::content {
namespace {

using marquee::testing::TempBundle;
using ::testing::HasSubstr;

std::vector<std::string> errors_of(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics.all()) {
    if (d.severity == Severity::Error) out.push_back(format_diagnostic(d));
  }
  return out;
}

TEST(Loader, MinimalBundleIsValid) {
  TempBundle b;
  const auto r = load_content(b.dir());
  ASSERT_TRUE(r.content) << ::testing::PrintToString(errors_of(r));
  EXPECT_EQ(r.content->sessions.size(), 1u);
  EXPECT_EQ(r.content->venue("bcn")->time_zone->name(), "Europe/Madrid");
}

TEST(Loader, ALargeFileParsedOnTheSecondThreadKeepsTheFileOrderOfProblems) {
  // speakers.json over the parallel-parse threshold (256 KB) goes to a second thread; its
  // problems must still come after sessions.json's and before exhibitors.json's, as in file order.
  const auto with_duplicate_key = [](std::string text, const std::string& key) {
    text.insert(text.rfind('}'), ", \"" + key + "\": 1, \"" + key + "\": 2");
    return text;
  };
  TempBundle b;
  nlohmann::json speakers = marquee::testing::minimal_speakers();
  for (int i = 0; i < 4000; ++i) {
    speakers["speakers"].push_back({{"id", "x" + std::to_string(i)},
                                    {"name", {{"en", "Speaker " + std::to_string(i)}, {"zh", "讲者"}}},
                                    {"bio", {{"en", std::string(60, 'b')}}}});
  }
  const std::string speakers_text = speakers.dump(1);
  ASSERT_GT(speakers_text.size(), 256u * 1024);
  b.write_raw("speakers.json", with_duplicate_key(speakers_text, "note-s"));
  b.write_raw("sessions.json", with_duplicate_key(marquee::testing::minimal_sessions().dump(1), "note-a"));
  b.write_raw("exhibitors.json", with_duplicate_key(marquee::testing::minimal_exhibitors().dump(1), "note-e"));
  const auto errors = errors_of(load_content(b.dir()));
  ASSERT_EQ(errors.size(), 3u) << ::testing::PrintToString(errors);
  EXPECT_THAT(errors[0], ::testing::AllOf(::testing::StartsWith("sessions.json:"), HasSubstr("\"note-a\"")));
  EXPECT_THAT(errors[1], ::testing::AllOf(::testing::StartsWith("speakers.json:"), HasSubstr("\"note-s\"")));
  EXPECT_THAT(errors[2], ::testing::AllOf(::testing::StartsWith("exhibitors.json:"), HasSubstr("\"note-e\"")));
}

TEST(Loader, ALargeValidFileLoadsTheSameOnTheSecondThread) {
  TempBundle b;
  nlohmann::json exhibitors = marquee::testing::minimal_exhibitors();
  for (int i = 0; i < 3000; ++i) {
    exhibitors["exhibitors"].push_back({{"id", "big" + std::to_string(i)},
                                        {"name", {{"en", "Company " + std::to_string(i)}, {"zh", "公司"}}},
                                        {"description", {{"en", std::string(80, 'd')}}},
                                        {"sectors", {"telecom"}}, {"booth", "C01"}});
  }
  const std::string text = exhibitors.dump(1);
  ASSERT_GT(text.size(), 256u * 1024);
  b.write_raw("exhibitors.json", text);
  const auto r = load_content(b.dir());
  ASSERT_TRUE(r.content) << ::testing::PrintToString(errors_of(r));
  ASSERT_EQ(r.content->exhibitors.size(), 3001u);
  EXPECT_EQ(r.content->exhibitors.back().id, "big2999");
  EXPECT_EQ(r.content->exhibitor("big1500")->name.get(Lang::En), "Company 1500");
}

TEST(Loader, DemoContentValidatesWithoutProblems) {
  const auto r = load_content(core::demo_content_dir());
  ASSERT_TRUE(r.content);
  EXPECT_TRUE(r.diagnostics.all().empty());
  const Content& c = *r.content;
  EXPECT_EQ(c.venues.size(), 4u);
  EXPECT_GE(c.exhibitors.size(), 110u);
  int opening = 0, main = 0, thematic_or_special = 0, evening = 0;
  for (const auto& s : c.sessions) {
    opening += s.kind == SessionKind::OpeningCeremony;
    main += s.kind == SessionKind::MainForum;
    thematic_or_special += s.kind == SessionKind::ThematicForum || s.kind == SessionKind::SpecialActivity;
    evening += s.kind == SessionKind::EveningEvent;
  }
  EXPECT_EQ(opening, 1);
  EXPECT_EQ(main, 6);
  EXPECT_GE(thematic_or_special, 40);
  EXPECT_EQ(evening, 1);
  for (const auto& e : c.exhibitors) EXPECT_NE(c.booth(e.booth), nullptr) << e.id;
}

TEST(Validation, DuplicateId) {
  TempBundle b;
  auto s = marquee::testing::minimal_sessions();
  s["sessions"].push_back(s["sessions"][0]);
  b.write("sessions.json", s);
  EXPECT_THAT(errors_of(load_content(b.dir())),
              ::testing::ElementsAre("sessions.json:/sessions/1/id: duplicate session id \"s1\" (first "
                                     "defined at sessions.json:/sessions/0)"));
}

TEST(Validation, UnknownReferences) {
  TempBundle b;
  auto s = marquee::testing::minimal_sessions();
  s["sessions"][0]["room"] = "r9";
  s["sessions"][0]["track"] = "blockchain";
  s["sessions"][0]["speakers"] = {"p1", "p404"};
  b.write("sessions.json", s);
  auto e = marquee::testing::minimal_exhibitors();
  e["exhibitors"][0]["booth"] = "H3-99";
  b.write("exhibitors.json", e);
  EXPECT_THAT(
      errors_of(load_content(b.dir())),
      ::testing::UnorderedElementsAre("sessions.json:/sessions/0/room: unknown room \"r9\"",
                                      "sessions.json:/sessions/0/track: unknown track \"blockchain\"",
                                      "sessions.json:/sessions/0/speakers/1: unknown speaker \"p404\"",
                                      "exhibitors.json:/exhibitors/0/booth: unknown booth \"H3-99\""));
}

TEST(Validation, EndBeforeStart) {
  TempBundle b;
  auto s = marquee::testing::minimal_sessions();
  s["sessions"][0]["end"] = "2027-03-28T09:00:00+02:00";
  b.write("sessions.json", s);
  EXPECT_THAT(
      errors_of(load_content(b.dir())),
      ::testing::ElementsAre("sessions.json:/sessions/0/end: end 2027-03-28T07:00:00Z is not after start "
                             "2027-03-28T08:00:00Z"));
}

TEST(Validation, SessionOutsideVenueDaysUsesVenueLocalTime) {
  TempBundle b;
  auto s = marquee::testing::minimal_sessions();
  // 23:30 UTC on the 28th is 01:30 on the 29th in Barcelona (CEST): outside the venue's days.
  s["sessions"][0]["start"] = "2027-03-28T23:30:00Z";
  s["sessions"][0]["end"] = "2027-03-29T00:30:00Z";
  b.write("sessions.json", s);
  EXPECT_THAT(
      errors_of(load_content(b.dir())),
      ::testing::ElementsAre("sessions.json:/sessions/0/start: session starts on 2027-03-29 (Europe/Madrid), "
                             "outside venue \"bcn\" conference days 2027-03-27 to 2027-03-28"));
}

TEST(Validation, MissingRequiredTranslation) {
  TempBundle b;
  auto e = marquee::testing::minimal_exhibitors();
  e["exhibitors"][0]["name"].erase("zh");
  b.write("exhibitors.json", e);
  EXPECT_THAT(
      errors_of(load_content(b.dir())),
      ::testing::ElementsAre("exhibitors.json:/exhibitors/0/name: missing required translation \"zh\""));
}

TEST(Validation, InvalidTimeZone) {
  TempBundle b;
  auto ev = marquee::testing::minimal_event();
  ev["venues"][0]["time_zone"] = "Europe/Barcelona";
  b.write("event.json", ev);
  EXPECT_THAT(
      errors_of(load_content(b.dir())),
      ::testing::ElementsAre("event.json:/venues/0/time_zone: invalid time zone \"Europe/Barcelona\" (use an "
                             "IANA name such as \"Asia/Shanghai\")"));
}

TEST(Validation, InvalidUtf8IsReportedWithLineAndTheRestStillChecked) {
  TempBundle b;
  std::string text = marquee::testing::minimal_exhibitors().dump(1);
  const auto at = text.find("Lanhai");
  text.replace(at, 1, "\xFF");
  b.write_raw("exhibitors.json", text);
  auto s = marquee::testing::minimal_sessions();
  s["sessions"][0]["room"] = "nowhere";
  b.write("sessions.json", s);
  const auto errors = errors_of(load_content(b.dir()));
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_THAT(errors[0], ::testing::MatchesRegex(
                             R"(exhibitors\.json:[0-9]+: invalid UTF-8 \(byte 0xFF at offset [0-9]+\))"));
  EXPECT_EQ(errors[1], "sessions.json:/sessions/0/room: unknown room \"nowhere\"");
}

TEST(Validation, WrongType) {
  TempBundle b;
  auto s = marquee::testing::minimal_sessions();
  s["sessions"][0]["start"] = 1774684800;
  s["sessions"][0]["speakers"] = "p1";
  b.write("sessions.json", s);
  EXPECT_THAT(errors_of(load_content(b.dir())),
              ::testing::UnorderedElementsAre(
                  "sessions.json:/sessions/0/start: expected a string, got number",
                  "sessions.json:/sessions/0/speakers: expected an array of strings, got string"));
}

TEST(Validation, UnknownTopLevelKeyIsOnlyAWarning) {
  TempBundle b;
  auto e = marquee::testing::minimal_exhibitors();
  e["exhibtors"] = nlohmann::json::array();
  b.write("exhibitors.json", e);
  const auto r = load_content(b.dir());
  ASSERT_TRUE(r.content);
  ASSERT_EQ(r.diagnostics.all().size(), 1u);
  EXPECT_EQ(format_diagnostic(r.diagnostics.all()[0]),
            "exhibitors.json:/exhibtors: warning: unknown top-level key \"exhibtors\" (ignored)");
}

TEST(Validation, SyntaxErrorNamesTheLine) {
  TempBundle b;
  b.write_raw("speakers.json", "{\n  \"speakers\": [\n    {\"id\": \"p1\",}\n  ]\n}\n");
  const auto errors = errors_of(load_content(b.dir()));
  ASSERT_FALSE(errors.empty());
  EXPECT_THAT(errors[0], HasSubstr("speakers.json:3: JSON syntax error"));
}

TEST(Validation, ManyProblemsAreAllReported) {
  const auto r = load_content(std::string(MARQUEE_TEST_DATA) + "/fixtures/validation/many_problems");
  EXPECT_FALSE(r.content);
  EXPECT_GE(r.diagnostics.error_count(), 10u) << ::testing::PrintToString(errors_of(r));
}

TEST(Queries, NowAndNextAtVenue) {
  const auto r = load_content(core::demo_content_dir());
  ASSERT_TRUE(r.content);
  const auto t = core::parse_iso8601("2027-03-25T09:30:00+08:00").value();
  const auto now = sessions_now(*r.content, "bj", t);
  ASSERT_FALSE(now.empty());
  EXPECT_TRUE(std::any_of(now.begin(), now.end(), [](const Session* s) { return s->id == "opening"; }));
  for (const auto* s : sessions_next(*r.content, "bj", t, 5)) EXPECT_GT(s->start, t);
  EXPECT_EQ(format_local_time(*r.content->venue("bj"), t), "09:30");
}

TEST(Queries, EmergencyOnlyWhileActive) {
  const auto r = load_content(core::demo_content_dir());
  ASSERT_TRUE(r.content);
  const auto during = core::parse_iso8601("2027-03-25T08:02:00+08:00").value();
  const auto after = core::parse_iso8601("2027-03-25T08:06:00+08:00").value();
  ASSERT_NE(active_emergency(*r.content, "bj", during), nullptr);
  EXPECT_EQ(active_emergency(*r.content, "bj", after), nullptr);
  EXPECT_EQ(active_emergency(*r.content, "sg", during), nullptr);  // targeted at Beijing only
}

}  // namespace
}  // namespace marquee::content
