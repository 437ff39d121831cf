// schedule.json import: events become sessions, persons become speakers.
#include <algorithm>
#include <cstdio>

#include "content/json_fields.hpp"
#include "content/language_tag.hpp"
#include "content/plain_text.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content::schedule_detail {
namespace {

// Marquee sessions may run at most 24 h (the loader's check); longer events are split.
constexpr core::Millis kMaxSessionLength = std::chrono::hours{24};

// "H+:MM" or "H+:MM:SS"; hours may exceed 24.
std::optional<core::Millis> parse_duration(const std::string& text) {
  int h = 0, m = 0, s = 0, used = 0;
  const int n = std::sscanf(text.c_str(), "%d:%2d%n:%2d%n", &h, &m, &used, &s, &used);
  if (n < 2 || static_cast<std::size_t>(used) != text.size() || h < 0 || m < 0 || m > 59 || s < 0 || s > 59) {
    return std::nullopt;
  }
  return std::chrono::hours{h} + std::chrono::minutes{m} + std::chrono::seconds{s};
}

// "YYYY-MM-DDTHH:MM[:SS]" without an offset, read as local time in tz.
std::optional<core::WallTime> parse_local(const std::string& text, const core::TimeZone& tz) {
  int y, mo, d, h, mi, s = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%*1[T ]%2d:%2d:%2d", &y, &mo, &d, &h, &mi, &s);
  if (n < 5 || h > 23 || mi > 59) return std::nullopt;
  return tz.from_local(y, mo, d, h, mi, s);
}

std::string join_paragraphs(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty() || out.find(p) != std::string::npos) continue;
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

// The one language an event's text is in, spread over the slots Marquee has: en and zh are
// required for titles, so both always get it; es as well when the event is in Spanish.
void set_text(LocalizedText& text, const std::string& value, bool spanish) {
  if (value.empty()) return;
  text.set(Lang::En, value);
  text.set(Lang::Zh, value);
  if (spanish) text.set(Lang::Es, value);
}

}  // namespace

void Importer::skip_event(const std::string& path, const std::string& why) {
  warn(path, "event skipped: " + why);
  ++out_.counts.events_skipped;
}

std::string Importer::event_id(const RawEvent& raw) {
  if (auto guid = string_member(*raw.json, "guid"); guid && !guid->empty()) return *guid;
  auto id = raw.json->find("id");
  if (id != raw.json->end() && (id->is_number_integer() || id->is_string())) {
    const std::string legacy =
        "event-" + (id->is_string() ? id->get<std::string>() : std::to_string(id->get<long long>()));
    warn(pointer_append(raw.path, "guid"), "no guid; using the legacy id as " + core::quote_value(legacy));
    return legacy;
  }
  return "";
}

// Real start: "date" (ISO 8601 with offset). Fallbacks, each reported: a "date" without offset in
// the conference zone; then the day's date + legacy "start" HH:MM, moved past midnight when it is
// before the day's day_start hour.
std::optional<core::WallTime> Importer::event_start(const RawEvent& raw) {
  const auto date = string_member(*raw.json, "date");
  if (date) {
    if (auto t = core::parse_iso8601(*date)) {
      check_offset(raw, *t);
      return *t;
    }
    if (auto t = parse_local(*date, *tz_)) {
      if (!placeable_without_offset(raw, *date)) return std::nullopt;
      if (!source_ || !source_->floating_is_normal) {
        warn(pointer_append(raw.path, "date"),
             "no UTC offset in " + core::quote_value(*date) + "; read in " + tz_->name());
      }
      ++floating_read_;
      return t;
    }
  }
  const auto start = string_member(*raw.json, "start").value_or("");
  int y, m, d, h, mi;
  if (core::parse_date(raw.day_date, y, m, d) && std::sscanf(start.c_str(), "%2d:%2d", &h, &mi) == 2 &&
      h < 24 && mi < 60) {
    if (!placeable_without_offset(raw, raw.day_date + " " + start)) return std::nullopt;
    auto t = tz_->from_local(y, m, d, h, mi, 0);
    if (auto day_start = core::parse_iso8601(raw.day_start); day_start && t < *day_start)
      t += std::chrono::hours{24};
    if (!source_ || !source_->floating_is_normal) {
      warn(pointer_append(raw.path, "date"),
           "missing or invalid date; placed by the day's date and start " + start);
    }
    ++floating_read_;
    return t;
  }
  return std::nullopt;
}

std::optional<core::Millis> Importer::event_duration(const RawEvent& raw, core::WallTime start) {
  if (auto text = string_member(*raw.json, "duration")) {
    if (auto d = parse_duration(*text)) return d;
  }
  if (auto end_text = string_member(*raw.json, "end")) {
    if (auto end = core::parse_iso8601(*end_text))
      return std::chrono::duration_cast<core::Millis>(*end - start);
  }
  return std::nullopt;
}

std::string Importer::room_for(const RawEvent& raw) {
  return room_by_name_.at(room_name_of(*raw.json, raw.room_key));
}

std::string Importer::track_for(const OJson& event, const std::string& path) {
  const auto name = string_member(event, "track").value_or("");
  if (name.empty()) return "";
  if (auto it = track_by_name_.find(name); it != track_by_name_.end()) return it->second;
  Track track;
  track.id = slugger_.unique(name, "track", track_ids_);
  track.name.set(Lang::En, name);
  track.name.set(Lang::Zh, name);
  static const char* kColours[] = {"#4A90D9", "#D94A4A", "#3BAA5C", "#E0A030", "#8E5BD9", "#2AA6A6"};
  track.color = kColours[out_.tracks.size() % std::size(kColours)];
  track_by_name_[name] = track.id;
  out_.tracks.push_back(std::move(track));
  out_.track_paths.push_back(pointer_append(path, "track"));
  return track_by_name_[name];
}

// The primary subtag of the event's language ("pt" for "pt-BR"); a value that is not a language
// tag at all ("中文", "English") is reported and dropped, never cut into pieces.
std::string Importer::event_language(const OJson& event, const std::string& path) {
  const auto written = string_member(event, "language");
  if (!written || written->empty()) return "";
  if (auto primary = primary_language(*written)) return *primary;
  warn(pointer_append(path, "language"), "not a language tag: " + core::quote_value(*written) + " (ignored)");
  return "";
}

void Importer::convert_event(const RawEvent& raw) {
  if (!raw.json->is_object()) return skip_event(raw.path, "not an object");
  const OJson& e = *raw.json;
  const std::string id = event_id(raw);
  if (id.empty()) return skip_event(raw.path, "no guid and no id");
  if (auto [it, fresh] = first_path_of_event_.emplace(id, raw.path); !fresh) {
    ++out_.counts.duplicate_events;
    return skip_event(raw.path, "duplicate guid " + core::quote_value(id) + " (first at " + first_at(it->second) + ")");
  }
  const auto title = to_plain_text(string_member(e, "title").value_or(""));
  if (title.empty()) return skip_event(raw.path, "no title");
  const auto start = event_start(raw);
  if (!start) return skip_event(raw.path, "no usable start time (date or start)");
  const auto duration = event_duration(raw, *start);
  if (!duration) return skip_event(raw.path, "no usable duration (\"H:MM\") or end");
  if (duration->count() <= 0) return skip_event(raw.path, "duration is zero or negative");
  const std::string language = event_language(e, raw.path);
  const bool spanish = language == "es";
  spanish_events_ += spanish ? 1 : 0;
  Session s;
  s.id = id;
  set_text(s.title, title, spanish);
  set_text(s.abstract,
           join_paragraphs({to_plain_text(string_member(e, "subtitle").value_or("")),
                            to_plain_text(string_member(e, "abstract").value_or("")),
                            to_plain_text(string_member(e, "description").value_or(""))}),
           spanish);
  s.start = *start;
  s.room = room_for(raw);
  s.track = track_for(e, raw.path);
  s.language = language;
  const auto type = string_member(e, "type").value_or("");
  s.kind = kind_for_type(type, options_);
  ++kind_counts_[(type.empty() ? "(no type)" : type) + " -> " + std::string(session_kind_id(s.kind))];
  s.speakers = persons_of(e, raw.path);
  add_sessions(std::move(s), *duration, raw.path);
}

// Events longer than Marquee allows become consecutive parts "(1/3)", "(2/3)", ... so nothing of
// a multi-day event is lost and each part still fits the loader's rules.
void Importer::add_sessions(Session session, core::Millis duration, const std::string& path) {
  const auto parts = static_cast<int>((duration + kMaxSessionLength - core::Millis{1}) / kMaxSessionLength);
  if (parts > 1) {
    ++out_.counts.events_split;
    warn(pointer_append(path, "duration"), "runs " + std::to_string(duration.count() / 3600000) +
                                               " h; split into " + std::to_string(parts) +
                                               " sessions of at most 24 h");
  }
  const core::WallTime start = session.start;
  for (int k = 0; k < parts; ++k) {
    Session part = session;
    part.start = start + kMaxSessionLength * k;
    part.end = std::min(start + duration, part.start + kMaxSessionLength);
    if (parts > 1) {
      part.id = session.id + "-part" + std::to_string(k + 1);
      const std::string suffix = " (" + std::to_string(k + 1) + "/" + std::to_string(parts) + ")";
      for (Lang lang : kAllLangs) {
        if (session.title.has(lang)) part.title.set(lang, session.title.exact(lang) + suffix);
      }
    }
    session_ids_.insert(part.id);
    out_.sessions.push_back(std::move(part));
    out_.session_paths.push_back(path);
    ++out_.counts.sessions;
  }
}

}  // namespace marquee::content::schedule_detail
