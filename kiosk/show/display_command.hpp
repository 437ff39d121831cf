#pragma once
// Display commands: what a show asks the kiosks' screens to do. The show thread produces them,
// the UI drains them once per frame and applies those whose target matches its own identity.
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace marquee::show {

// Who a kiosk is, from its config: its id, the zone it stands in, and free-form tags.
struct KioskIdentity {
  std::string id;
  std::string zone;
  std::vector<std::string> tags;
};

// Which kiosks a command is for.
struct DisplayTarget {
  enum class Kind { All, Kiosk, Zone, Tag };
  Kind kind = Kind::All;
  std::string value;

  bool matches(const KioskIdentity& kiosk) const;
  // "all", "kiosk:<id>", "zone:<name>", "tag:<name>"; anything else is an Error.
  static core::Result<DisplayTarget> parse(std::string_view text);
  std::string to_string() const;
};

// Text in the conference's languages; the UI picks the kiosk's language, falling back to en.
struct LocalizedText {
  std::string en, zh, es;
  const std::string& in(std::string_view language) const;
};

struct Rgb {
  float r = 0, g = 0, b = 0;  // 0..1
};
// "#rrggbb" or "rrggbb".
core::Result<Rgb> parse_rgb(std::string_view text);
std::string to_hex(Rgb c);

enum class DisplayKind : std::uint8_t {
  SwitchScene,    // scene: home | schedule | exhibitors | map | attract (normal kiosk mode)
  ShowColor,      // full-screen colour (color)
  ShowGradient,   // full-screen vertical gradient (color -> color2)
  ShowText,       // big localized text (text) over colour (color)
  ShowCountdown,  // countdown to `until` with a localized title (text)
  ShowImage,      // full-screen image (asset path, relative to the content bundle)
  ShowScroll,     // scrolling localized text (text) over colour (color)
  OverlayOn,      // banner over whatever is on screen (text)
  OverlayOff,
  EndShow,  // leave show mode: back to the scene the kiosk showed before
};

inline constexpr std::string_view kNormalScenes[] = {"home", "schedule", "exhibitors", "map", "attract"};
bool is_normal_scene(std::string_view scene);

struct DisplayCommand {
  DisplayKind kind = DisplayKind::EndShow;
  DisplayTarget target;
  std::string scene;  // SwitchScene
  LocalizedText text;
  Rgb color, color2;
  core::WallTime until{};   // ShowCountdown
  std::string asset;        // ShowImage
  core::WallTime issued{};  // show-clock instant the command was emitted
};

std::string_view display_kind_name(DisplayKind k);
// One line for logs and `marquee show simulate`: `countdown target=all until=... text.en="..."`.
std::string describe(const DisplayCommand& c);

// Single-producer queue: the show thread pushes, the UI swaps the whole batch out under the lock
// once per frame and applies it unlocked.
class DisplayQueue {
 public:
  void push(DisplayCommand command);
  std::vector<DisplayCommand> drain();

 private:
  std::mutex mutex_;
  std::vector<DisplayCommand> pending_;
};

}  // namespace marquee::show
