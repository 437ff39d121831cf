// Import of one 1,000-event schedule (5 days, 20 rooms, 400 persons) in each format the importer
// reads: frab/pretalx schedule.json, the same as frab schedule.xml, as xCal and as schedule2 JSON
// (all generated here from one model). Parse + convert per format; for the JSON also writing the
// bundle and loading it back as the validator does. Prints figures.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "content/loader.hpp"
#include "content/schedule_import.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using OJson = nlohmann::ordered_json;

std::string two(int v) {
  return (v < 10 ? "0" : "") + std::to_string(v);
}

OJson make_event(int n, int day, int room, int slot) {
  const std::string date = "2027-07-" + two(10 + day);
  OJson persons = OJson::array();
  for (int p = 0; p < 1 + n % 3; ++p) {
    const int id = (n * 7 + p * 13) % 400;
    persons.push_back({{"code", "P" + std::to_string(id)},
                       {"name", "Speaker Nº" + std::to_string(id)},
                       {"biography", "<p>Works on <b>things</b> number " + std::to_string(id) + ".</p>"}});
  }
  char guid[40];
  std::snprintf(guid, sizeof guid, "00000000-0000-4000-8000-%012d", n);
  return {
      {"id", n},
      {"guid", guid},
      {"date", date + "T" + two(9 + slot) + ":00:00+02:00"},
      {"start", two(9 + slot) + ":00"},
      {"duration", "00:45"},
      {"room", "Room " + std::to_string(room)},
      {"slug", "bench-" + std::to_string(n)},
      {"url", "https://pretalx.example.org/bench/talk/" + std::to_string(n)},
      {"title", "Talk number " + std::to_string(n) + ": über Ümläute & <Markup>"},
      {"subtitle", ""},
      {"track", "Track " + std::to_string(n % 8)},
      {"type", n % 10 == 0 ? "Workshop" : "Talk"},
      {"language", n % 4 == 0 ? "de" : "en"},
      {"abstract", "An **abstract** with [a link](https://example.org) for talk " + std::to_string(n) + "."},
      {"description", "<p>Longer description.</p><ul><li>one</li><li>two</li></ul>"},
      {"persons", persons},
      {"links", OJson::array()},
      {"answers", OJson::array()}};
}

OJson make_schedule() {
  OJson days = OJson::array();
  int n = 1;
  for (int day = 0; day < 5; ++day) {
    OJson rooms = OJson::object();
    for (int room = 1; room <= 20; ++room) {
      OJson events = OJson::array();
      for (int slot = 0; slot < 10; ++slot) events.push_back(make_event(n++, day, room, slot));
      rooms["Room " + std::to_string(room)] = events;
    }
    const std::string date = "2027-07-" + two(10 + day);
    days.push_back({{"index", day + 1},
                    {"date", date},
                    {"day_start", date + "T04:00:00+02:00"},
                    {"day_end", "2027-07-" + two(11 + day) + "T03:59:00+02:00"},
                    {"rooms", rooms}});
  }
  OJson root = {{"schedule",
                 {{"version", "bench"},
                  {"conference",
                   {{"acronym", "bench27"},
                    {"title", "Bench Conference"},
                    {"start", "2027-07-10"},
                    {"end", "2027-07-14"},
                    {"daysCount", 5},
                    {"timeslot_duration", "00:15"},
                    {"time_zone_name", "Europe/Berlin"},
                    {"days", days}}}}}};
  return root;
}

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string element(const char* name, const OJson& v) {
  const std::string text = v.is_string() ? v.get<std::string>() : v.dump();
  return std::string("<") + name + ">" + xml_escape(text) + "</" + name + ">";
}

// The same schedule as frab writes schedule.xml.
std::string to_schedule_xml(const OJson& root) {
  const OJson& conf = root["schedule"]["conference"];
  std::string x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<schedule>\n<version>bench</version>\n<conference>";
  for (const char* k : {"acronym", "title", "start", "end", "time_zone_name"}) x += element(k, conf[k]);
  x += "</conference>\n";
  for (const OJson& day : conf["days"]) {
    x += "<day index=\"" + day["index"].dump() + "\" date=\"" + day["date"].get<std::string>() + "\" start=\"" +
         day["day_start"].get<std::string>() + "\" end=\"" + day["day_end"].get<std::string>() + "\">\n";
    for (const auto& [room, events] : day["rooms"].items()) {
      x += "<room name=\"" + xml_escape(room) + "\">\n";
      for (const OJson& e : events) {
        x += "<event guid=\"" + e["guid"].get<std::string>() + "\" id=\"" + e["id"].dump() + "\">";
        for (const char* k : {"date", "start", "duration", "room", "slug", "url", "title", "subtitle", "track",
                              "type", "language", "abstract", "description"}) {
          x += element(k, e[k]);
        }
        x += "<persons>";
        for (const OJson& p : e["persons"]) {
          x += "<person id=\"" + p["code"].get<std::string>().substr(1) + "\">" +
               xml_escape(p["name"].get<std::string>()) + "</person>";
        }
        x += "</persons><links><link href=\"https://example.org/v\"><title>Video</title></link></links></event>\n";
      }
      x += "</room>\n";
    }
    x += "</day>\n";
  }
  return x + "</schedule>\n";
}

// The same as frab's schedule.xcal: floating local times, the zone from X-WR-TIMEZONE.
std::string to_xcal(const OJson& root) {
  std::string x = "<?xml version=\"1.0\"?>\n<iCalendar xmlns:pentabarf=\"http://pentabarf.org\">\n<vcalendar>"
                  "<x-wr-calname>Bench Conference</x-wr-calname><x-wr-timezone>Europe/Berlin</x-wr-timezone>\n";
  for (const OJson& day : root["schedule"]["conference"]["days"]) {
    for (const auto& [room, events] : day["rooms"].items()) {
      for (const OJson& e : events) {
        std::string start = e["date"].get<std::string>().substr(0, 19);
        std::erase(start, '-');
        std::erase(start, ':');
        x += "<vevent><uid>" + e["guid"].get<std::string>() + "</uid><pentabarf:title>" +
             xml_escape(e["title"].get<std::string>()) + "</pentabarf:title><dtstart>" + start +
             "</dtstart><duration>PT45M</duration>" + element("location", room) + element("category", e["track"]) +
             element("description", e["abstract"]);
        for (const OJson& p : e["persons"]) x += element("attendee", p["name"]);
        x += "</vevent>\n";
      }
    }
  }
  return x + "</vcalendar>\n</iCalendar>\n";
}

// The same as schedule2 JSON: flat events referring to rooms by id, durations in seconds.
std::string to_schedule2(const OJson& root) {
  OJson rooms = OJson::array(), events = OJson::array();
  for (int r = 1; r <= 20; ++r) rooms.push_back({{"id", r}, {"name", "Room " + std::to_string(r)}});
  for (const OJson& day : root["schedule"]["conference"]["days"]) {
    for (const auto& [room, list] : day["rooms"].items()) {
      for (const OJson& e : list) {
        OJson participants = OJson::array();
        for (const OJson& p : e["persons"]) participants.push_back({{"guid", p["code"]}, {"name", p["name"]}});
        events.push_back({{"guid", e["guid"]}, {"id", e["id"]}, {"title", e["title"]}, {"start", e["date"]},
                          {"duration", 2700}, {"room", std::stoi(room.substr(5))}, {"track", e["track"]},
                          {"type", e["type"]}, {"language", e["language"]}, {"description", e["abstract"]},
                          {"participants", participants}});
      }
    }
  }
  return OJson{{"conference", {{"acronym", "bench27"}, {"title", "Bench Conference"},
                               {"time_zone_name", "Europe/Berlin"}}},
               {"rooms", rooms},
               {"events", events}}
      .dump();
}

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

}  // namespace

// Parse + convert only, best and mean of kRuns; returns the events imported.
std::size_t time_import(const char* label, const std::string& text, int runs) {
  double total = 0, best = 1e9;
  std::size_t events = 0;
  std::string format;
  for (int r = 0; r < runs; ++r) {
    marquee::content::Diagnostics diag;
    const auto t = Clock::now();
    const auto s = marquee::content::import_schedule_text(text, {}, diag);
    const double one = ms_since(t);
    total += one;
    best = std::min(best, one);
    events = s.counts.events - s.counts.events_skipped;
    format = s.format;
  }
  std::printf("%-14s %8zu bytes: import mean %6.1f ms, best %6.1f ms over %d runs (read as %s, %zu events)\n",
              label, text.size(), total / runs, best, runs, format.c_str(), events);
  return events;
}

int main() {
  const OJson model = make_schedule();
  const std::string text = model.dump();
  constexpr int kFormatRuns = 10;
  bool all_read = true;
  all_read &= time_import("schedule.json", text, kFormatRuns) == 1000;
  all_read &= time_import("schedule.xml", to_schedule_xml(model), kFormatRuns) == 1000;
  all_read &= time_import("xCal", to_xcal(model), kFormatRuns) == 1000;
  all_read &= time_import("schedule2", to_schedule2(model), kFormatRuns) == 1000;
  const auto dir = std::filesystem::temp_directory_path() / "marquee_bench_import";
  constexpr int kRuns = 10;
  double import_ms = 0, write_ms = 0, load_ms = 0, best_import = 1e9;
  std::size_t sessions = 0, speakers = 0;
  for (int r = 0; r < kRuns; ++r) {
    marquee::content::Diagnostics diag;
    auto t = Clock::now();
    const auto s = marquee::content::import_schedule_text(text, {}, diag);
    const double one = ms_since(t);
    import_ms += one;
    best_import = std::min(best_import, one);
    t = Clock::now();
    (void)marquee::content::write_schedule_bundle(s, dir);
    write_ms += ms_since(t);
    t = Clock::now();
    const auto loaded = marquee::content::load_content(dir);
    load_ms += ms_since(t);
    sessions = loaded.content ? loaded.content->sessions.size() : 0;
    speakers = loaded.content ? loaded.content->speakers.size() : 0;
  }
  std::printf("schedule.json: %zu bytes, 1000 events, 5 days, 20 rooms, 400 persons\n", text.size());
  std::printf("import (parse + convert): mean %.1f ms, best %.1f ms over %d runs\n", import_ms / kRuns,
              best_import, kRuns);
  std::printf(
      "write bundle: mean %.1f ms; load_content of the result: mean %.1f ms (%zu sessions, %zu speakers)\n",
      write_ms / kRuns, load_ms / kRuns, sessions, speakers);
  std::filesystem::remove_all(dir);
  return sessions == 1000 && all_read ? 0 : 1;
}
