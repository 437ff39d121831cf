#pragma once
// What the kiosk UI is showing: a plain value the app, the tests and the staff panel can read.
#include <string>

#include "content/localized_text.hpp"
#include "core/clock.hpp"

namespace marquee::ui {

enum class Screen { Home, Schedule, Exhibitors, Map, Announcements, Attract };
const char* screen_id(Screen s);  // "home", "schedule", ...
bool screen_from_id(std::string_view id, Screen& out);

// Where this kiosk stands (from config): its venue and its "you are here" point on the map.
struct KioskPlace {
  std::string kiosk_id = "kiosk-1";
  std::string venue = "bj";
  std::string hall = "bj-hall-a";
  double map_x = 600, map_y = 660;
};

struct ScheduleFilter {
  int day = -1;       // index into the venue's days; -1 = today (or the first day)
  std::string venue;  // empty = this kiosk's venue
  std::string room;   // empty = all
  std::string track;  // empty = all
  int kind = -1;      // -1 = all
};

struct UiState {
  Screen screen = Screen::Home;
  content::Lang lang = content::Lang::En;
  content::Lang default_lang = content::Lang::En;
  ScheduleFilter schedule;
  std::string selected_session;    // detail card open when not empty
  std::string selected_exhibitor;  // detail card open when not empty
  std::string sector_filter;       // empty = all sectors
  std::string search_text;         // typed on the on-screen keyboard
  std::string map_hall;            // hall shown on the map
  std::string highlighted_booth;   // from "show on map"
  float map_zoom = 1.0f;
  float map_pan_x = 0, map_pan_y = 0;
  bool large_text = false;         // accessibility: larger text + low-reach layout
  bool high_contrast = false;      // accessibility: high-contrast theme
  bool idle_warning = false;       // "Still there?" is showing
  double idle_seconds = 0;         // since the last touch
  std::string emergency_id;        // emergency announcement taking over, if any
  bool refresh_requested = false;  // staff asked for a content refresh; the app clears it
  bool staff_panel_open = false;   // PIN pad or staff panel showing
};

}  // namespace marquee::ui
