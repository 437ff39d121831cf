#pragma once
// Internals of the schedule.json import, shared by its translation units (not a public API).
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <unordered_set>

#include "content/schedule_import.hpp"
#include "content/slug.hpp"

namespace marquee::content::schedule_detail {

// Object key order matters in schedule.json (rooms of a day), so the import keeps it.
using OJson = nlohmann::ordered_json;

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
  Importer(const ScheduleImportOptions& options, Diagnostics& diag) : options_(options), diag_(diag) {}
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
    diag_.warning(options_.file, path, std::move(message));
  }
  void error(const std::string& path, std::string message) {
    diag_.error(options_.file, path, std::move(message));
  }
  void skip_event(const std::string& path, const std::string& why);

  const ScheduleImportOptions& options_;
  Diagnostics& diag_;
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

}  // namespace marquee::content::schedule_detail
