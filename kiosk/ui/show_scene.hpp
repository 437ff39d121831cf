#pragma once
// What a show script has put on this kiosk's screen. The app applies display commands that target
// this kiosk; the UI only draws.
#include <imgui.h>

#include <optional>

#include "show/display_command.hpp"

namespace marquee::ui {

struct ShowSceneState {
  std::optional<show::DisplayCommand> scene;   // a full-screen show scene, if one is up
  std::optional<show::LocalizedText> overlay;  // a banner over whatever is on screen
};

}  // namespace marquee::ui
