#pragma once
#include "ui/frame_context.hpp"

namespace marquee::ui {

// A tappable card for one session: local time range, title, room and kind. Returns true on tap.
bool session_card(FrameContext& f, const content::Session& s, float width, bool live);
ImU32 track_colour(const FrameContext& f, const content::Session& s);

}  // namespace marquee::ui
