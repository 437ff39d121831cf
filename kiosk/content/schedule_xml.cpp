// frab / pentabarf schedule.xml (served by frab, pretalx, FOSDEM and the CCC hub) into the frab
// JSON shape: <schedule><conference/><day><room><event>. Only direct children of <event> are the
// event's fields, so the <title> of a <link> or an <attachment> never becomes the event's title.
#include <cctype>

#include "content/json_fields.hpp"
#include "content/schedule_importer.hpp"

namespace marquee::content::schedule_detail {
namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() < 18 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// Numbers stay numbers (frab ids), as they are in schedule.json.
OJson id_value(const std::string& s) {
  return all_digits(s) ? OJson(std::stoll(s)) : OJson(s);
}

class XmlReader {
 public:
  XmlReader(const ScheduleImportOptions& options, Diagnostics& diag) : options_(options), diag_(diag) {}

  std::optional<ScheduleSource> run(const xmlNode* root) {
    out_.format = "frab schedule.xml";
    out_.floating_is_normal = true;
    const xmlNode* conference = xml::child(root, "conference");
    if (!conference) {
      diag_.error(options_.file, xml::path_of(root), "<schedule> without <conference>", xml::line_of(root));
      return std::nullopt;
    }
    OJson conf = read_conference(conference);
    OJson days = OJson::array();
    for (const xmlNode* day : xml::elements(root)) {
      if (xml::name_of(day) == "day") days.push_back(read_day(day, days.size()));
    }
    if (days.empty()) {
      diag_.error(options_.file, xml::path_of(root), "<schedule> without <day> elements", xml::line_of(root));
      return std::nullopt;
    }
    conf["rooms"] = rooms_;
    conf["days"] = std::move(days);
    out_.frab = {{"schedule", {{"version", xml::text_of(xml::child(root, "version"))}, {"conference", conf}}}};
    return std::move(out_);
  }

 private:
  void spot(const std::string& pointer, const xmlNode* node) {
    out_.spots[pointer] = {"", xml::line_of(node), node};
  }

  OJson read_conference(const xmlNode* conference) {
    const std::string path = "/schedule/conference";
    spot(path, conference);
    OJson conf = OJson::object();
    for (const char* key : {"title", "acronym", "start", "end", "time_zone_name", "url"}) {
      if (const xmlNode* n = xml::child(conference, key)) {
        conf[key] = xml::text_of(n);
        spot(pointer_append(path, key), n);
      }
    }
    return conf;
  }

  OJson read_day(const xmlNode* day, std::size_t index) {
    const std::string path = pointer_append("/schedule/conference/days", index);
    spot(path, day);
    OJson d = {{"index", static_cast<long long>(index + 1)},
               {"date", xml::attribute(day, "date").value_or("")},
               {"day_start", xml::attribute(day, "start").value_or("")},
               {"day_end", xml::attribute(day, "end").value_or("")}};
    OJson rooms = OJson::object();
    for (const xmlNode* room : xml::elements(day)) {
      if (xml::name_of(room) != "room") continue;
      std::string name = xml::attribute(room, "name").value_or("");
      if (name.empty()) {
        diag_.warning(options_.file, xml::path_of(room), "<room> without a name; its events are placed by their own <room>",
                      xml::line_of(room));
      }
      if (!name.empty() && !known_rooms_.count(name)) {
        known_rooms_.insert(name);
        rooms_.push_back({{"name", name}, {"guid", xml::attribute(room, "guid").value_or("")}});
      }
      const std::string room_path = pointer_append(pointer_append(path, "rooms"), name);
      OJson& list = rooms[name];
      if (!list.is_array()) list = OJson::array();
      for (const xmlNode* event : xml::elements(room)) {
        if (xml::name_of(event) != "event") continue;
        const std::string event_path = pointer_append(room_path, list.size());
        list.push_back(read_event(event, event_path));
      }
    }
    d["rooms"] = std::move(rooms);
    return d;
  }

  OJson read_event(const xmlNode* event, const std::string& path) {
    spot(path, event);
    OJson e = OJson::object();
    const std::string id = xml::attribute(event, "id").value_or("");
    if (!id.empty()) e["id"] = id_value(id);
    // pentabarf (FOSDEM) events have no guid: they are keyed by their id, as "event-<id>".
    std::string guid = xml::attribute(event, "guid").value_or("");
    if (guid.empty() && !id.empty()) guid = "event-" + id;
    if (!guid.empty()) e["guid"] = guid;
    spot(pointer_append(path, "guid"), event);
    for (const xmlNode* field : xml::elements(event)) {
      const std::string name(xml::name_of(field));
      if (name == "persons") {
        e["persons"] = read_persons(field, pointer_append(path, "persons"));
      } else if (name == "links" || name == "attachments" || name == "answers") {
        continue;  // their <title>s and <type>s are not the event's
      } else if (!xml::elements(field).empty()) {
        continue;  // structured extras (recording, feedback_url blocks): nothing Marquee shows
      } else if (!e.contains(name)) {
        e[name] = xml::text_of(field);
        spot(pointer_append(path, name), field);
      }
    }
    return e;
  }

  OJson read_persons(const xmlNode* persons, const std::string& path) {
    spot(path, persons);
    OJson list = OJson::array();
    for (const xmlNode* person : xml::elements(persons)) {
      if (xml::name_of(person) != "person") continue;
      OJson p = {{"public_name", xml::text_of(person)}};
      const std::string id = xml::attribute(person, "id").value_or("");
      if (all_digits(id)) p["id"] = std::stoll(id);
      if (auto guid = xml::attribute(person, "guid"); guid && !guid->empty()) p["guid"] = *guid;
      spot(pointer_append(path, list.size()), person);
      list.push_back(std::move(p));
    }
    return list;
  }

  const ScheduleImportOptions& options_;
  Diagnostics& diag_;
  ScheduleSource out_;
  OJson rooms_ = OJson::array();
  std::unordered_set<std::string> known_rooms_;
};

}  // namespace

std::optional<ScheduleSource> read_frab_xml(const xmlNode* root, const ScheduleImportOptions& options,
                                            Diagnostics& diag) {
  return XmlReader(options, diag).run(root);
}

}  // namespace marquee::content::schedule_detail
