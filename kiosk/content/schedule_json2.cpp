// schedule2 JSON (the flat shape of the c3voc / CCC hub API since 38C3) into the frab JSON shape:
// top-level events[] whose "room" refers to rooms[] by id, guid or name. The accepted fields are
// listed in docs/schedule-import.md; diagnostics keep this file's own JSON pointers (/events/3).
#include "content/json_fields.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content::schedule_detail {
namespace {

// A scalar as text: strings as they are, integers written out; else empty.
std::string scalar_text(const OJson& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  return "";
}

std::string first_string(const OJson& object, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    if (auto v = string_member(object, key); v && !v->empty()) return *v;
  }
  return "";
}

std::string two(long long v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

class Schedule2Reader {
 public:
  Schedule2Reader(const ScheduleImportOptions& options, Diagnostics& diag) : options_(options), diag_(diag) {}

  std::optional<ScheduleSource> run(const OJson& root) {
    out_.format = "schedule2 JSON";
    OJson conf = read_conference(root);
    read_rooms(root);
    const OJson& events = root["events"];
    std::map<std::string, std::map<std::string, std::vector<std::pair<OJson, std::string>>>> by_day;
    for (std::size_t i = 0; i < events.size(); ++i) {
      const std::string path = pointer_append("/events", i);
      const OJson& e = events[i];
      if (!e.is_object()) {
        warn(path, "event skipped: not an object");
        continue;
      }
      auto converted = convert(e, path);
      if (!converted) continue;
      const std::string date = string_member(*converted, "date").value_or("").substr(0, 10);
      const std::string room = room_name_of(*converted, "Unassigned");
      by_day[date][room].push_back({std::move(*converted), path});
    }
    OJson days = OJson::array();
    for (auto& [date, rooms] : by_day) {
      const std::string day_path = pointer_append("/schedule/conference/days", days.size());
      OJson room_map = OJson::object();
      for (auto& [room, list] : rooms) {
        for (std::size_t k = 0; k < list.size(); ++k) {
          const std::string at = pointer_append(pointer_append(pointer_append(day_path, "rooms"), room), k);
          out_.spots[at] = {list[k].second, 0};
          out_.spots[at + "/persons"] = {list[k].second + "/" + persons_key_[list[k].second], 0};
          room_map[room].push_back(std::move(list[k].first));
        }
      }
      days.push_back({{"index", static_cast<long long>(days.size() + 1)}, {"date", date}, {"rooms", room_map}});
    }
    conf["rooms"] = rooms_out_;
    conf["days"] = std::move(days);
    out_.frab = {{"schedule", {{"conference", conf}}}};
    return std::move(out_);
  }

 private:
  void warn(const std::string& path, std::string message) { diag_.warning(options_.file, path, std::move(message)); }

  OJson read_conference(const OJson& root) {
    OJson conf = {{"title", ""}, {"acronym", ""}};
    auto it = root.find("conference");
    const OJson* c = it != root.end() && it->is_object() ? &*it : &root;
    const std::string where = c == &root ? "" : "/conference";
    conf["title"] = first_string(*c, {"title", "name"});
    conf["acronym"] = first_string(*c, {"acronym", "slug"});
    const std::string tz = first_string(*c, {"time_zone_name", "timezone", "time_zone"});
    if (!tz.empty()) {
      conf["time_zone_name"] = tz;
      out_.spots["/schedule/conference/time_zone_name"] = {where + "/time_zone_name", 0};
    }
    out_.spots["/schedule/conference"] = {where.empty() ? "/" : where, 0};
    return conf;
  }

  void read_rooms(const OJson& root) {
    auto it = root.find("rooms");
    if (it == root.end()) return;
    if (!it->is_array()) {
      warn("/rooms", "expected an array of rooms; ignored");
      return;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
      const OJson& r = (*it)[i];
      const std::string path = pointer_append("/rooms", i);
      const std::string name = r.is_object() ? first_string(r, {"name", "title"}) : scalar_text(r);
      if (name.empty()) {
        warn(path, "room skipped: no name");
        continue;
      }
      if (r.is_object()) {
        for (const char* key : {"id", "guid", "slug"}) {
          if (auto ref = r.find(key); ref != r.end() && !scalar_text(*ref).empty()) room_by_ref_[scalar_text(*ref)] = name;
        }
      }
      room_by_ref_[name] = name;
      OJson room = {{"name", name}};
      if (r.is_object() && r.contains("capacity") && r["capacity"].is_number()) room["capacity"] = r["capacity"];
      out_.spots[pointer_append("/schedule/conference/rooms", rooms_out_.size())] = {path, 0};
      rooms_out_.push_back(std::move(room));
    }
  }

  // The room an event names: a reference (id, guid, slug or name) into rooms[], as a scalar or an
  // object carrying one of those keys.
  std::optional<std::string> room_of(const OJson& e, const std::string& path) {
    auto it = e.find("room");
    if (it == e.end() || it->is_null()) return std::string();
    std::vector<std::string> refs;
    if (it->is_object()) {
      for (const char* key : {"id", "guid", "slug", "name"}) {
        if (auto v = it->find(key); v != it->end() && !scalar_text(*v).empty()) refs.push_back(scalar_text(*v));
      }
    } else {
      refs.push_back(scalar_text(*it));
    }
    for (const auto& ref : refs) {
      if (auto found = room_by_ref_.find(ref); found != room_by_ref_.end()) return found->second;
    }
    // A plain name that rooms[] does not list is still a room (small exports omit rooms[]).
    if (!it->is_object() && it->is_string() && !refs[0].empty() && room_by_ref_.empty()) return refs[0];
    if (it->is_object()) {
      if (auto name = string_member(*it, "name"); name && !name->empty()) return *name;
    }
    warn(pointer_append(path, "room"), "event skipped: room " +
                                           core::quote_value(refs.empty() ? std::string() : refs[0]) +
                                           " is not in rooms[]");
    return std::nullopt;
  }

  std::optional<OJson> convert(const OJson& e, const std::string& path) {
    OJson out = OJson::object();
    if (auto guid = string_member(e, "guid"); guid && !guid->empty()) out["guid"] = *guid;
    if (auto id = e.find("id"); id != e.end() && (id->is_number_integer() || id->is_string())) out["id"] = *id;
    out["title"] = first_string(e, {"title", "name"});
    for (const char* key : {"subtitle", "abstract", "description", "slug", "url", "language"}) {
      if (auto v = string_member(e, key)) out[key] = *v;
    }
    const std::string start = first_string(e, {"start", "schedule_start", "date"});
    if (!start.empty()) out["date"] = start;
    if (!read_duration(e, out, path)) {
      if (auto end = first_string(e, {"end", "schedule_end"}); !end.empty()) out["end"] = end;
    }
    auto room = room_of(e, path);
    if (!room) return std::nullopt;
    if (!room->empty()) out["room"] = *room;
    if (auto t = e.find("track"); t != e.end()) {
      const std::string name = t->is_object() ? first_string(*t, {"name", "title"}) : scalar_text(*t);
      if (!name.empty()) out["track"] = name;
    }
    if (auto kind = first_string(e, {"type", "kind", "event_type"}); !kind.empty()) out["type"] = kind;
    read_persons(e, out, path);
    return out;
  }

  // "duration": seconds (a number) or "H:MM[:SS]"; also "schedule_duration".
  bool read_duration(const OJson& e, OJson& out, const std::string& path) {
    for (const char* key : {"duration", "schedule_duration"}) {
      auto it = e.find(key);
      if (it == e.end() || it->is_null()) continue;
      if (it->is_number()) {
        const double seconds = it->get<double>();
        if (!(seconds > 0 && seconds < 1e8)) {
          warn(pointer_append(path, key), "duration " + it->dump() + " is not a positive number of seconds");
          out["duration"] = "0:00";
          return true;
        }
        const auto s = static_cast<long long>(seconds);
        out["duration"] = std::to_string(s / 3600) + ":" + two(s / 60 % 60) + ":" + two(s % 60);
        return true;
      }
      if (it->is_string()) {
        out["duration"] = it->get<std::string>();
        return true;
      }
    }
    return false;
  }

  void read_persons(const OJson& e, OJson& out, const std::string& path) {
    for (const char* key : {"participants", "speakers", "persons"}) {
      auto it = e.find(key);
      if (it == e.end() || !it->is_array()) continue;
      persons_key_[path] = key;
      OJson persons = OJson::array();
      for (const OJson& p : *it) {
        if (p.is_string()) {
          persons.push_back({{"name", p}});
          continue;
        }
        if (!p.is_object()) {
          persons.push_back(OJson::object());  // reported by the importer: no name and no id
          continue;
        }
        OJson person = OJson::object();
        for (const char* k : {"code", "guid", "name", "public_name", "biography"}) {
          if (auto v = string_member(p, k)) person[k] = *v;
        }
        if (auto id = p.find("id"); id != p.end() && id->is_number_integer()) person["id"] = *id;
        persons.push_back(std::move(person));
      }
      out["persons"] = std::move(persons);
      return;
    }
  }

  const ScheduleImportOptions& options_;
  Diagnostics& diag_;
  ScheduleSource out_;
  OJson rooms_out_ = OJson::array();
  std::unordered_map<std::string, std::string> room_by_ref_;   // id / guid / slug / name -> name
  std::unordered_map<std::string, std::string> persons_key_;   // event path -> its persons key
};

}  // namespace

std::optional<ScheduleSource> read_schedule2(const OJson& root, const ScheduleImportOptions& options,
                                             Diagnostics& diag) {
  return Schedule2Reader(options, diag).run(root);
}

}  // namespace marquee::content::schedule_detail
