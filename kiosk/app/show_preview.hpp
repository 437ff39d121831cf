#pragma once
// `marquee show preview`: what each kiosk's screen and the lights show at chosen instants of a
// show, before the night, with the real UI. The show runs once on a virtual clock (as `show
// simulate` does); each kiosk is the real KioskApp, headless on a manual clock, given only the
// display commands whose target matches its identity (id, zone, tags from its config), and its
// frames are read back as PNGs. Composition only: the show is scripting's, the pixels platform's.
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "show/fixture_frame.hpp"

namespace marquee::app {

struct PreviewOptions {
  std::filesystem::path script;
  std::vector<std::string> at;  // venue clock times "HH:MM" or "HH:MM:SS", at least one
  std::vector<std::filesystem::path> kiosk_configs;
  std::filesystem::path out;
  std::string date;                   // YYYY-MM-DD venue-local; empty: today
  std::string from;                   // when the show starts; empty: an hour before the first --at
  std::optional<core::Millis> every;  // a contact sheet per kiosk, first to last --at
  std::string size;                   // "WxH" for every kiosk; empty: each config's display size
  std::string venue_tz;               // empty: the first kiosk's venue, else Asia/Shanghai
};

// "10s", "2m", "1m30s" -> milliseconds (at least 1 s).
core::Result<core::Millis> parse_every(std::string_view text);

// Writes <out>/<kiosk>-<HHMMSS>.png per kiosk and --at, <out>/lights.png (one block per --at, one
// row per fixture group or zone) and, with --every, <out>/<kiosk>-sheet.png; prints one line per
// file. Returns the exit code: 0, or 1 when a cue failed (the pictures are still written).
core::Result<int> show_preview(const PreviewOptions& options, const show::Rig& rig, std::ostream& out);

}  // namespace marquee::app
