#pragma once
// One live action on a running show, whoever sends it: the staff panel (a PIN slot), the fleet
// channel or the command line all build a ShowCommand and hand it to the same ShowController,
// so there is one code path however many transports deliver commands. The JSON form is what a
// remote transport carries (see docs/show-control.md).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace marquee::show {

enum class ShowAction : std::uint8_t {
  Go,           // start a named cue now (restart it if running)
  Stop,         // stop a named cue; its look is released
  Hold,         // freeze the show clock: waits and fades pause, the lights hold their look
  Resume,       // let the show clock run again, from where it was frozen
  Shift,        // move every clock-time start still to come by `shift_seconds` (may be negative)
  Blackout,     // every light to zero at the next output frame; the show keeps running underneath
  Release,      // end the blackout: the current look comes back
  GrandMaster,  // scale every light's intensity by `level` (0..1)
};

std::string_view action_name(ShowAction a);
std::optional<ShowAction> action_from_name(std::string_view name);

struct ShowCommand {
  ShowAction action = ShowAction::Hold;
  std::string cue;              // Go, Stop
  int shift_seconds = 0;        // Shift: -3600..3600, not 0
  float level = 1.0f;           // GrandMaster: 0..1
  std::string who;              // "pin:2", "fleet:<node>", "cli"; shown in the action log
  // Go, Stop: carry it out at this show-clock instant rather than at once. A fleet-wide start
  // sends one command with the same `at` to every kiosk, so they all start on the same instant.
  std::optional<core::WallTime> at;

  static ShowCommand go(std::string cue, std::string who) { return {ShowAction::Go, std::move(cue), 0, 1.0f, std::move(who), {}}; }
  static ShowCommand stop(std::string cue, std::string who) { return {ShowAction::Stop, std::move(cue), 0, 1.0f, std::move(who), {}}; }
  static ShowCommand shift(int seconds, std::string who) { return {ShowAction::Shift, {}, seconds, 1.0f, std::move(who), {}}; }
  static ShowCommand grand_master(float level, std::string who) { return {ShowAction::GrandMaster, {}, 0, level, std::move(who), {}}; }
  static ShowCommand simple(ShowAction a, std::string who) { return {a, {}, 0, 1.0f, std::move(who), {}}; }
};

inline constexpr int kMaxShiftSeconds = 3600;
inline constexpr std::size_t kMaxCueNameBytes = 200;
inline constexpr std::size_t kMaxWhoBytes = 100;

// The command's own fields are checked here, so every transport refuses the same things.
core::Status validate(const ShowCommand& c);

// {"action":"go","cue":"show","who":"pin:2"}; {"action":"shift","seconds":300,...};
// {"action":"grand_master","level":0.5,...}. Keys not needed by the action are not written.
std::string to_json(const ShowCommand& c);
// Parses one command. Errors name `source` (a file, "fleet message 12", "--command"), the field
// and the line: `fleet: line 1: "seconds": must be a whole number of seconds between -3600 and 3600`.
core::Result<ShowCommand> parse_show_command(std::string_view json, std::string_view source);

// "GO show", "Shift +5 min", "Grand master 40%": for the action log and the staff page.
std::string describe(const ShowCommand& c);

}  // namespace marquee::show
