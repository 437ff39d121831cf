// schedule.json import: the conference, its days, rooms, tracks and time zone. Events and persons
// are converted in schedule_event.cpp; writing and merging into a bundle in schedule_bundle.cpp.
#include <algorithm>
#include <cstdio>
#include <limits>

#include "content/json_fields.hpp"
#include "content/json_parse.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace schedule_detail {

std::optional<std::string> string_member(const OJson& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::string room_name_of(const OJson& event, const std::string& listed_under) {
  auto room = string_member(event, "room");
  if (room && !room->empty()) return *room;
  return listed_under.empty() ? std::string("Unassigned") : listed_under;
}

std::optional<int> offset_minutes(const std::string& iso) {
  if (iso.size() < 6) return std::nullopt;
  if (iso.back() == 'Z') return 0;
  const std::string tail = iso.substr(iso.size() - 6);
  int h = 0, m = 0;
  if ((tail[0] != '+' && tail[0] != '-') || std::sscanf(tail.c_str() + 1, "%2d:%2d", &h, &m) != 2)
    return std::nullopt;
  return (h * 60 + m) * (tail[0] == '-' ? -1 : 1);
}

SourceSpot Importer::locate(const std::string& path) const {
  if (!source_) return {path, 0};
  std::string prefix = path;
  for (;;) {
    if (auto it = source_->spots.find(prefix); it != source_->spots.end()) {
      const SourceSpot& at = it->second;
      return {(at.node ? xml::path_of(at.node) : at.path) + path.substr(prefix.size()), at.line};
    }
    const auto slash = prefix.rfind('/');
    if (slash == std::string::npos || prefix.empty()) return {path, 0};
    prefix.resize(slash);
  }
}

namespace {

const char* kTrackPalette[] = {"#4A90D9", "#D94A4A", "#3BAA5C", "#E0A030", "#8E5BD9",
                               "#2AA6A6", "#D9568E", "#7A8C2E", "#C06A2B", "#5A6ACF"};

std::string local_date(const core::TimeZone& tz, core::WallTime t) {
  const auto l = tz.to_local(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", l.year, l.month, l.day);
  return buf;
}

}  // namespace

bool Importer::read_conference(const OJson& conference, const std::string& path) {
  auto title = string_member(conference, "title");
  const auto acronym = string_member(conference, "acronym").value_or("");
  if (!title || title->empty()) {
    warn(pointer_append(path, "title"), "missing conference title; using the acronym");
    title = acronym.empty() ? std::string("Conference") : acronym;
  }
  out_.conference.id = slugger_.slug(acronym).empty() ? "conference" : slugger_.slug(acronym);
  out_.conference.name.set(Lang::En, *title);
  out_.conference.name.set(Lang::Zh, *title);
  out_.venue.id = !options_.venue_id.empty() ? options_.venue_id : out_.conference.id;
  out_.venue.name.set(Lang::En, *title);
  out_.venue.name.set(Lang::Zh, *title);
  return true;
}

void Importer::collect_days(const OJson& days, const std::string& path) {
  for (std::size_t d = 0; d < days.size(); ++d) {
    const std::string day_path = pointer_append(path, d);
    const OJson& day = days[d];
    if (!day.is_object()) {
      error(day_path, "expected a day object");
      continue;
    }
    const auto date = string_member(day, "date").value_or("");
    int y, m, dd;
    if (core::parse_date(date, y, m, dd)) {
      day_dates_.push_back(date);
    } else {
      warn(pointer_append(day_path, "date"), "day without a valid date " + core::quote_value(date) +
                                                 "; its events are placed by their own dates");
    }
    auto rooms = day.find("rooms");
    if (rooms == day.end()) continue;
    if (!rooms->is_object()) {
      error(pointer_append(day_path, "rooms"), "expected an object of room name -> events");
      continue;
    }
    for (const auto& [room_name, list] : rooms->items()) {
      const std::string room_path = pointer_append(pointer_append(day_path, "rooms"), room_name);
      if (!list.is_array()) {
        error(room_path, "expected an array of events");
        continue;
      }
      for (std::size_t e = 0; e < list.size(); ++e) {
        events_.push_back({&list[e], pointer_append(room_path, e), room_name, date,
                           string_member(day, "day_start").value_or("")});
      }
    }
  }
  out_.counts.days = days.size();
}

// The conference time zone, else the caller's, else one built from the first event's UTC offset.
void Importer::choose_time_zone(const OJson& conference, const std::string& path) {
  if (auto name = string_member(conference, "time_zone_name")) {
    if (auto tz = core::TimeZone::find(*name)) {
      tz_ = *tz;
      tz_from_file_or_caller_ = true;
      return;
    }
    warn(pointer_append(path, "time_zone_name"), "unknown time zone " + core::quote_value(*name));
  }
  if (options_.time_zone) {
    tz_ = options_.time_zone;
    tz_from_file_or_caller_ = true;
    out_.notes.push_back("no valid time_zone_name: used the given time zone " + tz_->name());
    return;
  }
  std::optional<int> offset;
  for (const auto& raw : events_) {
    if (auto date = string_member(*raw.json, "date")) offset = offset_minutes(*date);
    if (offset) break;
  }
  std::string name = "UTC";
  if (offset && *offset % 60 == 0 && *offset != 0) {
    // POSIX-style Etc zones count the other way round: UTC+01:00 is Etc/GMT-1.
    name = "Etc/GMT" + std::string(*offset > 0 ? "-" : "+") + std::to_string(std::abs(*offset) / 60);
  }
  tz_ = *core::TimeZone::find(name);
  out_.notes.push_back("no time_zone_name: events keep their own UTC offsets; the venue uses " + name +
                       " (pass --time-zone, or set the real IANA zone in event.json)");
}

void Importer::read_rooms(const OJson& conference, const std::string& path) {
  auto add = [this](const std::string& name, const std::string& where, int capacity) {
    // An event's empty "room" falls back to the room it is listed under (room_for).
    if (name.empty() || room_by_name_.count(name)) return;
    Room room;
    room.id = slugger_.unique(name, "room-" + std::to_string(out_.rooms.size() + 1), room_ids_);
    room.venue = out_.venue.id;
    room.name.set(Lang::En, name);
    room.name.set(Lang::Zh, name);
    room.capacity = capacity;
    room_by_name_[name] = room.id;
    out_.rooms.push_back(std::move(room));
    out_.room_paths.push_back(where);
  };
  auto rooms = conference.find("rooms");
  if (rooms != conference.end() && rooms->is_array()) {
    for (std::size_t i = 0; i < rooms->size(); ++i) {
      const OJson& r = (*rooms)[i];
      if (!r.is_object()) continue;
      auto cap = r.find("capacity");
      // Only a count that fits: get<int>() on 1e300 would be an unchecked (undefined) conversion.
      int capacity = 0;
      if (cap != r.end() && cap->is_number()) {
        const double n = cap->get<double>();
        if (n >= 0 && n <= std::numeric_limits<int>::max()) capacity = static_cast<int>(n);
      }
      add(string_member(r, "name").value_or(""), pointer_append(pointer_append(path, "rooms"), i), capacity);
    }
  }
  for (const auto& raw : events_) {
    if (raw.json->is_object()) add(room_name_of(*raw.json, raw.room_key), raw.path, 0);
  }
  out_.counts.rooms = out_.rooms.size();
}

void Importer::read_tracks(const OJson& conference, const std::string& path) {
  auto tracks = conference.find("tracks");
  if (tracks == conference.end() || !tracks->is_array()) return;
  for (std::size_t i = 0; i < tracks->size(); ++i) {
    const OJson& t = (*tracks)[i];
    const auto name = t.is_object() ? string_member(t, "name").value_or("") : "";
    if (name.empty() || track_by_name_.count(name)) continue;
    Track track;
    track.id = slugger_.unique(string_member(t, "slug").value_or(name), "track", track_ids_);
    track.name.set(Lang::En, name);
    track.name.set(Lang::Zh, name);
    track.color = string_member(t, "color").value_or("");
    const bool hex = track.color.size() == 7 && track.color[0] == '#' &&
                     track.color.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
    if (!hex) track.color = kTrackPalette[out_.tracks.size() % std::size(kTrackPalette)];
    track_by_name_[name] = track.id;
    out_.tracks.push_back(std::move(track));
    out_.track_paths.push_back(pointer_append(pointer_append(path, "tracks"), i));
  }
}

// Conference days: the schedule's day dates plus the local date of every session start (events
// after midnight belong to the previous schedule day but start on the next calendar date).
void Importer::finish_venue() {
  Venue& v = out_.venue;
  v.time_zone = tz_;
  v.time_zone_name = tz_->name();
  const auto slash = v.time_zone_name.rfind('/');
  const bool city_like = slash != std::string::npos && v.time_zone_name.rfind("Etc/", 0) != 0;
  std::string city = city_like ? v.time_zone_name.substr(slash + 1) : out_.conference.name.exact(Lang::En);
  std::replace(city.begin(), city.end(), '_', ' ');
  v.city.set(Lang::En, city);
  v.city.set(Lang::Zh, city);
  std::vector<std::string> days = day_dates_;
  for (const auto& s : out_.sessions) days.push_back(local_date(*tz_, s.start));
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  v.days = std::move(days);
}

void Importer::add_notes() {
  std::string text =
      "text: each event has one language, and Marquee needs en and zh; titles, abstracts and "
      "names were copied into both en and zh";
  if (spanish_events_ > 0) text += " (and es for " + std::to_string(spanish_events_) + " Spanish events)";
  out_.notes.push_back(text + "; translate them in sessions.json and speakers.json where needed");
  for (const auto& [mapping, count] : kind_counts_) {
    out_.notes.push_back("type " + mapping + " (" + std::to_string(count) + " events)");
  }
}

ImportedSchedule Importer::run(const OJson& root) {
  const OJson* schedule = root.is_object() && root.contains("schedule") ? &root["schedule"] : nullptr;
  if (!schedule || !schedule->is_object()) {
    error("/schedule", root.is_object()
                           ? "missing the \"schedule\" object (is this a frab/pretalx schedule.json?)"
                           : "expected a JSON object with a \"schedule\" member");
    return {};
  }
  auto conf_it = schedule->find("conference");
  if (conf_it == schedule->end() || !conf_it->is_object()) {
    error("/schedule/conference", "missing the conference object");
    return {};
  }
  const OJson& conference = *conf_it;
  const std::string path = "/schedule/conference";
  auto days = conference.find("days");
  if (days == conference.end() || !days->is_array()) {
    error(pointer_append(path, "days"),
          days == conference.end() ? "missing the days array" : "expected an array of days");
    return {};
  }
  read_conference(conference, path);
  collect_days(*days, pointer_append(path, "days"));
  choose_time_zone(conference, path);
  read_rooms(conference, path);
  read_tracks(conference, path);
  for (const auto& raw : events_) convert_event(raw);
  if (floating_without_zone_ > 1) {
    error("", std::to_string(floating_without_zone_) +
                  " events have times without a UTC offset and the file names no time zone: pass "
                  "--time-zone ZONE (an IANA name such as Europe/Berlin)");
  }
  report_offsets();
  if (floating_read_ > 0 && source_ && source_->floating_is_normal) {
    out_.notes.push_back(std::to_string(floating_read_) + " events have local times without a UTC offset: read in " +
                         tz_->name());
  }
  drop_empty_rooms();
  drop_nameless_speakers();
  finish_venue();
  add_notes();
  out_.counts.events = events_.size();
  out_.counts.tracks = out_.tracks.size();
  out_.counts.persons = out_.speakers.size();
  return std::move(out_);
}

}  // namespace schedule_detail

}  // namespace marquee::content
