#include "fleet/kiosk_status.hpp"

#include <nlohmann/json.hpp>
#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>

#include "core/time_zone.hpp"

namespace marquee::fleet {
namespace {

template <typename T>
void read(const nlohmann::json& j, const char* key, T& out) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
    // get<integer>() converts a fraction or an out-of-range number unchecked (undefined behaviour,
    // found by the fuzzer with "uptime_s": 8.6e57): only a whole number that fits is taken.
    if (!it->is_number_integer()) return;
    const bool fits = it->is_number_unsigned() ? std::in_range<T>(it->get<std::uint64_t>())
                                               : std::in_range<T>(it->get<std::int64_t>());
    if (!fits) return;
  }
  try {
    out = it->get<T>();
  } catch (const nlohmann::json::exception&) {
    // A field of the wrong type is left at its default: one odd kiosk must not hide the fleet.
  }
}

void read_time(const nlohmann::json& j, const char* key, std::optional<core::WallTime>& out) {
  std::string text;
  read(j, key, text);
  if (text.empty()) return;
  if (auto t = core::parse_iso8601(text)) out = *t;
}

}  // namespace

std::string to_json(const KioskStatus& s) {
  nlohmann::ordered_json j;
  j["kiosk"] = s.kiosk;
  j["venue"] = s.venue;
  j["online"] = s.online;
  j["app_version"] = s.app_version;
  j["content_version"] = s.content_version;
  if (s.content_age_s) j["content_age_s"] = *s.content_age_s;
  if (s.content_expires) j["content_expires"] = core::format_iso8601_utc(*s.content_expires);
  j["last_sync"] = s.last_sync;
  j["screen"] = s.screen;
  j["emergency"] = s.emergency;
  j["show"] = s.show;
  j["show_held"] = s.show_held;
  j["running_cues"] = s.running_cues;
  j["lighting"] = s.lighting;
  j["frame_p50_ms"] = s.frame_p50_ms;
  j["frame_p99_ms"] = s.frame_p99_ms;
  j["memory_kb"] = s.memory_kb;
  j["uptime_s"] = s.uptime_s;
  if (s.last_touch) j["last_touch"] = core::format_iso8601_utc(*s.last_touch);
  j["last_command"] = s.last_command;
  j["last_rejected"] = s.last_rejected;
  if (s.last_rejected_at) j["last_rejected_at"] = core::format_iso8601_utc(*s.last_rejected_at);
  j["at"] = core::format_iso8601_utc(s.at);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

core::Result<KioskStatus> parse_kiosk_status(std::string_view text) {
  const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return core::make_error("status is not a JSON object");
  KioskStatus s;
  read(j, "kiosk", s.kiosk);
  read(j, "venue", s.venue);
  if (s.kiosk.empty() || s.venue.empty()) return core::make_error("status without \"kiosk\" and \"venue\"");
  read(j, "online", s.online);
  read(j, "app_version", s.app_version);
  read(j, "content_version", s.content_version);
  long long age = -1;
  read(j, "content_age_s", age);
  if (age >= 0) s.content_age_s = age;
  read_time(j, "content_expires", s.content_expires);
  read(j, "last_sync", s.last_sync);
  read(j, "screen", s.screen);
  read(j, "emergency", s.emergency);
  read(j, "show", s.show);
  read(j, "show_held", s.show_held);
  read(j, "running_cues", s.running_cues);
  read(j, "lighting", s.lighting);
  read(j, "frame_p50_ms", s.frame_p50_ms);
  read(j, "frame_p99_ms", s.frame_p99_ms);
  read(j, "memory_kb", s.memory_kb);
  read(j, "uptime_s", s.uptime_s);
  read_time(j, "last_touch", s.last_touch);
  read(j, "last_command", s.last_command);
  read(j, "last_rejected", s.last_rejected);
  read_time(j, "last_rejected_at", s.last_rejected_at);
  std::optional<core::WallTime> at;
  read_time(j, "at", at);
  if (at) s.at = *at;
  return s;
}

std::string offline_json(std::string_view venue, std::string_view kiosk) {
  nlohmann::ordered_json j;
  j["kiosk"] = kiosk;
  j["venue"] = venue;
  j["online"] = false;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool differs_in_substance(const KioskStatus& a, const KioskStatus& b) {
  const auto key = [](const KioskStatus& s) {
    return std::tie(s.online, s.app_version, s.content_version, s.content_expires, s.last_sync, s.screen,
                    s.emergency, s.show, s.show_held, s.running_cues, s.lighting, s.last_touch,
                    s.last_command, s.last_rejected);
  };
  return key(a) != key(b);
}

}  // namespace marquee::fleet
