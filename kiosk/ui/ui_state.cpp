#include "ui/ui_state.hpp"

#include <array>
#include <utility>

namespace marquee::ui {
namespace {
constexpr std::array<std::pair<Screen, const char*>, 6> kIds = {{{Screen::Home, "home"},
                                                                 {Screen::Schedule, "schedule"},
                                                                 {Screen::Exhibitors, "exhibitors"},
                                                                 {Screen::Map, "map"},
                                                                 {Screen::Announcements, "announcements"},
                                                                 {Screen::Attract, "attract"}}};
}  // namespace

const char* screen_id(Screen s) {
  for (const auto& [screen, id] : kIds) {
    if (screen == s) return id;
  }
  return "home";
}

void reset_for_next_visitor(UiState& state, const KioskPlace& place, Screen screen) {
  UiState fresh;
  fresh.screen = screen;
  fresh.default_lang = state.default_lang;
  fresh.lang = state.default_lang;
  fresh.map_hall = place.hall;
  fresh.emergency_id = state.emergency_id;
  fresh.refresh_requested = state.refresh_requested;
  fresh.staff_panel_open = state.staff_panel_open;
  fresh.closures = state.closures;
  // ImGui keeps each list's scroll offset in its window: ask the lists to go back to the top.
  fresh.schedule_scroll.to_top = true;
  fresh.exhibitor_scroll.to_top = true;
  state = std::move(fresh);
}

void show_directions(UiState& state, std::string to) {
  state.route.to = std::move(to);
  state.route.leg = 0;
  state.route.fit = true;
  state.map_place.clear();
  state.map_level.clear();  // the route decides which level shows
  state.screen = Screen::Map;
}

bool screen_from_id(std::string_view id, Screen& out) {
  for (const auto& [screen, name] : kIds) {
    if (id == name) {
      out = screen;
      return true;
    }
  }
  return false;
}

}  // namespace marquee::ui
