#pragma once
// The detail cards opened from a list: an exhibitor (logo, description, booth, Directions, Show
// on map, QR of its website) and a speaker (photo, bio, QR of their page, their sessions).
#include "ui/frame_context.hpp"

namespace marquee::ui {

void draw_exhibitor_detail(FrameContext& f, const content::Exhibitor& e, float width, float height);
void draw_speaker_detail(FrameContext& f, const content::Speaker& sp, float width, float height);
// "Directions" to a booth, room, amenity, exhibitor or session, shown only when this kiosk can
// route there (same venue, on the walking graph): switches to the map with the route drawn.
// Returns whether it was drawn.
bool directions_button(FrameContext& f, const std::string& to);

}  // namespace marquee::ui
