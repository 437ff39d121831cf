#pragma once
// `marquee run`: composes content, the SDL window, ImGui and the kiosk UI into the frame loop.
#include <optional>
#include <string>

namespace marquee::app {

struct RunOptions {
  std::string content_dir;    // empty: config's, else the bundled demo content
  std::string config_file;    // empty: built-in defaults
  bool headless = false;      // forced headless (also automatic without a display)
  int frames = -1;            // render N frames then exit 0; -1: run until stopped
  bool keep_running = false;  // headless: run (30 frames a second) until SIGTERM, not the demo's 3 s
  std::string screenshot;     // PNG written after the last frame
  std::string screen;         // start screen id
  std::string attract_scene;  // start the attract loop at this scene (previews, screenshots, benchmarks)
  std::string directions;     // start on the map with the route to this id drawn (screenshots, benchmarks)
  std::string exhibitor;      // start with this exhibitor's detail card open (screenshots, benchmarks)
  std::string lang;           // start language
  std::string size;           // "WxH"
  bool windowed = false;      // development: a normal window, Escape quits
  bool stats = false;         // print one JSON line of frame statistics at exit
  std::string now;            // ISO 8601: pretend the wall clock starts here (demo, rehearsal)
  std::string show;           // Lua show script to run (overrides the config's [show] script)
  std::string patch;          // fixture patch for lighting output (overrides [lighting] patch)
  std::string url;            // content server base URL (overrides [sync] base_url)
  std::string public_key;     // bundle signing key (overrides [sync] public_key)
  std::string cache;          // on-disk cache of verified bundles (overrides [sync] cache_dir)
  std::string renderer;       // auto, software, sdl-software (overrides [display] renderer)
  std::string debug_stall;    // "N:S": after frame N the frame loop hangs S seconds (watchdog drills)
  // After a runtime failure or crash: show the fallback screen, then restart this process.
  // On by default for a kiosk on a display (not headless, not --windowed).
  bool self_restart = false;
  // `show preview`: no show thread and no content sync even if the config names them (the
  // preview runs the show itself on a virtual clock and hands this kiosk its display commands).
  bool preview = false;
};

int run_kiosk(const RunOptions& options);

}  // namespace marquee::app
