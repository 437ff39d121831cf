// Map: the venue drawn one level at a time from the content's geometry (halls, booths, session
// rooms, amenities), "you are here", the highlighted booth, the route when directions were asked
// for, the panel beside it (map_panel.cpp), and pan (drag) / zoom (pinch or buttons) by touch.
#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string_view>

#include "ui/screens/map_canvas.hpp"
#include "ui/strings.hpp"
#include "ui/tap_targets.hpp"

namespace marquee::ui {
namespace {

// A tap waits this long for a second one before it counts as a single tap (then it opens the
// booth it hit); two taps within it zoom in where they landed.
constexpr double kDoubleTapSeconds = 0.3;
constexpr float kTapSlopPx = 18.0f;  // at 1080p: further than this is a drag

// The bounds of a point set, grown one point at a time.
struct BoundsBuilder {
  float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
  void add(const content::Point& p) {
    x0 = std::min(x0, static_cast<float>(p.x)), y0 = std::min(y0, static_cast<float>(p.y));
    x1 = std::max(x1, static_cast<float>(p.x)), y1 = std::max(y1, static_cast<float>(p.y));
  }
  void add(const content::Polygon& poly) {
    for (const auto& p : poly) add(p);
  }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  MapBounds bounds(float margin = 0) const { return {x0 - margin, y0 - margin, x1 + margin, y1 + margin}; }
};

// The venue's halls: what the home screen's preview draws.
BoundsBuilder hall_bounds(const FrameContext& f, const std::string& venue) {
  BoundsBuilder b;
  for (const auto& h : f.content.halls) {
    if (h.venue == venue) b.add(h.outline);
  }
  return b;
}

// The whole venue at zoom 1 on the map screen: its halls, and the rooms and amenities that may lie
// outside them (a plaza, a first-aid post by the car park), with a margin so that a symbol at the
// edge and its label are not cut off by the view.
MapBounds venue_bounds(const FrameContext& f, const std::string& venue) {
  BoundsBuilder b = hall_bounds(f, venue);
  if (b.empty()) return MapBounds{};  // no halls: nothing to frame
  auto at_venue = [&](const std::string& level) {
    const content::Level* l = f.content.walking.level(level);
    return l && l->venue == venue;
  };
  for (const auto& r : f.content.walking.rooms) {
    const content::Room* room = f.content.room(r.id);
    if ((room && room->venue == venue) || at_venue(r.level)) b.add(r.outline);
  }
  for (const auto& a : f.content.walking.amenities) {
    if (at_venue(a.level)) b.add(a.position);
  }
  return b.bounds(0.04f * std::max(b.x1 - b.x0, b.y1 - b.y0));
}

void draw_halls_and_booths(FrameContext& f, ImDrawList* dl, const MapView& v, const std::string& venue,
                           const std::string& level, const std::string& target) {
  for (const auto& h : f.content.halls) {
    if (h.venue != venue || !hall_on_level(h, level)) continue;
    map_polygon(dl, v, h.outline, to_u32(f.colors.surface), to_u32(f.colors.outline), f.px(2));
  }
  draw_rooms(f, dl, v, level, target);  // under the booths: a room may be a whole hall
  const float pulse = 0.5f + 0.5f * static_cast<float>(std::sin(ImGui::GetTime() * 4.0));
  // A 10k-booth expo zoomed out is 10k polygons with outlines and tap areas: 110 ms a frame on
  // the software path. Booths outside the canvas are skipped, and booths too small for a finger
  // (under 12 px a side) are drawn as plain filled boxes with no outline, label or tap area: the
  // visitor zooms in to tap one.
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  const float min_tap_side = f.px(12);
  for (const auto& b : f.content.booths) {
    const auto* hall = f.content.hall(b.hall);
    if (!hall || hall->venue != venue || !on_level(b.level, level) || b.outline.empty()) continue;
    ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
    for (const auto& p : b.outline) {
      const ImVec2 s = v.to_screen(p);
      lo = ImVec2(std::min(lo.x, s.x), std::min(lo.y, s.y));
      hi = ImVec2(std::max(hi.x, s.x), std::max(hi.y, s.y));
    }
    if (hi.x < clip_min.x || lo.x > clip_max.x || hi.y < clip_min.y || lo.y > clip_max.y) continue;
    const bool hot = b.id == f.state.highlighted_booth || b.id == target;
    if (!hot && hi.x - lo.x < min_tap_side && hi.y - lo.y < min_tap_side) {
      dl->AddRectFilled(lo, hi, to_u32(f.colors.surface_alt));
      continue;
    }
    // Small booths are drawn without anti-aliasing: its fringe triangles are most of the work of
    // a crowded map, and at this size nobody sees the soft edge.
    const bool small = hi.x - lo.x < f.px(48) && hi.y - lo.y < f.px(48);
    const ImDrawListFlags flags = dl->Flags;
    if (small) dl->Flags &= ~(ImDrawListFlags_AntiAliasedFill | ImDrawListFlags_AntiAliasedLines);
    const ImVec4 fill =
        hot ? ImVec4(f.colors.accent.x, f.colors.accent.y, f.colors.accent.z, 0.6f + 0.4f * pulse)
            : f.colors.surface_alt;
    map_polygon(dl, v, b.outline, to_u32(fill), to_u32(hot ? f.colors.accent : f.colors.outline),
                f.px(hot ? 4 : 1));
    dl->Flags = flags;
    record_polygon_tap_area(v, b.outline, "booth:" + b.id);
    // A label only where it fits inside its booth: overlapping numbers are noise, not help.
    const ImVec2 ts = f.fonts.small->CalcTextSizeA(f.fonts.small->FontSize, 1e9f, 0, b.label.c_str());
    if (ts.x + f.px(4) <= hi.x - lo.x && ts.y <= hi.y - lo.y) {
      const ImVec2 c = v.to_screen(polygon_centre(b.outline));
      dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(c.x - ts.x / 2, c.y - ts.y / 2),
                  to_u32(hot ? f.colors.primary_text : f.colors.text), b.label.c_str());
    }
  }
  // Hall names last, on pills: drawn before the booths they were hidden under them.
  for (const auto& h : f.content.halls) {
    if (h.venue != venue || !hall_on_level(h, level) || h.outline.empty()) continue;
    const ImVec2 p = v.to_screen(h.outline.front());
    pill_text(dl, f.fonts.body, ImVec2(p.x + f.px(14), p.y + f.px(8)), h.name.get(f.lang()),
              to_u32(f.colors.background), to_u32(f.colors.text), f.px(6));
  }
  if (!level.empty()) return;  // a map with floors has amenities: landmarks would repeat them
  for (const auto& l : f.content.landmarks) {
    const auto* hall = f.content.hall(l.hall);
    if (!hall || hall->venue != venue) continue;
    const ImVec2 c = v.to_screen(l.position);
    dl->AddCircleFilled(c, f.px(10), to_u32(f.colors.primary));
    dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(c.x + f.px(14), c.y - f.px(12)),
                to_u32(f.colors.text), l.name.get(f.lang()).c_str());
  }
}

// The box of the "You are here" pill (the dot itself is drawn over whatever it stands on).
ScreenRect you_are_here_pill(const FrameContext& f, const MapView& v) {
  const ImVec2 c = v.to_screen({f.place.map_x, f.place.map_y});
  const ImFont* font = f.fonts.body;
  const ImVec2 ts = font->CalcTextSizeA(font->FontSize, 1e9f, 0, tr(Str::YouAreHere, f.lang()));
  const float pad = f.px(8), x = c.x + f.px(30), y = c.y - font->FontSize / 2;
  return {x - pad, y - pad / 2, x + ts.x + pad, y + ts.y + pad / 2};
}

void draw_you_are_here(FrameContext& f, ImDrawList* dl, const MapView& v) {
  const ImVec2 c = v.to_screen({f.place.map_x, f.place.map_y});
  const float r = f.px(16) + f.px(6) * static_cast<float>(std::sin(ImGui::GetTime() * 3.0));
  dl->AddCircleFilled(c, r + f.px(8), IM_COL32(255, 80, 80, 90));
  dl->AddCircleFilled(c, f.px(14), IM_COL32(255, 70, 70, 255));
  // White on the marker's red, on a pill: red text straight on a hall's fill was hard to read and
  // lost among amenity labels next to the entrance a kiosk usually stands at.
  pill_text(dl, f.fonts.body, ImVec2(c.x + f.px(30), c.y - f.fonts.body->FontSize / 2), tr(Str::YouAreHere, f.lang()),
            IM_COL32(200, 40, 40, 255), IM_COL32(255, 255, 255, 255), f.px(8));
}

}  // namespace

// The nearest landmark of a kind to this kiosk, straight-line on the map (no walking graph yet).
const content::Landmark* nearest_landmark(const FrameContext& f,
                                          std::initializer_list<std::string_view> kinds) {
  const content::Landmark* best = nullptr;
  double best_d = 1e300;
  for (const auto& l : f.content.landmarks) {
    const auto* hall = f.content.hall(l.hall);
    if (!hall || hall->venue != f.place.venue) continue;
    if (std::find(kinds.begin(), kinds.end(), l.kind) == kinds.end()) continue;
    const double dx = l.position.x - f.place.map_x, dy = l.position.y - f.place.map_y;
    if (dx * dx + dy * dy < best_d) best_d = dx * dx + dy * dy, best = &l;
  }
  return best;
}

namespace {

// What a single tap on the map opens: an amenity's card, the exhibitor at a booth, or a room's
// card (in that order).
void open_tapped(FrameContext& f, const MapProjection& proj, const std::string& venue,
                 const std::string& level, float sx, float sy) {
  const MapView v{proj, proj.scale()};
  if (const content::Amenity* a = amenity_near(f, v, level, ImVec2(sx, sy), f.px(33))) {
    f.state.map_place = a->id;
    return;
  }
  double mx = 0, my = 0;
  proj.to_map(sx, sy, mx, my);
  // A booth before a room: a room may be a whole hall (sessions held on the show floor).
  const content::Booth* booth = booth_at(f.content, venue, mx, my);
  if (booth && !on_level(booth->level, level)) booth = nullptr;
  if (!booth) {
    if (const content::MapRoom* room = room_at(f.content, level, mx, my)) f.state.map_place = room->id;
    return;
  }
  f.state.highlighted_booth = booth->id;
  if (const content::Exhibitor* e = exhibitor_at_booth(f.content, booth->id)) {
    f.state.selected_exhibitor = e->id;
    f.state.screen = Screen::Exhibitors;
  }
}

// Finger input on the map canvas (the item just drawn): drag past the tap threshold pans, one tap
// opens the booth under it, a double tap zooms in there (or back out at full zoom), pinch zooms
// about its centre, the wheel zooms about the pointer. The camera is clamped every frame.
void handle_gestures(FrameContext& f, const MapBounds& bounds, const MapViewport& vp,
                     const std::string& venue, const std::string& level) {
  ImGuiIO& io = ImGui::GetIO();
  MapTouch& t = f.state.map_touch;
  MapCamera& cam = f.state.map_camera;
  const float slop = kTapSlopPx * io.DisplaySize.y / 1080.0f;
  if (ImGui::IsItemActivated()) t.dragging = false;
  if (ImGui::IsItemActive() && !t.dragging && io.MouseDragMaxDistanceSqr[0] >= slop * slop) {
    t.dragging = true;  // the pan starts here, so crossing the threshold never jumps the map
    t.last_x = io.MousePos.x, t.last_y = io.MousePos.y;
  }
  if (ImGui::IsItemActive() && t.dragging) {
    cam.pan_x += io.MousePos.x - t.last_x;
    cam.pan_y += io.MousePos.y - t.last_y;
    t.last_x = io.MousePos.x, t.last_y = io.MousePos.y;
  }
  // The kiosk's clock, not ImGui's: tests run on a manual clock, and so does the tap window.
  const double now = std::chrono::duration<double>(f.now.time_since_epoch()).count();
  if (ImGui::IsItemDeactivated() && !t.dragging) {
    const float x = io.MousePos.x, y = io.MousePos.y;
    const float dx = x - t.tap_x, dy = y - t.tap_y;
    if (t.tap_pending && now - t.tap_time < kDoubleTapSeconds && dx * dx + dy * dy < 4 * slop * slop) {
      t.tap_pending = false;
      cam = cam.zoom >= kMapMaxZoom ? MapCamera{} : zoom_about(cam, 2.0f, x, y, bounds, vp);
    } else {
      t.tap_pending = true;
      t.tap_x = x, t.tap_y = y, t.tap_time = now;
    }
  }
  if (t.pinch != 1.0f) {
    const bool centred = t.pinch_x < 0;
    cam = zoom_about(cam, t.pinch, centred ? vp.x + vp.w / 2 : t.pinch_x,
                     centred ? vp.y + vp.h / 2 : t.pinch_y, bounds, vp);
    t.pinch = 1.0f;
  }
  if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
    cam = zoom_about(cam, 1.0f + 0.1f * io.MouseWheel, io.MousePos.x, io.MousePos.y, bounds, vp);
  }
  cam = clamp_camera(cam, bounds, vp);
  if (t.tap_pending && now - t.tap_time >= kDoubleTapSeconds) {
    t.tap_pending = false;
    open_tapped(f, MapProjection(bounds, vp, cam), venue, level, t.tap_x, t.tap_y);
  }
}

}  // namespace

void draw_map_preview(FrameContext& f, ImDrawList* dl, ImVec2 min, ImVec2 max,
                      const content::Landmark* mark) {
  // Framed on the halls it draws (rooms and amenities outside them are the map screen's).
  const BoundsBuilder halls = hall_bounds(f, f.place.venue);
  const MapBounds bounds = halls.empty() ? MapBounds{} : halls.bounds();
  const MapViewport vp{min.x, min.y, max.x - min.x, max.y - min.y};
  const MapProjection proj(bounds, vp, MapCamera{});
  dl->PushClipRect(min, max, true);
  const MapView v{proj, proj.scale()};
  for (const auto& h : f.content.halls) {
    if (h.venue == f.place.venue)
      map_polygon(dl, v, h.outline, to_u32(f.colors.surface), to_u32(f.colors.outline), f.px(2));
  }
  // Booths only where they are big enough to see: in a 10k-booth expo each one is a few pixels
  // on the preview, and drawing them all cost 30 ms a frame (and 10k polygons say nothing more
  // than the halls do). Booths wholly outside the preview are skipped as well.
  const float min_side = f.px(12);
  for (const auto& b : f.content.booths) {
    const auto* hall = f.content.hall(b.hall);
    if (!hall || hall->venue != f.place.venue || b.outline.empty()) continue;
    ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
    for (const auto& p : b.outline) {
      const ImVec2 s = v.to_screen(p);
      lo = ImVec2(std::min(lo.x, s.x), std::min(lo.y, s.y));
      hi = ImVec2(std::max(hi.x, s.x), std::max(hi.y, s.y));
    }
    if (hi.x - lo.x < min_side && hi.y - lo.y < min_side) continue;
    if (hi.x < min.x || lo.x > max.x || hi.y < min.y || lo.y > max.y) continue;
    map_polygon(dl, v, b.outline, to_u32(f.colors.surface_alt), to_u32(f.colors.outline), 1.0f);
  }
  const ImVec2 here = v.to_screen({f.place.map_x, f.place.map_y});
  if (mark) {  // a line from here to there, and the place itself, labelled below its marker
    const ImVec2 there = v.to_screen(mark->position);
    dl->AddLine(here, there, to_u32(f.colors.accent), f.px(6));
    dl->AddCircleFilled(there, f.px(16), to_u32(f.colors.live));
    const std::string label = "\xE2\x86\x93 " + mark->name.get(f.lang());  // ↓ name
    const ImVec2 ts = f.fonts.heading->CalcTextSizeA(f.fonts.heading->FontSize, 1e9f, 0, label.c_str());
    const ImVec2 at(there.x - ts.x / 2, there.y + f.px(30));
    dl->AddRectFilled(ImVec2(at.x - f.px(10), at.y - f.px(4)),
                      ImVec2(at.x + ts.x + f.px(10), at.y + ts.y + f.px(4)), to_u32(f.colors.live), f.px(8));
    dl->AddText(f.fonts.heading, f.fonts.heading->FontSize, at, to_u32(f.colors.primary_text), label.c_str());
  }
  draw_you_are_here(f, dl, v);
  dl->PopClipRect();
}

namespace {

// Zoom, reset, the venues and, when the venue has several floors, its levels. Returns the zoom
// factor asked for (1: none); a reset is applied at once.
float draw_toolbar(FrameContext& f, const std::string& venue, const std::string& level, float max_x) {
  const float h = f.px(68);
  float zoom = 1.0f;
  if (tap_button("+##zoomin", ImVec2(h, h))) zoom = 1.25f;
  ImGui::SameLine();
  if (tap_button("-##zoomout", ImVec2(h, h))) zoom = 0.8f;
  ImGui::SameLine();
  if (tap_button(tr(Str::ResetMap, f.lang()), ImVec2(0, h))) f.state.map_camera = MapCamera{};
  for (const auto& v : f.content.venues) {
    flow_same_line(v.city.get(f.lang()).c_str(), max_x);
    if (tap_button(v.city.get(f.lang()).c_str(), ImVec2(0, h), v.id == venue)) {
      f.state.map_hall.clear();
      f.state.map_level.clear();
      for (const auto& hall : f.content.halls) {
        if (hall.venue == v.id) {
          f.state.map_hall = hall.id;
          break;
        }
      }
      f.state.map_camera = MapCamera{};
    }
  }
  ImGui::SameLine(0, f.px(32));
  draw_level_chips(f, venue, level, h, max_x);
  return zoom;
}

}  // namespace

void draw_map(FrameContext& f) {
  const wayfinding::RouteResult* route = f.route();
  const bool has_route = route && *route;
  if (has_route && !route->route.legs.empty()) {  // the route's venue is the one to show
    const auto* level = f.content.walking.level(route->route.legs.front().level);
    const auto* focus = f.content.hall(f.state.map_hall);
    if (level && (!focus || focus->venue != level->venue)) f.state.map_hall = f.place.hall;
  }
  const content::Hall* focus = f.content.hall(f.state.map_hall);
  const std::string venue = focus ? focus->venue : f.place.venue;
  const std::string level = shown_level(f, venue, route);
  const MapBounds bounds = venue_bounds(f, venue);
  // Landscape: the panel on the right. Portrait: below the map, within reach.
  const float gap = f.px(24);
  const ImVec2 panel_size = f.portrait ? ImVec2(f.size.x - f.px(64), f.size.y * 0.5f) : ImVec2(f.px(600), 0);
  const float map_right =
      f.portrait ? f.origin.x + f.size.x - f.px(32) : f.origin.x + f.size.x - f.px(32) - panel_size.x - gap;
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  ImGui::BeginGroup();
  const float zoom = draw_toolbar(f, venue, level, f.origin.x + f.size.x - f.px(32));
  ImGui::EndGroup();
  const float top = ImGui::GetItemRectMax().y + f.px(16);
  const float bottom =
      f.portrait ? f.origin.y + f.size.y - panel_size.y - gap : f.origin.y + f.size.y - f.px(20);
  const MapViewport vp{f.origin.x + f.px(32), top, map_right - f.origin.x - f.px(32), bottom - top};
  if (zoom != 1.0f)
    f.state.map_camera = zoom_about(f.state.map_camera, zoom, vp.x + vp.w / 2, vp.y + vp.h / 2, bounds, vp);
  if (has_route && f.state.route.fit) fit_route(f, route->route, bounds, vp);
  ImGui::SetCursorScreenPos(ImVec2(vp.x, vp.y));
  ImGui::InvisibleButton("map-canvas", ImVec2(vp.w, vp.h));
  handle_gestures(f, bounds, vp, venue, level);
  const MapProjection proj(bounds, vp, f.state.map_camera);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(vp.x, vp.y), ImVec2(vp.x + vp.w, vp.y + vp.h), true);
  const MapView view{proj, proj.scale()};
  const std::string target = has_route ? route->route.target.place : std::string();
  draw_halls_and_booths(f, dl, view, venue, level, target);
  if (has_route) draw_route(f, dl, view, route->route, level);
  const auto* here = f.content.walking.node(f.place.node);
  const bool here_shown = venue == f.place.venue && (!here || on_level(here->level, level));
  draw_amenities(f, dl, view, level, target, here_shown ? you_are_here_pill(f, view) : ScreenRect{});
  if (here_shown) draw_you_are_here(f, dl, view);
  dl->PopClipRect();
  const ImVec2 panel_min =
      f.portrait ? ImVec2(f.origin.x + f.px(32), bottom + gap) : ImVec2(map_right + gap, top);
  draw_map_panel(
      f, panel_min,
      ImVec2(f.origin.x + f.size.x - f.px(32), f.portrait ? f.origin.y + f.size.y - f.px(16) : bottom));
}

}  // namespace marquee::ui
