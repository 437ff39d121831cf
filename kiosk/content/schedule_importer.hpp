#pragma once
// Internals of the schedule.json import, shared by its translation units (not a public API).
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "content/schedule_import.hpp"
#include "content/slug.hpp"
#include "content/xml_document.hpp"

namespace marquee::content::schedule_detail {

// Object key order matters in schedule.json (rooms of a day), so the import keeps it.
using OJson = nlohmann::ordered_json;

// Where a piece of the frab-shaped JSON came from, when it was converted from another format:
// the path to report instead (an XPath for XML, the original JSON pointer for schedule2) and the
// 1-based line (0 when unknown).
struct SourceSpot {
  std::string path;
  int line = 0;
  // XML readers store the element instead of its path: most spots are never reported, and an
  // XPath costs a walk over the siblings. Valid while the document is (during the import).
  const xmlNode* node = nullptr;
};

// Any accepted format, converted to the frab/pretalx JSON shape the Importer reads. Each reader
// (schedule_xml.cpp, schedule_xcal.cpp, schedule_json2.cpp) fills `spots` so that diagnostics
// point into the file the editor actually has.
struct ScheduleSource {
  OJson frab;
  std::string format;                        // "frab schedule.xml", ...
  std::map<std::string, SourceSpot> spots;   // JSON pointer in `frab` (a prefix) -> source
  // Times without an offset are how this format works (pentabarf XML: HH:MM on the day; xCal:
  // floating times in the calendar's zone): one note, not a warning per event.
  bool floating_is_normal = false;
};

// The readers: nullopt after an error in diag (file-level: not the expected structure).
std::optional<ScheduleSource> read_frab_xml(const xmlNode* root, const ScheduleImportOptions& options,
                                            Diagnostics& diag);
std::optional<ScheduleSource> read_xcal(const xmlNode* root, const ScheduleImportOptions& options,
                                        Diagnostics& diag);
std::optional<ScheduleSource> read_schedule2(const OJson& root, const ScheduleImportOptions& options,
                                             Diagnostics& diag);

// Source event type -> session kind: the options' table first, then the built-in one.
SessionKind kind_for_type(const std::string& type, const ScheduleImportOptions& options);

// One event as found while walking the days, before conversion.
struct RawEvent {
  const OJson* json = nullptr;
  std::string path;       // JSON pointer
  std::string room_key;   // the key of the day's room list it sits in
  std::string day_date;   // "YYYY-MM-DD" of its day
  std::string day_start;  // the day's day_start, if any
};

class Importer {
 public:
  Importer(const ScheduleImportOptions& options, Diagnostics& diag, const ScheduleSource* source = nullptr)
      : options_(options), diag_(diag), source_(source) {}
  ImportedSchedule run(const OJson& root);

 private:
  // schedule_import.cpp
  bool read_conference(const OJson& conference, const std::string& path);
  void collect_days(const OJson& days, const std::string& path);
  void choose_time_zone(const OJson& conference, const std::string& path);
  void read_rooms(const OJson& conference, const std::string& path);
  void read_tracks(const OJson& conference, const std::string& path);
  void finish_venue();
  void add_notes();
  // schedule_event.cpp
  void convert_event(const RawEvent& raw);
  std::optional<core::WallTime> event_start(const RawEvent& raw);
  std::optional<core::Millis> event_duration(const RawEvent& raw, core::WallTime start);
  std::string room_for(const RawEvent& raw);
  std::string track_for(const OJson& event, const std::string& path);
  std::vector<std::string> persons_of(const OJson& event, const std::string& path);
  void add_sessions(Session session, core::Millis duration, const std::string& path);
  void drop_nameless_speakers();
  std::string event_id(const RawEvent& raw);
  std::string event_language(const OJson& event, const std::string& path);

  void warn(const std::string& path, std::string message) {
    const SourceSpot at = locate(path);
    diag_.warning(options_.file, at.path, std::move(message), at.line);
  }
  void error(const std::string& path, std::string message) {
    const SourceSpot at = locate(path);
    diag_.error(options_.file, at.path, std::move(message), at.line);
  }
  // The path and line to report for a JSON pointer into the (converted) schedule.
  SourceSpot locate(const std::string& path) const;
  // "line 12" for converted sources with lines, else the path, for "first at ..." texts.
  std::string first_at(const std::string& path) const {
    const SourceSpot at = locate(path);
    return at.line > 0 ? "line " + std::to_string(at.line) : at.path;
  }
  // schedule_checks.cpp: whole-schedule checks after the events are converted.
  void check_offset(const RawEvent& raw, core::WallTime start);
  // A time without offset needs a zone the file or the caller named; the first one without is
  // an error (the rest are counted in run()).
  bool placeable_without_offset(const RawEvent& raw, const std::string& written);
  void report_offsets();
  void drop_empty_rooms();
  void skip_event(const std::string& path, const std::string& why);

  const ScheduleImportOptions& options_;
  Diagnostics& diag_;
  const ScheduleSource* source_;
  bool tz_from_file_or_caller_ = false;  // else floating times cannot be placed
  std::size_t floating_without_zone_ = 0, floating_read_ = 0;
  std::size_t offset_mismatches_ = 0, offsets_seen_ = 0;
  std::string first_mismatch_path_, first_mismatch_text_;
  Slugger slugger_;
  ImportedSchedule out_;
  std::vector<RawEvent> events_;
  std::vector<std::string> day_dates_;
  std::optional<core::TimeZone> tz_;
  std::unordered_set<std::string> room_ids_, track_ids_, session_ids_, speaker_ids_;
  std::unordered_map<std::string, std::string> room_by_name_, track_by_name_;
  std::unordered_map<std::string, std::size_t> speaker_by_key_;  // person key -> index in out_.speakers
  std::unordered_map<std::string, std::string> first_path_of_event_;
  std::map<std::string, std::size_t> kind_counts_;  // "Talk -> thematic_forum" -> count
  std::size_t spanish_events_ = 0;
};

// A JSON string member, or nullopt when absent, null or not a string.
std::optional<std::string> string_member(const OJson& object, const char* key);
// The room an event is in: its "room", else the room list it sits under, else "Unassigned".
std::string room_name_of(const OJson& event, const std::string& listed_under);
// "+01:00" -> 60, "Z" -> 0; nullopt when the ISO text has no usable offset.
std::optional<int> offset_minutes(const std::string& iso);

}  // namespace marquee::content::schedule_detail
