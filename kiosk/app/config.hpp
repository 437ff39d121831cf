#pragma once
// The kiosk's TOML config (see config/*.toml): who this kiosk is, its display, idle timings and
// staff PIN. Every problem is reported with the file, the key and the line.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "fleet/fleet_settings.hpp"
#include "sync/sync_config.hpp"
#include "ui/kiosk_ui.hpp"

namespace marquee::app {

struct DisplayConfig {
  int width = 1920, height = 1080;
  bool fullscreen = true;
  int display_index = 0;
  bool portrait = false;
  bool vsync = true;
  float dpi = 0;                  // physical pixels per inch; 0: ask the display
  std::string renderer = "auto";  // auto, software, sdl-software (see platform/video.hpp)
};

// [show] clock: what show time follows. "wall" (the kiosk's clock) or "timecode" (ArtTimeCode
// received on the patch's Art-Net socket; see docs/show-control.md).
struct ShowClockConfig {
  bool follow_timecode = false;
  int timecode_loss_ms = 200;       // [show] timecode_loss_ms: silence that counts as lost
  int timecode_free_run_ms = 5000;  // [show] timecode_free_run_s: run on after a loss, then hold
};

struct KioskConfig {
  ui::UiConfig ui;
  DisplayConfig display;
  std::string zone;                                       // for show targeting
  std::vector<std::string> tags;                          // for show targeting
  std::string staff_pin_hash;                             // libsodium crypto_pwhash_str; never the PIN itself
  std::filesystem::path content_dir;                      // empty: the bundled demo content
  std::size_t image_cache_bytes = std::size_t{24} << 20;  // [images] cache_mb: decoded image budget
  std::filesystem::path show_script;                      // [show] script: a Lua show to run (empty: none)
  ShowClockConfig show_clock;         // [show] clock, timecode_loss_ms, timecode_free_run_s
  std::filesystem::path patch;        // [lighting] patch: fixture patch for DMX output (empty: none)
  sync::SyncConfig sync;              // [sync], read by sync/sync_config from the same parse
  fleet::FleetConfig fleet;           // [mqtt]: the fleet channel (empty broker: none)
  std::filesystem::path source;       // the file this came from (empty for defaults)
  std::vector<std::string> warnings;  // "file:line: unknown table ..." (logged by load_kiosk_config)
};

// Reads the file and logs warnings (unknown tables). Errors name the file, the line and the key.
core::Result<KioskConfig> load_kiosk_config(const std::filesystem::path& file);
// The same from text already in memory; `file` names it and anchors relative paths.
core::Result<KioskConfig> parse_kiosk_config(std::string_view text, const std::filesystem::path& file);

}  // namespace marquee::app
