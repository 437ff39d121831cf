// schedule.json import: writing the result as a content bundle, and merging a schedule.json that
// sits in a bundle into the load of that bundle.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "content/parse_state.hpp"
#include "content/schedule_import.hpp"
#include "core/quote.hpp"
#include "core/read_file.hpp"

namespace marquee::content {
namespace {

using OJson = nlohmann::ordered_json;

OJson localized(const LocalizedText& text) {
  OJson out = OJson::object();
  for (Lang lang : kAllLangs) {
    if (text.has(lang)) out[std::string(lang_code(lang))] = text.exact(lang);
  }
  return out;
}

// Venue-local ISO 8601 with offset, as editors expect to read it.
std::string local_iso(const core::TimeZone& tz, core::WallTime t) {
  const auto l = tz.to_local(t);
  const int off = std::abs(l.utc_offset_minutes);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", l.year, l.month, l.day, l.hour,
                l.minute, l.second, l.utc_offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
  return buf;
}

OJson event_json(const ImportedSchedule& s) {
  OJson venue = {{"id", s.venue.id},
                 {"name", localized(s.venue.name)},
                 {"city", localized(s.venue.city)},
                 {"time_zone", s.venue.time_zone_name},
                 {"days", s.venue.days}};
  OJson root = {{"format", 1},
                {"conference", {{"id", s.conference.id}, {"name", localized(s.conference.name)}}},
                {"venues", OJson::array({venue})},
                {"rooms", OJson::array()},
                {"tracks", OJson::array()}};
  for (const auto& r : s.rooms) {
    OJson room = {{"id", r.id}, {"venue", r.venue}, {"name", localized(r.name)}};
    if (r.capacity > 0) room["capacity"] = r.capacity;
    root["rooms"].push_back(std::move(room));
  }
  for (const auto& t : s.tracks)
    root["tracks"].push_back({{"id", t.id}, {"name", localized(t.name)}, {"color", t.color}});
  return root;
}

OJson sessions_json(const ImportedSchedule& s) {
  OJson root = {{"format", 1}, {"sessions", OJson::array()}};
  for (const auto& x : s.sessions) {
    OJson j = {{"id", x.id}, {"title", localized(x.title)}};
    if (!x.abstract.empty()) j["abstract"] = localized(x.abstract);
    j["start"] = local_iso(*s.venue.time_zone, x.start);
    j["end"] = local_iso(*s.venue.time_zone, x.end);
    j["room"] = x.room;
    if (!x.track.empty()) j["track"] = x.track;
    j["kind"] = std::string(session_kind_id(x.kind));
    if (!x.speakers.empty()) j["speakers"] = x.speakers;
    if (!x.language.empty()) j["language"] = x.language;
    root["sessions"].push_back(std::move(j));
  }
  return root;
}

OJson speakers_json(const ImportedSchedule& s) {
  OJson root = {{"format", 1}, {"speakers", OJson::array()}};
  for (const auto& x : s.speakers) {
    OJson j = {{"id", x.id}, {"name", localized(x.name)}};
    if (!x.bio.empty()) j["bio"] = localized(x.bio);
    root["speakers"].push_back(std::move(j));
  }
  return root;
}

core::Status write_json(const std::filesystem::path& path, const OJson& json) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  // Every string came from validated UTF-8, but a serializer that throws would abort the import:
  // anything invalid is written as U+FFFD instead.
  out << json.dump(1, ' ', false, OJson::error_handler_t::replace) << '\n';
  out.close();
  if (!out) return core::make_error("cannot write " + path.string());
  return core::Ok{};
}

// Same id, or same English name in the same venue: the room event.json already describes.
template <typename T, typename Pred>
const T* find_item(const std::vector<T>& items, Pred pred) {
  auto it = std::find_if(items.begin(), items.end(), pred);
  return it == items.end() ? nullptr : &*it;
}

const Venue* venue_for_file(const std::string& file_name, const Content& c, Diagnostics& diag) {
  const std::string middle = file_name.size() > 14 ? file_name.substr(9, file_name.size() - 14) : "";
  if (!middle.empty()) {
    // The venue index is built when the load finishes; the schedule is merged before that.
    auto it = std::find_if(c.venues.begin(), c.venues.end(), [&](const Venue& v) { return v.id == middle; });
    if (it != c.venues.end()) return &*it;
    diag.error(file_name, "",
               "no venue " + core::quote_value(middle) + " in event.json for this schedule file");
    return nullptr;
  }
  if (c.venues.size() == 1) return &c.venues.front();
  diag.error(file_name, "",
             "event.json defines " + std::to_string(c.venues.size()) +
                 " venues; name the file schedule.<venue-id>.json to say which one it belongs to");
  return nullptr;
}

void merge_rooms_and_tracks(ImportedSchedule& s, const std::string& file, ParseState& state) {
  Content& c = state.content;
  std::unordered_map<std::string, std::string> room_map, track_map;
  for (std::size_t i = 0; i < s.rooms.size(); ++i) {
    const Room& r = s.rooms[i];
    const Room* known = find_item(c.rooms, [&](const Room& x) {
      return x.venue == r.venue && (x.id == r.id || x.name.exact(Lang::En) == r.name.exact(Lang::En));
    });
    room_map[r.id] = known ? known->id : r.id;
    if (known) continue;
    state.origins.rooms.push_back({file, s.room_paths[i]});
    c.rooms.push_back(r);
  }
  for (std::size_t i = 0; i < s.tracks.size(); ++i) {
    const Track& t = s.tracks[i];
    const Track* known = find_item(c.tracks, [&](const Track& x) {
      return x.id == t.id || x.name.exact(Lang::En) == t.name.exact(Lang::En);
    });
    track_map[t.id] = known ? known->id : t.id;
    if (known) continue;
    state.origins.tracks.push_back({file, s.track_paths[i]});
    c.tracks.push_back(t);
  }
  for (auto& x : s.sessions) {
    x.room = room_map[x.room];
    if (!x.track.empty()) x.track = track_map[x.track];
  }
}

}  // namespace

core::Status write_schedule_bundle(const ImportedSchedule& schedule, const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return core::make_error("cannot create " + dir.string() + ": " + ec.message());
  for (const auto& [name, json] :
       {std::pair{"event.json", event_json(schedule)}, std::pair{"sessions.json", sessions_json(schedule)},
        std::pair{"speakers.json", speakers_json(schedule)}}) {
    if (auto st = write_json(dir / name, json); !st) return st;
  }
  return core::Ok{};
}

bool is_schedule_file_name(const std::string& name) {
  if (name == "schedule.json") return true;
  return name.size() > 14 && name.rfind("schedule.", 0) == 0 && name.substr(name.size() - 5) == ".json" &&
         name.find('.', 9) == name.size() - 5;
}

bool has_schedule_file(const std::filesystem::path& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (is_schedule_file_name(entry.path().filename().string())) return true;
  }
  return false;
}

void merge_schedule_text(const std::string& file_name, const std::string& text, ParseState& state) {
  const Venue* venue = venue_for_file(file_name, state.content, state.diagnostics);
  if (!venue) return;
  ScheduleImportOptions options;
  options.venue_id = venue->id;
  options.file = file_name;
  options.time_zone = venue->time_zone;
  ImportedSchedule s = import_schedule_text(text, options, state.diagnostics);
  merge_rooms_and_tracks(s, file_name, state);
  Content& c = state.content;
  for (std::size_t i = 0; i < s.speakers.size(); ++i) {
    if (find_item(c.speakers, [&](const Speaker& x) { return x.id == s.speakers[i].id; })) continue;
    state.origins.speakers.push_back({file_name, s.speaker_paths[i]});
    c.speakers.push_back(std::move(s.speakers[i]));
  }
  for (std::size_t i = 0; i < s.sessions.size(); ++i) {
    state.origins.sessions.push_back({file_name, s.session_paths[i]});
    c.sessions.push_back(std::move(s.sessions[i]));
  }
}

void merge_schedule_files(const std::filesystem::path& dir, ParseState& state) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && is_schedule_file_name(name)) names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    core::FileText file = core::read_file(dir / name);
    if (!file) {
      state.diagnostics.error(name, "", "cannot read file");
      continue;
    }
    merge_schedule_text(name, std::move(file.text), state);
  }
}

}  // namespace marquee::content
