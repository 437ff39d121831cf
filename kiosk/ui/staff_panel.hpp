#pragma once
// The staff panel: opened by a hidden long-press in the top-left corner and a PIN, it shows what
// this kiosk runs (content, sync, show, lighting, frame time) and lets staff change the default
// language or force a content refresh. The UI never sees the PIN hash: the app hands it a verifier.
#include <functional>
#include <string>

#include "show/show_controller.hpp"
#include "ui/frame_context.hpp"
#include "ui/staff_show_page.hpp"

namespace marquee::ui {

// Filled by the app every frame from the services it composes; plain strings, no logic.
struct StaffStatus {
  std::string content;   // e.g. "bundle 14 (cache generation 3), 2 h old"
  std::string sync;      // e.g. "unchanged at 10:42:07; next 10:47"
  std::string show;      // e.g. "night_of_digital_city.lua running, cue facade_wave"
  std::string lighting;  // e.g. "sACN 6 universes @ 44 Hz"
  std::string frame;     // e.g. "p99 4.1 ms"
};

using PinVerifier = std::function<bool(const std::string& pin)>;

struct StaffPanelState {
  enum class Mode { Closed, PinEntry, Open } mode = Mode::Closed;
  double corner_hold_s = 0;  // how long the corner has been held
  std::string pin;
  int failures = 0;
  double locked_s = 0;  // remaining lockout after too many wrong PINs
  bool wrong_pin = false;
  enum class Page { Main, Show } page = Page::Main;
  ShowPageState show_page;
  // Who the panel's show commands are from: the PIN slot that opened it. The config holds one
  // staff PIN today, so this is always slot 1.
  std::string who = "pin:1";
};

inline constexpr double kStaffHoldSeconds = 3.0;
inline constexpr int kStaffMaxFailures = 5;
inline constexpr double kStaffLockSeconds = 60.0;

// Tracks the hidden gesture; call every frame with the frame's duration.
void update_staff_gesture(StaffPanelState& panel, double dt_s, bool pin_configured);
// Draws the PIN pad or the panel over everything; sets state.refresh_requested and the default
// language on the staff's request.
// With a show controller the panel offers the show page (live show control).
void draw_staff_panel(FrameContext& f, StaffPanelState& panel, const StaffStatus& status,
                      const PinVerifier& verify, show::ShowController* show = nullptr);

}  // namespace marquee::ui
