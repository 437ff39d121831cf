#pragma once
// One operator command to kiosks, as signed and carried over MQTT. The JSON written here is the
// exact byte string that is signed (signed_command.hpp), so it names everything a kiosk needs to
// judge it on its own: who sent it, their sequence number, when it expires and which topic it
// was addressed to (so a broker cannot re-route it to other kiosks).
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "show/show_command.hpp"

namespace marquee::fleet {

enum class CommandKind : std::uint8_t {
  Refresh,       // sync content now
  EmergencyOn,   // take over every screen: `text` per language, or an emergency announcement's id
  EmergencyOff,  // back to what the screen showed before
  Show,          // a show::ShowCommand (GO, Stop, Hold, Resume, Shift, Blackout, Release, grand master)
  SetLanguage,   // the kiosk's default language: en, zh or es
  Screenshot,    // publish a PNG of the next frame on the kiosk's screenshot topic
  Restart,       // restart the kiosk process (same PID; see app/self_restart)
};

std::string_view kind_name(CommandKind k);  // "refresh", "emergency_on", ...
std::optional<CommandKind> kind_from_name(std::string_view name);

inline constexpr std::size_t kMaxSenderBytes = 64;
inline constexpr std::size_t kMaxEmergencyTextBytes = 2000;
// A signed command is valid for at most this long: an old command cannot be kept and replayed.
inline constexpr core::Millis kMaxLifetime{std::chrono::hours(1)};

struct FleetCommand {
  std::string sender;       // the operator, e.g. "ops-beijing"
  std::uint64_t seq = 0;    // strictly increasing per sender (the CLI uses microseconds since 1970)
  core::WallTime issued{};  // when it was signed
  core::WallTime expires{};
  std::string target;  // the topic it was sent to
  CommandKind kind = CommandKind::Refresh;

  std::map<std::string, std::string> text;  // EmergencyOn: language -> message
  std::string announcement;                 // EmergencyOn: or an emergency announcement's id
  std::optional<show::ShowCommand> show;    // Show (its `at` schedules a fleet-wide start)
  std::string language;                     // SetLanguage
};

// The body that is signed: {"v":1,"sender":...,"seq":...,"issued":"...Z","expires":"...Z",
// "target":"marquee/bj/all","kind":"emergency_on","text":{"en":"...","zh":"..."}}.
std::string to_json(const FleetCommand& c);
// Checks every field (shape, lengths, the kind's parameters). Errors name the field.
core::Result<FleetCommand> parse_fleet_command(std::string_view json);

// "emergency_on", "show GO finale at 20:00:00.000Z", "set_language es": for logs and acks.
std::string describe(const FleetCommand& c);

}  // namespace marquee::fleet
