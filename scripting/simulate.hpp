#pragma once
// What `marquee show check` and `marquee show simulate` do (the command only parses options).
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "show/fixture_frame.hpp"

namespace marquee::scripting {

// The demo venue's rig as config/patch-demo.toml describes it: facade zones north/east/south/west
// (16 RGB+dimmer fixtures each), stage.spot.01..08 moving heads, lobby.01..06 dimmers. Used when
// no patch is given, so shows can be checked and simulated without the lighting module.
show::Rig demo_rig();

struct CheckOptions {
  // How much show time the top level and each named cue get, from their start. Idle time is
  // skipped, so waits cost nothing; fades and effects are ticked at `tick_hz`.
  core::Millis horizon{60 * 60 * 1000};
  int tick_hz = 10;
};

// For each file, in fresh sandboxes on a virtual clock: compiles it and runs its top level (for
// `horizon`), then GOes every named cue by itself (the others stopped) and runs it until it and
// everything it spawned have ended, or for `horizon`. Prints one "file:line: message (cue NAME,
// +HH:MM:SS after its start)" per distinct error, or "file: ok (N cues run)".
// Returns the exit code: 0 if all are clean, 1 otherwise.
int check_scripts(const std::vector<std::filesystem::path>& files, const show::Rig& rig,
                  const HostOptions& options, std::ostream& out, const CheckOptions& check = {});

struct SimulateOptions {
  std::filesystem::path script;
  std::string from = "00:00:00", to = "23:59:59";  // venue-local
  std::string date;                                // YYYY-MM-DD venue-local; default: today
  std::optional<std::filesystem::path> timeline;   // PNG
  std::vector<std::string> start_cues;             // started at --from, as the staff panel would
  // Live commands at venue clock times, "20:01:00 {\"action\":\"hold\",\"who\":\"cli\"}" (the JSON
  // of docs/show-control.md), run through a ShowController on a HoldableClock as in a kiosk.
  std::vector<std::string> commands;
  int tick_hz = 50;
};

// Runs the show on a virtual clock and prints one line per display/light command:
//   "20:00:00.000 +00:05:00.000 [main] display countdown target=all ..."
// With `commands`, stamps are the venue wall clock (a hold stops show time, not the wall clock),
// each live command is a line "[who] Hold -> ok", and held sections and shifts are summed up at
// the end and marked on the timeline.
// Returns the exit code (1 if the script failed to load or any cue failed).
core::Result<int> simulate(const SimulateOptions& sim, const show::Rig& rig, const HostOptions& options,
                           std::ostream& out);

}  // namespace marquee::scripting
