#pragma once
// What a kiosk tells the fleet about itself: published retained on marquee/<venue>/<kiosk>/status
// on connect, on every change that matters and every 15 s; the broker's last will publishes the
// same shape with online=false when the kiosk vanishes.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace marquee::fleet {

struct KioskStatus {
  std::string kiosk, venue;
  bool online = true;
  std::string app_version;
  std::string content_version;                    // the bundle's version, "demo" for the bundled content
  std::optional<long long> content_age_s;         // since the content on screen was published
  std::optional<core::WallTime> content_expires;  // when the content's validity ends, if it says
  std::string last_sync;                          // "ok", "unchanged", "error: ...", "" without a server
  std::string screen;                             // home, schedule, ..., attract, show, emergency
  bool emergency = false;
  std::string show;  // the show script's file name, "" without a show
  bool show_held = false;
  std::vector<std::string> running_cues;
  std::string lighting;  // "off", "on", "blackout"
  double frame_p50_ms = 0, frame_p99_ms = 0;
  long long memory_kb = 0;  // resident set size
  long long uptime_s = 0;
  std::optional<core::WallTime> last_touch;
  std::string last_command;   // "emergency_on from ops #12: ok"
  std::string last_rejected;  // "replayed: sequence 12 from ops is not newer than 12"
  std::optional<core::WallTime> last_rejected_at;
  core::WallTime at{};  // when this status was made
};

std::string to_json(const KioskStatus& s);
// The operator side reads other kiosks' statuses leniently: unknown fields are ignored (newer
// kiosks), missing ones keep their defaults; only kiosk and venue are required.
core::Result<KioskStatus> parse_kiosk_status(std::string_view json);

// The will: {"kiosk":..,"venue":..,"online":false}.
std::string offline_json(std::string_view venue, std::string_view kiosk);

// True when the two differ in something an operator watches (not in frame times, memory, uptime
// or `at`, which change all the time and go out with the periodic status).
bool differs_in_substance(const KioskStatus& a, const KioskStatus& b);

}  // namespace marquee::fleet
