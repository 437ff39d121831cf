#pragma once
// The staff show page: live control of the running show from the PIN-protected staff panel.
// It reads the controller's snapshot (script, cues and their states, next starts, recent errors,
// the action log) and turns every tap into a show::ShowCommand for ShowController::submit() —
// the same commands the fleet channel and the command line send. It never touches the script
// host or the lighting output itself.
#include <string>

#include "show/show_controller.hpp"
#include "ui/frame_context.hpp"

namespace marquee::ui {

struct ShowPageState {
  TouchScroll cue_scroll;
  int grand_master_percent = -1;  // the slider's value; -1: take it from the controller
};

// `who` is written into every command ("pin:1": the PIN slot that opened the panel).
// Returns false when staff tapped Back (the panel shows its main page again).
bool draw_staff_show_page(FrameContext& f, ShowPageState& page, show::ShowController& controller,
                          const std::string& who);

}  // namespace marquee::ui
