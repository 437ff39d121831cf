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
