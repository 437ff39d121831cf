#pragma once
#include "ui/frame_context.hpp"

namespace marquee::ui {

struct SessionCardLook {
  bool live = false;      // on now: green time and "In progress"
  bool finished = false;  // over: dimmed
  bool selected = false;  // its detail is open: outlined
};

// A tappable card for one session. The start time reads first (largest), then the title, then
// room and kind; another day's session names its day. Returns true on tap.
bool session_card(FrameContext& f, const content::Session& s, float width, SessionCardLook look);
float session_card_height(const FrameContext& f);
// Where a session is: "Forum Hall 2 · 3 min · Thematic forum" at this kiosk's venue (the walk
// from here), "Sala 2 · Barcelona, local time · ..." at another one (its times are local there).
std::string where_text(const FrameContext& f, const content::Session& s, const content::Venue* venue,
                       const content::Room* room);
ImU32 track_colour(const FrameContext& f, const content::Session& s);

}  // namespace marquee::ui
