// Import of a 1,000-event frab/pretalx schedule.json (5 days, 20 rooms, 400 persons): parse +
// convert, write the bundle, and load it back as the validator does. Prints figures.
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

std::string make_schedule() {
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
  return root.dump();
}

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

}  // namespace

int main() {
  const std::string text = make_schedule();
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
  return sessions == 1000 ? 0 : 1;
}
