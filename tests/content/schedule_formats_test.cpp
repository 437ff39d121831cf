// The other schedule formats (frab/pentabarf schedule.xml, xCal, schedule2 JSON) on fixtures
// written in their real shapes: detection by content, what each event becomes, time zones,
// kinds, hostile XML, errors with lines, and the round trip to a bundle that validates.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "content/loader.hpp"
#include "content/schedule_import.hpp"

namespace marquee::content {
namespace {

const std::filesystem::path kDir = std::filesystem::path(MARQUEE_TEST_DATA) / "fixtures" / "schedule_import";

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

ImportedSchedule import_text(const std::string& text, Diagnostics& diag, const std::string& name,
                             const char* zone = nullptr) {
  ScheduleImportOptions options;
  options.file = name;
  if (zone) options.time_zone = *core::TimeZone::find(zone);
  return import_schedule_text(text, options, diag);
}

ImportedSchedule import_fixture(const std::string& name, Diagnostics& diag, const char* zone = nullptr) {
  return import_text(read(kDir / name), diag, name, zone);
}

const Session* session(const ImportedSchedule& s, const std::string& id) {
  auto it = std::find_if(s.sessions.begin(), s.sessions.end(), [&](const Session& x) { return x.id == id; });
  return it == s.sessions.end() ? nullptr : &*it;
}

const Diagnostic* find(const Diagnostics& diag, const std::string& text) {
  auto it = std::find_if(diag.all().begin(), diag.all().end(),
                         [&](const Diagnostic& d) { return d.message.find(text) != std::string::npos; });
  return it == diag.all().end() ? nullptr : &*it;
}

std::string dump(const Diagnostics& diag) {
  std::string out;
  for (const auto& d : diag.all()) out += format_diagnostic(d) + "\n";
  return out;
}

std::vector<std::string> room_names(const ImportedSchedule& s) {
  std::vector<std::string> out;
  for (const auto& r : s.rooms) out.push_back(r.name.exact(Lang::En));
  return out;
}

TEST(ScheduleXml, FrabScheduleXmlEvents) {
  Diagnostics diag;
  const auto s = import_fixture("frab_schedule.xml", diag);
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  EXPECT_EQ(s.format, "frab schedule.xml");
  EXPECT_EQ(s.counts.days, 2u);
  EXPECT_EQ(s.counts.events, 6u);
  EXPECT_EQ(s.counts.events_skipped, 2u);  // empty title, unreadable duration
  EXPECT_EQ(s.counts.sessions, 4u);
  EXPECT_EQ(s.venue.id, "mfc27");
  EXPECT_EQ(s.venue.time_zone_name, "Europe/Berlin");
  // "Lager" has no events and is not written.
  EXPECT_EQ(room_names(s), (std::vector<std::string>{"Saal Ägypten", "Werkstatt"}));
  const Session* opening = session(s, "7d1c0a10-0000-4000-8000-000000000001");
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(opening->title.exact(Lang::En), "Opening & Welcome");  // not the <link>'s <title>
  EXPECT_EQ(opening->kind, SessionKind::OpeningCeremony);         // not the <link>'s <type>
  EXPECT_EQ(core::format_iso8601_utc(opening->start), "2027-06-10T08:00:00Z");
  EXPECT_EQ(opening->end - opening->start, std::chrono::minutes{45});
  EXPECT_EQ(opening->abstract.exact(Lang::En), "Why we build\n\nWelcome to Köln.\n\nLonger text with markup.");
  EXPECT_EQ(opening->language, "de");
  EXPECT_EQ(opening->speakers.size(), 2u);
  const Session* dj = session(s, "7d1c0a10-0000-4000-8000-000000000002");
  ASSERT_NE(dj, nullptr);
  EXPECT_EQ(dj->end - dj->start, std::chrono::minutes{90});  // HH:MM:SS duration
  EXPECT_EQ(dj->kind, SessionKind::EveningEvent);
  EXPECT_EQ(session(s, "7d1c0a10-0000-4000-8000-000000000003")->kind, SessionKind::SpecialActivity);
  EXPECT_EQ(session(s, "7d1c0a10-0000-4000-8000-000000000005")->kind, SessionKind::SummitForum);
  const auto gross = std::find_if(s.speakers.begin(), s.speakers.end(),
                                  [](const Speaker& x) { return x.name.exact(Lang::En) == "Jürgen Groß"; });
  ASSERT_NE(gross, s.speakers.end());
  EXPECT_EQ(std::count_if(s.speakers.begin(), s.speakers.end(),
                          [](const Speaker& x) { return x.name.exact(Lang::En) == "Åsa Lindqvist"; }),
            1);
}

TEST(ScheduleXml, SkippedEventsNameTheirElementAndLine) {
  Diagnostics diag;
  import_fixture("frab_schedule.xml", diag);
  const Diagnostic* no_title = find(diag, "no title");
  ASSERT_NE(no_title, nullptr) << dump(diag);
  EXPECT_EQ(no_title->line, 74);
  EXPECT_EQ(no_title->path, "/schedule/day[1]/room[2]/event[2]");
  const Diagnostic* duration = find(diag, "no usable duration");
  ASSERT_NE(duration, nullptr);
  EXPECT_EQ(duration->line, 100);
  EXPECT_EQ(format_diagnostic(*duration).rfind("frab_schedule.xml:100:/schedule/day[2]/room/event[2]: warning:", 0), 0u)
      << format_diagnostic(*duration);
}

TEST(ScheduleXml, PentabarfWithoutGuidsIsKeyedByIdAndPlacedOnItsDay) {
  Diagnostics diag;
  const auto s = import_fixture("fosdem_pentabarf.xml", diag);
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  EXPECT_EQ(s.counts.events, 5u);
  EXPECT_EQ(s.counts.duplicate_events, 1u);
  EXPECT_EQ(s.counts.sessions, 4u);
  EXPECT_EQ(s.venue.time_zone_name, "Europe/Brussels");
  const Session* welcome = session(s, "event-15001");
  ASSERT_NE(welcome, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(welcome->start), "2027-02-06T08:30:00Z");  // 09:30 CET
  EXPECT_EQ(welcome->title.exact(Lang::En), "Welcome to FOSDEM 2027");
  EXPECT_EQ(core::format_iso8601_utc(session(s, "event-15100")->start), "2027-02-07T16:00:00Z");
  EXPECT_EQ(session(s, "event-15100")->kind, SessionKind::ThematicForum);  // kind comes from <type>, not the title
  const Diagnostic* dup = find(diag, "duplicate guid \"event-15002\"");
  ASSERT_NE(dup, nullptr) << dump(diag);
  EXPECT_EQ(dup->line, 60);
  // Start-on-day is how pentabarf works: no warning per event for it.
  EXPECT_EQ(find(diag, "placed by the day's date"), nullptr);
}

// Older frab writes no <time_zone_name> and no <date>: only HH:MM on the day, so the zone must
// come from --time-zone.
TEST(ScheduleXml, OlderFrabWithoutAnyZoneNeedsTimeZone) {
  const std::string text =
      "<?xml version=\"1.0\"?>\n<schedule>\n  <conference><acronym>old</acronym><title>Old</title></conference>\n"
      "  <day index=\"1\" date=\"2027-05-01\">\n    <room name=\"A\">\n"
      "      <event id=\"1\" guid=\"o1\"><start>10:00</start><duration>00:30</duration><title>T</title></event>\n"
      "    </room>\n    <room name=\"Empty\"/>\n  </day>\n</schedule>\n";
  Diagnostics without;
  EXPECT_TRUE(import_text(text, without, "old.xml").sessions.empty());
  const Diagnostic* e = find(without, "pass --time-zone");
  ASSERT_NE(e, nullptr) << dump(without);
  EXPECT_EQ(e->line, 6);
  Diagnostics with;
  const auto s = import_text(text, with, "old.xml", "Europe/Vienna");
  EXPECT_FALSE(with.has_errors()) << dump(with);
  ASSERT_EQ(s.sessions.size(), 1u);
  EXPECT_EQ(core::format_iso8601_utc(s.sessions[0].start), "2027-05-01T08:00:00Z");
  EXPECT_EQ(s.rooms.size(), 1u);
}

TEST(ScheduleXml, TimeZoneThatDisagreesWithTheOffsetsIsAWarningNamingTheFirstEvent) {
  Diagnostics diag;
  const auto s = import_fixture("tz_mismatch.xml", diag);
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  const Diagnostic* w = find(diag, "the time zone UTC is +00:00 at this event's start, but its date says +01:00");
  ASSERT_NE(w, nullptr) << dump(diag);
  EXPECT_EQ(w->line, 11);
  EXPECT_NE(w->message.find("2 of 2 events disagree"), std::string::npos);
  EXPECT_EQ(core::format_iso8601_utc(s.sessions.at(0).start), "2027-01-15T09:00:00Z");
}

TEST(ScheduleXml, HostileEntitiesAreNeitherLoadedNorExpanded) {
  Diagnostics diag;
  const auto s = import_fixture("hostile_entities.xml", diag);
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  ASSERT_EQ(s.sessions.size(), 1u);
  EXPECT_EQ(s.sessions[0].title.exact(Lang::En), "Secrets:");
  EXPECT_EQ(s.sessions[0].abstract.exact(Lang::En), "");
  EXPECT_EQ(s.conference.name.exact(Lang::En), "Hostile");
}

TEST(ScheduleXml, EntityBombIsRefusedWithAnError) {
  Diagnostics diag;
  const auto s = import_fixture("billion_laughs.xml", diag);
  ASSERT_TRUE(diag.has_errors());
  EXPECT_NE(diag.all().front().message.find("XML syntax error"), std::string::npos) << dump(diag);
  EXPECT_GT(diag.all().front().line, 0);
  EXPECT_TRUE(s.sessions.empty());
}

TEST(ScheduleXml, SyntaxErrorsNameTheLine) {
  Diagnostics diag;
  const auto s = import_fixture("bad_syntax.xml", diag);
  ASSERT_TRUE(diag.has_errors());
  EXPECT_EQ(diag.all().front().line, 8) << dump(diag);  // the first problem, not the last
  EXPECT_NE(diag.all().front().message.find("XML syntax error: Opening and ending tag mismatch"), std::string::npos)
      << dump(diag);
  EXPECT_TRUE(s.sessions.empty());
  EXPECT_TRUE(s.format.empty());
}

TEST(ScheduleXcal, FrabXcalWithTheZoneGiven) {
  Diagnostics diag;
  const auto s = import_fixture("frab_schedule.xcal", diag, "Europe/Copenhagen");
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  EXPECT_EQ(s.format, "xCal");
  EXPECT_EQ(s.counts.events, 3u);
  EXPECT_EQ(s.counts.days, 2u);
  EXPECT_EQ(s.venue.time_zone_name, "Europe/Copenhagen");
  EXPECT_EQ(room_names(s), (std::vector<std::string>{"Store Sal", "Lille Sal"}));  // by first day
  const Session* bike = session(s, "b0000000-0000-4000-8000-000000000001@frab.example.org");
  ASSERT_NE(bike, nullptr);
  EXPECT_EQ(bike->title.exact(Lang::En), "Mapping Århus by bike");  // pentabarf:title over summary
  EXPECT_EQ(core::format_iso8601_utc(bike->start), "2027-09-15T08:00:00Z");
  EXPECT_EQ(bike->end - bike->start, std::chrono::minutes{45});
  EXPECT_EQ(bike->language, "en");
  EXPECT_EQ(bike->speakers.size(), 2u);
  const Session* concert = session(s, "b0000000-0000-4000-8000-000000000002@frab.example.org");
  ASSERT_NE(concert, nullptr);
  EXPECT_EQ(concert->end - concert->start, std::chrono::minutes{90});  // frab's "013000"
  EXPECT_EQ(concert->kind, SessionKind::EveningEvent);
  const Session* workshop = session(s, "b0000000-0000-4000-8000-000000000003@frab.example.org");
  ASSERT_NE(workshop, nullptr);
  EXPECT_EQ(workshop->kind, SessionKind::SpecialActivity);
  EXPECT_EQ(workshop->end - workshop->start, std::chrono::hours{2});  // ISO 8601 "PT2H"
  EXPECT_EQ(bike->kind, SessionKind::ThematicForum);                   // <category>Lecture</category>
  EXPECT_TRUE(bike->track.empty());                                   // ... which is not a track
  ASSERT_FALSE(workshop->track.empty());
  EXPECT_EQ(std::find_if(s.tracks.begin(), s.tracks.end(), [&](const Track& t) { return t.id == workshop->track; })
                ->name.exact(Lang::En),
            "Data");
  EXPECT_EQ(s.speakers.size(), 2u);  // Kirsten Aagaard once
}

TEST(ScheduleXcal, FloatingTimesWithoutAnyZoneAreAnErrorAskingForTimeZone) {
  Diagnostics diag;
  const auto s = import_fixture("floating.xcal", diag);
  ASSERT_TRUE(diag.has_errors());
  const Diagnostic* e = find(diag, "pass --time-zone");
  ASSERT_NE(e, nullptr) << dump(diag);
  EXPECT_EQ(e->severity, Severity::Error);
  EXPECT_EQ(e->line, 5);
  EXPECT_TRUE(s.sessions.empty());
  Diagnostics with_zone;
  const auto ok = import_fixture("floating.xcal", with_zone, "America/New_York");
  EXPECT_FALSE(with_zone.has_errors()) << dump(with_zone);
  ASSERT_EQ(ok.sessions.size(), 2u);
  EXPECT_EQ(core::format_iso8601_utc(ok.sessions[0].start), "2027-03-01T15:00:00Z");
}

TEST(ScheduleXcal, Rfc6321WithTzidParametersAndTypedValues) {
  Diagnostics diag;
  const auto s = import_fixture("rfc6321.xml", diag);
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  EXPECT_EQ(s.venue.time_zone_name, "Europe/Madrid");  // from the VTIMEZONE's TZID
  EXPECT_EQ(s.conference.name.exact(Lang::En), "Congreso Barcelona 2027");
  const Session* first = session(s, "c0000000-0000-4000-8000-000000000001");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(first->start), "2027-10-05T08:00:00Z");  // 10:00 CEST
  EXPECT_EQ(first->end - first->start, std::chrono::minutes{45});
  ASSERT_EQ(first->speakers.size(), 1u);
  EXPECT_EQ(s.speakers.at(0).name.exact(Lang::En), "Núria Puig");  // the CN, not the address
  const Session* panel = session(s, "c0000000-0000-4000-8000-000000000002");
  ASSERT_NE(panel, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(panel->start), "2027-10-05T16:00:00Z");
  EXPECT_EQ(panel->end - panel->start, std::chrono::hours{1});
  EXPECT_EQ(panel->kind, SessionKind::ThematicForum);  // no type in plain xCal
}

TEST(Schedule2, FlatEventsWithRoomReferences) {
  Diagnostics diag;
  const auto s = import_fixture("schedule2.json", diag);
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  EXPECT_EQ(s.format, "schedule2 JSON");
  EXPECT_EQ(s.venue.id, "39c3");
  EXPECT_EQ(s.counts.events, 4u);  // the one in an unknown room is left out before the count
  EXPECT_EQ(s.counts.events_skipped, 1u);
  EXPECT_EQ(room_names(s), (std::vector<std::string>{"Saal 1", "Saal GLITCH"}));  // ZIGZAG: no events
  EXPECT_EQ(s.rooms.at(0).capacity, 3000);
  const Session* opening = session(s, "d0000000-0000-4000-8000-000000000001");
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(opening->end - opening->start, std::chrono::minutes{30});  // seconds
  EXPECT_EQ(opening->kind, SessionKind::ThematicForum);                // "type": "Lecture"
  const Session* fuzz = session(s, "d0000000-0000-4000-8000-000000000002");
  ASSERT_NE(fuzz, nullptr);
  EXPECT_EQ(fuzz->title.exact(Lang::En), "Fuzzing XML for fun");  // "name"
  EXPECT_EQ(core::format_iso8601_utc(fuzz->start), "2027-12-27T11:00:00Z");
  EXPECT_EQ(fuzz->end - fuzz->start, std::chrono::minutes{40});   // "HH:MM"
  EXPECT_EQ(s.rooms.at(1).id, fuzz->room);                         // by guid
  EXPECT_EQ(fuzz->speakers.size(), 2u);
  EXPECT_EQ(fuzz->speakers.at(1), opening->speakers.at(0));  // same guid, same speaker
  EXPECT_EQ(session(s, "d0000000-0000-4000-8000-000000000003")->kind, SessionKind::EveningEvent);
  const Diagnostic* room = find(diag, "room \"77\" is not in rooms[]");
  ASSERT_NE(room, nullptr) << dump(diag);
  EXPECT_EQ(room->path, "/events/3/room");
  const Diagnostic* start = find(diag, "no usable start time");
  ASSERT_NE(start, nullptr);
  EXPECT_EQ(start->path, "/events/4");  // reported in this file's terms, not the converted ones
}

TEST(ScheduleFormats, UnrecognisedStructureNamesWhatWasExpected) {
  for (const char* name : {"not_a_schedule.xml", "not_a_schedule.json"}) {
    Diagnostics diag;
    const auto s = import_fixture(name, diag);
    ASSERT_EQ(diag.error_count(), 1u) << name;
    const std::string message = diag.all().front().message;
    EXPECT_NE(message.find("expected frab/pretalx JSON (schedule.conference.days), schedule2 JSON (events[] + "
                           "rooms[]), schedule.xml (<schedule>) or xCal (<iCalendar>)"),
              std::string::npos)
        << message;
    EXPECT_TRUE(s.sessions.empty());
  }
  Diagnostics xml;
  import_fixture("not_a_schedule.xml", xml);
  EXPECT_NE(xml.all().front().message.find("root element <rss>"), std::string::npos);
  EXPECT_EQ(xml.all().front().line, 2);
  Diagnostics json;
  import_fixture("not_a_schedule.json", json);
  EXPECT_NE(json.all().front().message.find("\"name\", \"items\""), std::string::npos);
  for (const char* text : {"", "   \n", "BEGIN:VCALENDAR\n", "[1, 2]"}) {
    Diagnostics diag;
    import_text(text, diag, "x");
    EXPECT_TRUE(diag.has_errors()) << text;
  }
}

TEST(ScheduleFormats, DetectionIgnoresTheFileName) {
  Diagnostics diag;
  const auto s = import_text(read(kDir / "frab_schedule.xml"), diag, "schedule.json");
  EXPECT_FALSE(diag.has_errors()) << dump(diag);
  EXPECT_EQ(s.format, "frab schedule.xml");
  Diagnostics diag2;
  const auto s2 = import_text("\xEF\xBB\xBF  \n" + read(kDir / "schedule2.json"), diag2, "schedule.xml");
  EXPECT_EQ(s2.format, "schedule2 JSON");
}

TEST(ScheduleFormats, ASchedulWithNoEventsIsAnError) {
  Diagnostics diag;
  const auto s = import_text(
      "<schedule><conference><title>Empty</title><time_zone_name>UTC</time_zone_name></conference>"
      "<day index=\"1\" date=\"2027-01-01\"><room name=\"A\"/></day></schedule>",
      diag, "empty.xml");
  ASSERT_TRUE(diag.has_errors());
  EXPECT_NE(find(diag, "holds no events"), nullptr) << dump(diag);
  Diagnostics json;
  import_text(R"({"events": [], "rooms": []})", json, "empty.json");
  EXPECT_NE(find(json, "read schedule2 JSON but it holds no events"), nullptr) << dump(json);
}

TEST(ScheduleFormats, KindMapFromTheCallerComesFirst) {
  ScheduleImportOptions options;
  options.file = "frab_schedule.xml";
  options.kind_map = {{"dj set", SessionKind::SpecialActivity}, {"Diskussion", SessionKind::MainForum}};
  Diagnostics diag;
  const auto s = import_schedule_text(read(kDir / "frab_schedule.xml"), options, diag);
  EXPECT_EQ(session(s, "7d1c0a10-0000-4000-8000-000000000002")->kind, SessionKind::SpecialActivity);
  // A word of the caller's table matches inside a compound type too.
  EXPECT_EQ(session(s, "7d1c0a10-0000-4000-8000-000000000005")->kind, SessionKind::SummitForum);
}

TEST(ScheduleFormats, EachFormatRoundTripsToABundleThatValidates) {
  struct Case {
    const char* file;
    const char* zone;
  };
  for (const Case& c : {Case{"frab_schedule.xml", nullptr}, Case{"fosdem_pentabarf.xml", nullptr},
                        Case{"frab_schedule.xcal", "Europe/Copenhagen"}, Case{"rfc6321.xml", nullptr},
                        Case{"schedule2.json", nullptr}}) {
    Diagnostics diag;
    const auto s = import_fixture(c.file, diag, c.zone);
    ASSERT_FALSE(diag.has_errors()) << c.file << "\n" << dump(diag);
    const auto dir = std::filesystem::temp_directory_path() / ("marquee_formats_test_" + std::string(c.file));
    std::filesystem::remove_all(dir);
    ASSERT_TRUE(write_schedule_bundle(s, dir).ok()) << c.file;
    const LoadResult loaded = load_content(dir);
    for (const auto& d : loaded.diagnostics.all()) {
      if (d.severity == Severity::Error) ADD_FAILURE() << c.file << ": " << format_diagnostic(d);
    }
    ASSERT_NE(loaded.content, nullptr) << c.file;
    EXPECT_EQ(loaded.content->sessions.size(), s.sessions.size()) << c.file;
    EXPECT_EQ(loaded.content->rooms.size(), s.rooms.size()) << c.file;
    std::filesystem::remove_all(dir);
  }
}

}  // namespace
}  // namespace marquee::content
