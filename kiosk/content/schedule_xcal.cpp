// xCal (RFC 6321) into the frab JSON shape: every <vevent> of every <vcalendar> becomes an event,
// grouped into days by its local start date and into rooms by its location. Two spellings occur:
// RFC 6321 proper (properties under <properties>, values in typed children such as <date-time>,
// parameters under <parameters>) and frab's schedule.xcal (properties directly in <vevent>, plain
// text values, pentabarf:* extras). Both are read the same way.
#include <cstdio>

#include "content/json_fields.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content::schedule_detail {
namespace {

// A date-time as written, before any zone is applied.
struct XcalTime {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  enum class Zone { Floating, Utc, Offset } zone = Zone::Floating;
  int offset_minutes = 0;
};

// "20271010T103000", "20271010T103000Z", "2027-10-10T10:30:00", "...+02:00".
std::optional<XcalTime> parse_time(const std::string& text) {
  std::string digits;
  std::size_t i = 0;
  for (; i < text.size() && digits.size() < 14; ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') digits += c;
    else if (c == 'T' && digits.size() == 8) continue;
    else if ((c == '-' && digits.size() < 8) || (c == ':' && digits.size() > 8)) continue;
    else break;
  }
  if (digits.size() != 12 && digits.size() != 14) return std::nullopt;
  XcalTime t;
  if (std::sscanf(digits.c_str(), "%4d%2d%2d%2d%2d", &t.y, &t.mo, &t.d, &t.h, &t.mi) != 5) return std::nullopt;
  if (digits.size() == 14) t.s = std::stoi(digits.substr(12, 2));
  if (t.mo < 1 || t.mo > 12 || t.d < 1 || t.d > 31 || t.h > 23 || t.mi > 59 || t.s > 60) return std::nullopt;
  const std::string rest = text.substr(i);
  int oh = 0, om = 0;
  if (rest.empty()) return t;
  if (rest == "Z") {
    t.zone = XcalTime::Zone::Utc;
    return t;
  }
  if ((rest[0] == '+' || rest[0] == '-') && rest.size() == 6 && std::sscanf(rest.c_str() + 1, "%2d:%2d", &oh, &om) == 2) {
    t.zone = XcalTime::Zone::Offset;
    t.offset_minutes = (oh * 60 + om) * (rest[0] == '-' ? -1 : 1);
    return t;
  }
  return std::nullopt;
}

std::string two(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

std::string local_text(const XcalTime& t) {
  return std::to_string(t.y) + "-" + two(t.mo) + "-" + two(t.d) + "T" + two(t.h) + ":" + two(t.mi) + ":" + two(t.s);
}

std::string offset_suffix(int minutes) {
  return std::string(minutes < 0 ? "-" : "+") + two(std::abs(minutes) / 60) + ":" + two(std::abs(minutes) % 60);
}

// Seconds since 1970 of the wall-clock reading, ignoring zones: differences of two readings in
// the same zone are durations (to within a DST change inside the event).
long long wall_seconds(const XcalTime& t) {
  const int y = t.y - (t.mo <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (t.mo + (t.mo > 2 ? -3 : 9)) + 2) / 5 + t.d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const long long days = static_cast<long long>(era) * 146097 + doe - 719468;
  const long long offset = t.zone == XcalTime::Zone::Offset ? t.offset_minutes * 60LL : 0;
  return days * 86400 + t.h * 3600LL + t.mi * 60LL + t.s - offset;
}

// ISO 8601 durations ("PT1H30M", "P1DT2H"), "H:MM[:SS]" and frab's xCal "HHMMSS" ("004500");
// seconds, or nullopt.
std::optional<long long> parse_duration_seconds(const std::string& text) {
  if (text.size() == 6 && text.find_first_not_of("0123456789") == std::string::npos) {
    const int h = std::stoi(text.substr(0, 2)), m = std::stoi(text.substr(2, 2)), s = std::stoi(text.substr(4, 2));
    if (m > 59 || s > 59) return std::nullopt;
    return h * 3600LL + m * 60LL + s;
  }
  if (!text.empty() && text[0] == 'P') {
    long long total = 0, number = 0;
    bool in_time = false, any = false, have_number = false;
    for (std::size_t i = 1; i < text.size(); ++i) {
      const char c = text[i];
      if (c >= '0' && c <= '9') {
        if (number > 1000000) return std::nullopt;
        number = number * 10 + (c - '0');
        have_number = true;
        continue;
      }
      if (c == 'T' && !have_number) {
        in_time = true;
        continue;
      }
      if (!have_number) return std::nullopt;
      const long long unit = c == 'W' && !in_time ? 604800 : c == 'D' && !in_time ? 86400 : c == 'H' && in_time ? 3600
                             : c == 'M' && in_time ? 60 : c == 'S' && in_time ? 1 : 0;
      if (unit == 0) return std::nullopt;
      total += number * unit;
      number = 0;
      have_number = false;
      any = true;
    }
    if (!any || have_number) return std::nullopt;
    return total;
  }
  int h = 0, m = 0, s = 0, used = 0;
  const int n = std::sscanf(text.c_str(), "%d:%2d%n:%2d%n", &h, &m, &used, &s, &used);
  if (n < 2 || static_cast<std::size_t>(used) != text.size() || h < 0 || m < 0 || m > 59) return std::nullopt;
  return h * 3600LL + m * 60LL + s;
}

std::string duration_text(long long seconds) {
  return std::to_string(seconds / 3600) + ":" + two(static_cast<int>(seconds / 60 % 60)) + ":" +
         two(static_cast<int>(seconds % 60));
}

class XcalReader {
 public:
  XcalReader(const ScheduleImportOptions& options, Diagnostics& diag) : options_(options), diag_(diag) {}

  std::optional<ScheduleSource> run(const xmlNode* root) {
    out_.format = "xCal";
    out_.floating_is_normal = true;
    OJson conf = {{"title", ""}, {"acronym", ""}};
    std::size_t vcalendars = 0;
    for (const xmlNode* cal : xml::elements(root)) {
      if (xml::name_of(cal) != "vcalendar") continue;
      ++vcalendars;
      read_calendar(cal, conf);
    }
    if (vcalendars == 0) {
      diag_.error(options_.file, xml::path_of(root), "<iCalendar> without <vcalendar>", xml::line_of(root));
      return std::nullopt;
    }
    if (zone_name_.empty()) {
      conf.erase("time_zone_name");
    } else {
      conf["time_zone_name"] = zone_name_;
    }
    // Events arrive in any order; the importer only needs them grouped by day and room.
    OJson days = OJson::array();
    for (auto& [date, rooms] : by_day_) {
      const std::string day_path = pointer_append("/schedule/conference/days", days.size());
      OJson room_map = OJson::object();
      for (auto& [room, events] : rooms) {
        for (std::size_t i = 0; i < events.size(); ++i) {
          const auto& source_spots = spots_of_[events[i].second];
          const std::string event_path = pointer_append(pointer_append(pointer_append(day_path, "rooms"), room), i);
          for (const auto& [suffix, at] : source_spots) out_.spots[event_path + suffix] = at;
          room_map[room].push_back(std::move(events[i].first));
        }
      }
      days.push_back({{"index", static_cast<long long>(days.size() + 1)}, {"date", date}, {"rooms", room_map}});
    }
    conf["days"] = std::move(days);
    out_.frab = {{"schedule", {{"conference", conf}}}};
    return std::move(out_);
  }

 private:
  // A property element: directly in the component (frab) or under <properties> (RFC 6321).
  static const xmlNode* property(const xmlNode* component, std::string_view name, std::string_view prefix = {}) {
    if (const xmlNode* n = xml::child(component, name, prefix)) return n;
    return xml::child(xml::child(component, "properties"), name, prefix);
  }
  static std::vector<const xmlNode*> properties(const xmlNode* component) {
    std::vector<const xmlNode*> out;
    for (const xmlNode* n : xml::elements(component)) {
      if (xml::name_of(n) == "properties") {
        for (const xmlNode* p : xml::elements(n)) out.push_back(p);
      } else {
        out.push_back(n);
      }
    }
    return out;
  }
  // The value: a typed child (<text>, <date-time>, <uri>, ...) in RFC 6321, else the text itself.
  static std::string value_of(const xmlNode* prop) {
    if (!prop) return "";
    for (const xmlNode* v : xml::elements(prop)) {
      if (xml::name_of(v) != "parameters") return xml::text_of(v);
    }
    return xml::text_of(prop);
  }
  static std::string parameter(const xmlNode* prop, std::string_view name) {
    return value_of(xml::child(xml::child(prop, "parameters"), name));
  }
  // Sub-components: directly inside (frab) or under <components> (RFC 6321).
  static std::vector<const xmlNode*> components(const xmlNode* parent, std::string_view name) {
    std::vector<const xmlNode*> out;
    for (const xmlNode* n : xml::elements(parent)) {
      if (xml::name_of(n) == name) out.push_back(n);
      if (xml::name_of(n) == "components") {
        for (const xmlNode* c : xml::elements(n)) {
          if (xml::name_of(c) == name) out.push_back(c);
        }
      }
    }
    return out;
  }

  void read_calendar(const xmlNode* cal, OJson& conf) {
    if (auto name = value_of(property(cal, "x-wr-calname")); !name.empty() && conf["title"] == "") {
      conf["title"] = name;
    }
    // The calendar's zone: X-WR-TIMEZONE, else the first VTIMEZONE's TZID when it is an IANA name.
    std::vector<std::pair<std::string, const xmlNode*>> candidates;
    if (const xmlNode* p = property(cal, "x-wr-timezone")) candidates.push_back({value_of(p), p});
    for (const xmlNode* tz : components(cal, "vtimezone")) {
      if (const xmlNode* p = property(tz, "tzid")) candidates.push_back({value_of(p), p});
    }
    for (const auto& [name, node] : candidates) {
      if (!zone_name_.empty() || name.empty()) continue;
      if (core::is_valid_time_zone(name)) {
        zone_name_ = name;
        out_.spots["/schedule/conference/time_zone_name"] = {"", xml::line_of(node), node};
      } else {
        diag_.warning(options_.file, xml::path_of(node), "not an IANA time zone name: " + core::quote_value(name),
                      xml::line_of(node));
      }
    }
    for (const xmlNode* ev : components(cal, "vevent")) read_event(ev);
  }

  // The start as frab's "date": with an offset when the value has one or names a TZID, else
  // floating (the importer reads it in the conference zone or asks for --time-zone).
  std::string start_text(const XcalTime& t, const std::string& tzid, const xmlNode* prop) {
    if (t.zone == XcalTime::Zone::Utc) return local_text(t) + "Z";
    if (t.zone == XcalTime::Zone::Offset) return local_text(t) + offset_suffix(t.offset_minutes);
    if (!tzid.empty()) {
      if (auto zone = core::TimeZone::find(tzid)) {
        const auto instant = zone->from_local(t.y, t.mo, t.d, t.h, t.mi, t.s);
        return local_text(t) + offset_suffix(zone->to_local(instant).utc_offset_minutes);
      }
      diag_.warning(options_.file, xml::path_of(prop),
                    "unknown TZID " + core::quote_value(tzid) + "; the time is read as floating",
                    xml::line_of(prop));
    }
    return local_text(t);
  }

  void read_event(const xmlNode* ev) {
    std::map<std::string, SourceSpot> spots;
    spots[""] = {"", xml::line_of(ev), ev};
    auto note = [&](const char* key, const xmlNode* node) {
      if (node) spots[std::string("/") + key] = {"", xml::line_of(node), node};
    };
    OJson e = OJson::object();
    auto take = [&](const char* key, std::initializer_list<std::pair<const char*, const char*>> sources) {
      for (const auto& [name, prefix] : sources) {
        const xmlNode* p = property(ev, name, prefix ? prefix : std::string_view());
        if (!p) continue;
        e[key] = value_of(p);
        note(key, p);
        return;
      }
    };
    take("guid", {{"uid", nullptr}});
    take("id", {{"event-id", "pentabarf"}});
    take("slug", {{"event-slug", "pentabarf"}});
    take("title", {{"title", "pentabarf"}, {"summary", nullptr}});
    take("subtitle", {{"subtitle", "pentabarf"}});
    take("language", {{"language-code", "pentabarf"}, {"language", "pentabarf"}});
    take("description", {{"description", nullptr}});
    // frab writes <category>Lecture</category> for every event: a type, not a track.
    take("type", {{"event-type", "pentabarf"}, {"category", nullptr}});
    take("track", {{"track", "pentabarf"}, {"categories", nullptr}});
    take("url", {{"url", nullptr}});
    take("room", {{"location", nullptr}});
    // CATEGORIES may list several, comma-separated: the first is the track.
    if (auto track = string_member(e, "track"); track && track->find(',') != std::string::npos) {
      e["track"] = track->substr(0, track->find(','));
    }
    std::string date;
    const xmlNode* dtstart = property(ev, "dtstart");
    if (dtstart) {
      note("date", dtstart);
      if (auto t = parse_time(value_of(dtstart))) {
        e["date"] = start_text(*t, parameter(dtstart, "tzid"), dtstart);
        date = local_text(*t).substr(0, 10);
        read_length(ev, *t, e, note);
      } else {
        e["date"] = value_of(dtstart);  // the importer reports it as unusable
      }
    }
    read_persons(ev, e, spots);
    const std::string room = room_name_of(e, "Unassigned");
    const std::size_t index = spots_of_.size();
    spots_of_.push_back(std::move(spots));
    by_day_[date][room].push_back({std::move(e), index});
  }

  template <typename Note>
  void read_length(const xmlNode* ev, const XcalTime& start, OJson& e, Note& note) {
    if (const xmlNode* dtend = property(ev, "dtend")) {
      auto end = parse_time(value_of(dtend));
      // An end in the same notation as the start: their wall-clock difference is the length.
      if (end && (end->zone == XcalTime::Zone::Floating) == (start.zone == XcalTime::Zone::Floating)) {
        const long long seconds = wall_seconds(*end) - wall_seconds(start);
        e["duration"] = seconds > 0 ? duration_text(seconds) : "0:00";
        note("duration", dtend);
        return;
      }
    }
    if (const xmlNode* d = property(ev, "duration")) {
      note("duration", d);
      const auto seconds = parse_duration_seconds(value_of(d));
      e["duration"] = seconds ? duration_text(*seconds) : value_of(d);
    }
  }

  // ATTENDEE: the CN parameter when given (RFC 6321), else the value without "mailto:" (frab
  // writes the name itself).
  void read_persons(const xmlNode* ev, OJson& e, std::map<std::string, SourceSpot>& spots) {
    OJson persons = OJson::array();
    for (const xmlNode* p : properties(ev)) {
      if (xml::name_of(p) != "attendee") continue;
      std::string name = parameter(p, "cn");
      if (name.empty()) {
        name = value_of(p);
        if (name.size() > 7 && (name.rfind("mailto:", 0) == 0 || name.rfind("MAILTO:", 0) == 0)) name = name.substr(7);
      }
      spots["/persons/" + std::to_string(persons.size())] = {"", xml::line_of(p), p};
      persons.push_back({{"name", name}});
    }
    if (!persons.empty()) e["persons"] = std::move(persons);
  }

  const ScheduleImportOptions& options_;
  Diagnostics& diag_;
  ScheduleSource out_;
  std::string zone_name_;
  // day "YYYY-MM-DD" -> room -> (event, index into spots_of_)
  std::map<std::string, std::map<std::string, std::vector<std::pair<OJson, std::size_t>>>> by_day_;
  std::vector<std::map<std::string, SourceSpot>> spots_of_;
};

}  // namespace

std::optional<ScheduleSource> read_xcal(const xmlNode* root, const ScheduleImportOptions& options,
                                        Diagnostics& diag) {
  return XcalReader(options, diag).run(root);
}

}  // namespace marquee::content::schedule_detail
