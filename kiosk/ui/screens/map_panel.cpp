// The panel beside the map: the big Step-free toggle, then one of
//  - the directions (destination, time and distance, one chip per level, the steps),
//  - the card of a room or amenity tapped on the map (sessions there now and next, Directions),
//  - the Nearest buttons (restroom, accessible restroom, exit, first aid, ...).
#include <algorithm>
#include <cmath>
#include <iterator>

#include "content/queries.hpp"
#include "ui/screens/map_canvas.hpp"
#include "ui/screens/session_card.hpp"
#include "ui/strings.hpp"
#include "ui/tap_targets.hpp"
#include "ui/way_strings.hpp"
#include "wayfinding/step_text.hpp"

namespace marquee::ui {
namespace {

void heading(FrameContext& f, const std::string& text) {
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopFont();
}

// The toggle as a person reads it: its name and a switch that is visibly on or off.
void step_free_toggle(FrameContext& f, float width) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 size(width, f.px(92));
  const bool on = f.state.route.step_free;
  if (tap_button("##step-free", size, on)) {
    f.state.route.step_free = !on;
    f.state.route.leg = 0;
    f.state.route.fit = true;
    f.state.map_level.clear();
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float icon = f.px(26);
  draw_amenity_symbol(dl, content::AmenityKind::AccessibleRestroom, ImVec2(at.x + f.px(20) + icon, at.y + size.y / 2),
                      icon);
  ImFont* font = f.fonts.heading;
  dl->AddText(font, font->FontSize, ImVec2(at.x + f.px(40) + 2 * icon, at.y + (size.y - font->FontSize) / 2),
              on ? to_u32(f.colors.primary_text) : to_u32(f.colors.text), tr(WayStr::StepFree, f.lang()));
  const float h = f.px(44), w = f.px(84);
  const ImVec2 s0(at.x + size.x - w - f.px(24), at.y + (size.y - h) / 2);
  const ImU32 track = on ? to_u32(f.colors.primary_text) : to_u32(f.colors.outline);
  dl->AddRectFilled(s0, ImVec2(s0.x + w, s0.y + h), track, h / 2);
  const float knob_x = on ? s0.x + w - h / 2 : s0.x + h / 2;
  dl->AddCircleFilled(ImVec2(knob_x, s0.y + h / 2), h / 2 - f.px(5), on ? to_u32(f.colors.primary) : to_u32(f.colors.text));
}

void directions(FrameContext& f, const wayfinding::RouteResult& result, float width) {
  const wayfinding::Route& route = result.route;
  heading(f, route.target.name.get(f.lang()));
  ImGui::PushFont(f.fonts.display);
  text_colored(f.colors.accent, (std::to_string(route.minutes()) + " " + tr(WayStr::MinutesShort, f.lang())).c_str());
  ImGui::PopFont();
  ImGui::SameLine(0, f.px(20));
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + f.fonts.display->FontSize - f.fonts.heading->FontSize);
  ImGui::PushFont(f.fonts.heading);
  const long metres = route.metres < 20 ? std::lround(route.metres) : std::lround(route.metres / 5.0) * 5;
  text_colored(f.colors.text_muted, (std::to_string(metres) + " " + tr(WayStr::Metres, f.lang())).c_str());
  ImGui::PopFont();
  const int leg = std::clamp(f.state.route.leg, 0, static_cast<int>(route.legs.size()) - 1);
  if (route.legs.size() > 1) {  // one chip per level, in walking order
    for (std::size_t i = 0; i < route.legs.size(); ++i) {
      const content::Level* l = f.content.walking.level(route.legs[i].level);
      const std::string name = !l ? route.legs[i].level : l->name.empty() ? l->label : l->name.get(f.lang());
      const std::string label = std::to_string(i + 1) + ". " + name + "##leg" + std::to_string(i);
      if (i > 0) ImGui::SameLine(0, f.px(12));
      if (tap_button(label.c_str(), ImVec2(0, f.px(72)), static_cast<int>(i) == leg)) {
        f.state.route.leg = static_cast<int>(i);
        f.state.route.fit = true;
        f.state.map_level.clear();
      }
      record_tap_target("leg:" + std::to_string(i));
    }
  }
  ImGui::Dummy(ImVec2(0, f.px(6)));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - f.px(8));
  for (std::size_t i = 0; i < route.steps.size(); ++i) {
    const wayfinding::Step& s = route.steps[i];
    const bool here = static_cast<int>(s.leg) == leg;
    const std::string line = std::to_string(i + 1) + ".  " + wayfinding::step_text(s, f.lang());
    text_colored(here ? f.colors.text : f.colors.text_muted, line.c_str());
  }
  ImGui::PopTextWrapPos();
}

void room_card(FrameContext& f, const content::MapRoom& r, float width) {
  const content::Room* room = f.content.room(r.id);
  heading(f, room ? room->name.get(f.lang()) : r.id);
  const content::Venue* venue = room ? f.content.venue(room->venue) : nullptr;
  const std::string today = venue ? content::local_day(*venue, f.now) : std::string();
  int shown = 0;
  for (const auto& s : f.content.sessions) {  // sorted by start: on now, then the next ones today
    if (s.room != r.id || s.end <= f.now || shown >= 2) continue;
    if (venue && content::local_day(*venue, s.start) != today) continue;
    const bool live = s.start <= f.now;
    text_colored(live ? f.colors.live : f.colors.accent, tr(live ? Str::Now : Str::UpNext, f.lang()));
    if (session_card(f, s, width, {.live = live})) {
      f.state.selected_session = s.id;
      f.state.screen = Screen::Schedule;
    }
    ++shown;
  }
  if (shown == 0) text_colored(f.colors.text_muted, tr(WayStr::NoMoreSessionsHere, f.lang()));
}

void amenity_card(FrameContext& f, const content::Amenity& a) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  draw_amenity_symbol(ImGui::GetWindowDrawList(), a.kind, ImVec2(at.x + f.px(32), at.y + f.px(32)), f.px(32));
  ImGui::Dummy(ImVec2(f.px(64), f.px(64)));
  ImGui::SameLine(0, f.px(16));
  ImGui::BeginGroup();
  heading(f, a.name.get(f.lang()));
  text_colored(f.colors.text_muted, amenity_kind_label(a.kind, f.lang()));
  ImGui::EndGroup();
}

// The place tapped on the map; false when there is none (any more).
bool place_card(FrameContext& f, float width) {
  const content::MapRoom* room = f.content.walking.room(f.state.map_place);
  const content::Amenity* amenity = room ? nullptr : f.content.walking.amenity(f.state.map_place);
  if (!room && !amenity) return false;
  if (room) room_card(f, *room, width);
  if (amenity) amenity_card(f, *amenity);
  const std::string walk = walk_minutes_text(f, f.state.map_place);
  if (!walk.empty()) text_colored(f.colors.accent, walk.c_str());
  ImGui::Dummy(ImVec2(0, f.px(8)));
  if (f.wayfinder && tap_button(tr(WayStr::Directions, f.lang()), ImVec2(width * 0.6f, f.px(84)), true)) {
    show_directions(f.state, f.state.map_place);
  }
  ImGui::SameLine(0, f.px(12));
  if (tap_button(tr(Str::Back, f.lang()), ImVec2(0, f.px(84)))) f.state.map_place.clear();
  return true;
}

void nearest_buttons(FrameContext& f, float width) {
  bool present[content::kAmenityKindCount] = {};
  for (const auto& a : f.content.walking.amenities) {
    const content::Level* l = f.content.walking.level(a.level);
    if (l && l->venue == f.place.venue) present[static_cast<int>(a.kind)] = true;
  }
  const int rows = (static_cast<int>(std::count(std::begin(present), std::end(present), true)) + 1) / 2;
  const float gap = f.px(12), w = (width - gap) / 2;
  // As tall as they fit without scrolling (large text grows everything above them), never below
  // the smallest target size.
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  const float fit = rows > 0 ? (ImGui::GetContentRegionAvail().y - spacing * static_cast<float>(rows)) / static_cast<float>(rows) : 0;
  const float h = std::clamp(fit, 48.0f * f.scale, f.px(84));
  int n = 0;
  for (int k = 0; k < content::kAmenityKindCount; ++k) {
    if (!present[k]) continue;
    const auto kind = static_cast<content::AmenityKind>(k);
    if (n++ % 2) ImGui::SameLine(0, gap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const std::string id = "##nearest:" + std::string(content::amenity_kind_id(kind));
    if (tap_button(id.c_str(), ImVec2(w, h)) && f.wayfinder) {
      if (const auto near = f.wayfinder->nearest(f.place.node, kind, profile_of(f.state.route))) {
        show_directions(f.state, near->amenity->id);
      }
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    draw_amenity_symbol(dl, kind, ImVec2(at.x + f.px(40), at.y + h / 2), f.px(24));
    const char* label = amenity_kind_label(kind, f.lang());
    ImFont* font = fitting_font(label, w - f.px(84), {f.fonts.body, f.fonts.small});
    const ImVec4 clip(at.x, at.y, at.x + w - f.px(6), at.y + h);
    dl->AddText(font, font->FontSize, ImVec2(at.x + f.px(76), at.y + (h - font->FontSize) / 2), to_u32(f.colors.text),
                label, nullptr, 0, &clip);
  }
}

}  // namespace

void draw_map_panel(FrameContext& f, ImVec2 min, ImVec2 max) {
  ImGui::GetWindowDrawList()->AddRectFilled(min, max, to_u32(f.colors.surface), f.px(16));
  const float pad = f.px(20), width = max.x - min.x - 2 * pad;
  ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
  ImGui::BeginChild("map-panel", ImVec2(max.x - min.x - pad, max.y - min.y - 2 * pad), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground);
  touch_scroll(f.state.map_panel_scroll);
  step_free_toggle(f, width);
  ImGui::Dummy(ImVec2(0, f.px(8)));
  if (!f.state.route.to.empty()) {
    const wayfinding::RouteResult* result = f.route();
    if (!result) {
      text_colored(f.colors.text_muted, tr(WayStr::FindingRoute, f.lang()));
    } else if (!*result) {
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
      heading(f, wayfinding::problem_text(result->problem, profile_of(f.state.route), f.lang()));
      ImGui::PopTextWrapPos();
    } else {
      directions(f, *result, width);
    }
    ImGui::Dummy(ImVec2(0, f.px(8)));
    if (tap_button(tr(WayStr::EndRoute, f.lang()), ImVec2(width, f.px(80)))) {
      f.state.route.to.clear();
      f.state.map_level.clear();
    }
  } else if (!place_card(f, width)) {
    nearest_buttons(f, width);
  }
  ImGui::EndChild();
}

}  // namespace marquee::ui
