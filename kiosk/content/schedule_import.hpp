#pragma once
// Import of conference schedules into Marquee's model: one venue, its rooms, tracks, sessions and
// speakers. Four formats, told apart by content (docs/schedule-import.md): frab/pretalx
// schedule.json (the c3voc schema), schedule2 JSON (flat events[] + rooms[]), frab/pentabarf
// schedule.xml and xCal (RFC 6321). Real exports often break their schema, so the import is
// lenient: every event or person it cannot use is skipped and reported with its JSON path or XML
// line; only a file that is not a schedule at all is an error.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "content/diagnostic.hpp"
#include "content/model.hpp"
#include "core/result.hpp"
#include "core/time_zone.hpp"

namespace marquee::content {

struct ParseState;

struct ScheduleImportOptions {
  std::string venue_id;                     // empty: from the conference acronym, else "main"
  std::string file = "schedule.json";       // the name diagnostics carry
  std::optional<core::TimeZone> time_zone;  // used when the schedule has no valid time_zone_name
  // Source event type (matched case-insensitively as a whole, then as a word inside the type) ->
  // session kind, consulted before the built-in table (schedule_kinds.cpp); from --kind-map.
  std::vector<std::pair<std::string, SessionKind>> kind_map;
};

struct ScheduleCounts {
  std::size_t days = 0, rooms = 0, tracks = 0, events = 0, sessions = 0, persons = 0;
  std::size_t events_skipped = 0, persons_skipped = 0, events_split = 0, duplicate_events = 0;
};

struct ImportedSchedule {
  std::string format;  // what was read, e.g. "frab schedule.xml" (empty when nothing was)
  ConferenceInfo conference;
  Venue venue;  // id, time zone and the days derived from the schedule
  std::vector<Room> rooms;
  std::vector<Track> tracks;
  std::vector<Session> sessions;
  std::vector<Speaker> speakers;
  // JSON pointer each item came from, parallel to the vectors above.
  std::vector<std::string> room_paths, track_paths, session_paths, speaker_paths;
  ScheduleCounts counts;
  std::vector<std::string> notes;  // decisions an editor should know about (languages, time zone)
};

// Parses schedule text in any of the four formats, detected from the content (never the file
// name). Problems go to diag under options.file: errors when the text is not a schedule at all or
// holds no events (then the result is empty), warnings for each item skipped or repaired.
ImportedSchedule import_schedule_text(const std::string& text, const ScheduleImportOptions& options,
                                      Diagnostics& diag);

// "a, b or c": the formats import_schedule_text accepts, for error messages.
extern const char* const kScheduleFormatsExpected;

// Writes event.json (conference, venue, rooms, tracks), sessions.json and speakers.json.
core::Status write_schedule_bundle(const ImportedSchedule& schedule, const std::filesystem::path& dir);

// The loader's hook: merges schedule.json (single-venue bundles) or schedule.<venue-id>.json from
// dir into a load in progress. Rooms and tracks that event.json already defines (same id or same
// English name) are reused; speakers already in speakers.json win over the schedule's.
void merge_schedule_files(const std::filesystem::path& dir, ParseState& state);
// Same for text already in memory (the sync thread); file_name picks the venue as above.
void merge_schedule_text(const std::string& file_name, const std::string& text, ParseState& state);

// "schedule.json" / "schedule.<venue>.json": is this a schedule file name, and for which venue.
bool is_schedule_file_name(const std::string& name);
// Whether dir holds such a file (then sessions.json is optional).
bool has_schedule_file(const std::filesystem::path& dir);

}  // namespace marquee::content
