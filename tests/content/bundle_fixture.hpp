#pragma once
// A minimal valid content bundle written to a temporary directory; each validation test breaks
// exactly one thing in it and checks the message and path of what is reported.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace marquee::testing {

inline nlohmann::json minimal_event() {
  return nlohmann::json::parse(R"({
    "format": 1,
    "conference": {"id": "c", "name": {"en": "Conf", "zh": "会议"}},
    "venues": [{"id": "bcn", "name": {"en": "Barcelona", "zh": "巴塞罗那"}, "city": {"en": "Barcelona", "zh": "巴塞罗那"},
                "time_zone": "Europe/Madrid", "days": ["2027-03-27", "2027-03-28"]}],
    "rooms": [{"id": "r1", "venue": "bcn", "hall": "h1", "name": {"en": "Room 1", "zh": "一号厅"}}],
    "tracks": [{"id": "ai", "name": {"en": "AI", "zh": "人工智能"}, "color": "#7B61FF"}]
  })");
}

inline nlohmann::json minimal_sessions() {
  return nlohmann::json::parse(R"({"format": 1, "sessions": [
    {"id": "s1", "title": {"en": "Keynote", "zh": "主旨演讲"}, "start": "2027-03-28T10:00:00+02:00",
     "end": "2027-03-28T11:00:00+02:00", "room": "r1", "track": "ai", "kind": "main_forum", "speakers": ["p1"]}]})");
}

inline nlohmann::json minimal_speakers() {
  return nlohmann::json::parse(
      R"({"speakers": [{"id": "p1", "name": {"en": "Ana García", "zh": "安娜·加西亚"}}]})");
}

inline nlohmann::json minimal_exhibitors() {
  return nlohmann::json::parse(R"({"sectors": [{"id": "telecom", "name": {"en": "Telecom", "zh": "通信"}}],
    "exhibitors": [{"id": "e1", "name": {"en": "Lanhai Networks", "zh": "蓝海网络"}, "sectors": ["telecom"], "booth": "C01"}]})");
}

inline nlohmann::json minimal_map() {
  return nlohmann::json::parse(
      R"({"halls": [{"id": "h1", "venue": "bcn", "name": {"en": "Hall", "zh": "展厅"},
      "outline": [[0,0],[100,0],[100,100],[0,100]]}],
    "booths": [{"id": "C01", "hall": "h1", "outline": [[10,10],[20,10],[20,20],[10,20]]}]})");
}

class TempBundle {
 public:
  TempBundle() {
    dir_ = std::filesystem::temp_directory_path() /
           ("marquee-bundle-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    write("event.json", minimal_event());
    write("sessions.json", minimal_sessions());
    write("speakers.json", minimal_speakers());
    write("exhibitors.json", minimal_exhibitors());
    write("map.json", minimal_map());
  }
  ~TempBundle() { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const nlohmann::json& j) const { write_raw(name, j.dump(1)); }
  void write_raw(const std::string& name, const std::string& text) const {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  static int& counter() {
    static int n = 0;
    return n;
  }
  std::filesystem::path dir_;
};

}  // namespace marquee::testing
