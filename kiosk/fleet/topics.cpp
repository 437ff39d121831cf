#include "fleet/topics.hpp"

#include <array>

namespace marquee::fleet {
namespace {

constexpr std::string_view kRoot = "marquee";
// Words the tree uses at the kiosk level: a kiosk with one of these ids would collide with a group.
constexpr std::array<std::string_view, 3> kReserved = {"all", "zone", "tag"};
constexpr std::size_t kMaxWordBytes = 64;

}  // namespace

core::Status check_topic_word(std::string_view what, std::string_view word) {
  if (word.empty()) return core::make_error(std::string(what) + " must not be empty");
  if (word.size() > kMaxWordBytes) return core::make_error(std::string(what) + " is longer than 64 bytes");
  for (const char c : word) {
    if (c == '/' || c == '+' || c == '#' || c == '\0' || static_cast<unsigned char>(c) < 0x20)
      return core::make_error(
          std::string(what) + " \"" + std::string(word) +
          "\" may not contain '/', '+', '#' or control characters (it is part of an MQTT topic)");
  }
  return core::Ok{};
}

core::Status check_address(const FleetAddress& a) {
  if (auto s = check_topic_word("venue", a.venue); !s) return s;
  if (auto s = check_topic_word("kiosk id", a.kiosk); !s) return s;
  for (const auto word : kReserved) {
    if (a.kiosk == word || a.venue == word)
      return core::make_error("\"" + std::string(word) +
                              "\" is reserved for group topics; choose another venue or kiosk id");
  }
  if (!a.zone.empty()) {
    if (auto s = check_topic_word("zone", a.zone); !s) return s;
  }
  for (const auto& t : a.tags) {
    if (auto s = check_topic_word("tag", t); !s) return s;
  }
  return core::Ok{};
}

static std::string kiosk_prefix(const FleetAddress& a) {
  return std::string(kRoot) + "/" + a.venue + "/" + a.kiosk;
}

std::string status_topic(const FleetAddress& a) {
  return kiosk_prefix(a) + "/status";
}
std::string ack_topic(const FleetAddress& a) {
  return kiosk_prefix(a) + "/ack";
}
std::string command_topic(const FleetAddress& a) {
  return kiosk_prefix(a) + "/cmd";
}
std::string screenshot_topic(const FleetAddress& a) {
  return kiosk_prefix(a) + "/screenshot";
}

std::vector<std::string> command_topics(const FleetAddress& a) {
  const std::string venue = std::string(kRoot) + "/" + a.venue;
  std::vector<std::string> topics = {command_topic(a), venue + "/all", std::string(kRoot) + "/all"};
  if (!a.zone.empty()) topics.push_back(venue + "/zone/" + a.zone);
  for (const auto& t : a.tags) topics.push_back(venue + "/tag/" + t);
  return topics;
}

core::Result<std::string> target_topic(std::string_view target) {
  const std::string forms =
      "all, venue:<venue>, kiosk:<venue>/<kiosk>, zone:<venue>/<zone> or tag:<venue>/<tag>";
  if (target == "all") return std::string(kRoot) + "/all";
  const auto colon = target.find(':');
  if (colon == std::string_view::npos)
    return core::make_error("target \"" + std::string(target) + "\": expected " + forms);
  const std::string_view kind = target.substr(0, colon);
  const std::string_view rest = target.substr(colon + 1);
  if (kind == "venue") {
    if (auto s = check_topic_word("venue", rest); !s) return s.error();
    return std::string(kRoot) + "/" + std::string(rest) + "/all";
  }
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos || (kind != "kiosk" && kind != "zone" && kind != "tag"))
    return core::make_error("target \"" + std::string(target) + "\": expected " + forms);
  const std::string_view venue = rest.substr(0, slash), name = rest.substr(slash + 1);
  if (auto s = check_topic_word("venue", venue); !s) return s.error();
  if (auto s = check_topic_word(kind, name); !s) return s.error();
  if (kind == "kiosk")
    return std::string(kRoot) + "/" + std::string(venue) + "/" + std::string(name) + "/cmd";
  return std::string(kRoot) + "/" + std::string(venue) + "/" + std::string(kind) + "/" + std::string(name);
}

bool split_kiosk_topic(std::string_view topic, std::string& venue, std::string& kiosk, std::string& leaf) {
  std::array<std::string_view, 4> parts;
  std::size_t n = 0, start = 0;
  while (n < parts.size()) {
    const auto slash = topic.find('/', start);
    parts[n++] =
        topic.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (slash == std::string_view::npos) break;
    start = slash + 1;
    if (n == parts.size()) return false;  // more than four levels
  }
  if (n != 4 || parts[0] != kRoot || parts[1].empty() || parts[2].empty() || parts[3].empty()) return false;
  venue = parts[1];
  kiosk = parts[2];
  leaf = parts[3];
  return true;
}

}  // namespace marquee::fleet
