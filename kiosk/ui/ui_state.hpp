#pragma once
// What the kiosk UI is showing: a plain value the app, the tests and the staff panel can read.
#include <string>
#include <string_view>
#include <vector>

#include "content/localized_text.hpp"
#include "core/clock.hpp"
#include "ui/map_view.hpp"

namespace marquee::ui {

enum class Screen { Home, Schedule, Exhibitors, Map, Announcements, Attract };
const char* screen_id(Screen s);  // "home", "schedule", ...
bool screen_from_id(std::string_view id, Screen& out);

// Where this kiosk stands (from config): its venue and its "you are here" point on the map.
struct KioskPlace {
  std::string kiosk_id = "kiosk-1";
  std::string venue = "bj";
  // Whether the config named the venue. When it did not and the content has no venue "bj" (a
  // bundle written by import-schedule, say), the kiosk shows the content's first venue.
  bool venue_configured = false;
  std::string hall = "bj-hall-a";
  double map_x = 600, map_y = 660;
  // Its walking-graph node in map.json (routes start here); empty: no routes from this kiosk.
  std::string node = "bj-a-kiosk";
};

struct ScheduleFilter {
  int day = -1;       // index into the venue's days; -1 = today (or the first day)
  std::string venue;  // empty = this kiosk's venue
  std::string room;   // empty = all
  std::string track;  // empty = all
  int kind = -1;      // -1 = all
};

// Drag-to-scroll with inertia for one list (widgets.cpp drives it).
struct TouchScroll {
  float velocity = 0;     // pixels per second, decaying after release
  bool captured = false;  // the current drag started in this list
  bool to_top = false;    // scroll back to the top on the next frame (a new visitor)
};

// The map's finger state between frames: a press becomes a drag only past the tap threshold; a
// tap waits a moment to see whether a second one makes it a double tap (zoom) before it opens
// what was tapped.
struct MapTouch {
  bool dragging = false;
  float last_x = 0, last_y = 0;      // where the drag was last frame
  bool tap_pending = false;          // a single tap waiting out the double-tap window
  float tap_x = 0, tap_y = 0;        // where that tap was
  double tap_time = -1;              // ImGui time of the last tap, -1: none
  float pinch = 1.0f;                // zoom factor from pinch gestures since the last frame
  float pinch_x = -1, pinch_y = -1;  // pinch centre in screen pixels (-1: the view's centre)
};

// Directions on the map: the route from "You are here" the visitor asked for (wayfinding computes
// it; the UI keeps only what to ask and which part is showing).
struct RouteRequest {
  std::string to;          // booth, room, amenity, exhibitor, session or node id; empty: no route
  bool step_free = false;  // the big Step-free toggle: no stairs, no escalators
  int leg = 0;             // the level of the route the map shows (index into Route::legs)
  bool fit = false;        // fit the map to that leg on the next frame
};

// What staff closed for the rest of the day (lift, stairs, escalator or edge ids). Whenever the
// routes in use were made with other closures, the app recomputes them off the UI thread.
struct StaffClosures {
  std::vector<std::string> ids;
};

// True for the names UiState::attract_scene accepts (attract.cpp knows the scenes).
bool is_attract_scene(std::string_view scene);

struct UiState {
  Screen screen = Screen::Home;
  content::Lang lang = content::Lang::En;
  content::Lang default_lang = content::Lang::En;
  ScheduleFilter schedule;
  std::string selected_session;    // detail card open when not empty
  // The attract loop starts at this scene (event, now, featured, countdown, map) once, then cycles.
  std::string attract_scene;
  std::string selected_exhibitor;  // detail card open when not empty
  std::string selected_speaker;    // speaker card open when not empty
  std::string sector_filter;       // empty = all sectors
  std::string search_text;         // typed on the on-screen keyboard
  std::string map_hall;            // hall shown on the map
  std::string highlighted_booth;   // from "show on map"
  MapCamera map_camera;            // zoom and pan of the map
  std::string map_level;           // level shown on the map; empty: the kiosk's own level
  std::string map_place;           // room or amenity whose card is open on the map
  RouteRequest route;              // directions drawn on the map
  MapTouch map_touch;
  TouchScroll schedule_scroll, exhibitor_scroll, map_panel_scroll;
  bool schedule_scroll_to_now = true;  // the schedule opens scrolled to the Now line
  bool keyboard_open = false;          // on-screen keyboard shown (after the search box is tapped)
  std::string exhibitor_venue;         // exhibitors of this venue only; empty = the kiosk's venue, "*" = all
  bool large_text = false;             // accessibility: larger text + low-reach layout
  bool high_contrast = false;          // accessibility: high-contrast theme
  bool idle_warning = false;           // "Still there?" is showing
  double idle_seconds = 0;             // since the last touch
  std::string emergency_id;            // emergency announcement taking over, if any
  bool refresh_requested = false;      // staff asked for a content refresh; the app clears it
  bool staff_panel_open = false;       // PIN pad or staff panel showing
  StaffClosures closures;              // kept across visitors; cleared by the app at midnight
};

// Opens the map with the route from "You are here" to `to` (keeps the step-free choice).
void show_directions(UiState& state, std::string to);

// Everything a visitor could have changed goes back to how the kiosk starts (language, text
// size, contrast, selections, filters, search, map view, list positions) on `screen`; what
// belongs to the kiosk rather than the visitor (default language, emergency, staff state) stays.
void reset_for_next_visitor(UiState& state, const KioskPlace& place, Screen screen = Screen::Home);

}  // namespace marquee::ui
