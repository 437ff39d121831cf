// Map: the hall drawn from the content's geometry, "you are here", the highlighted booth, and
// pan (drag) / zoom (pinch or buttons) by touch.
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <cmath>

#include "ui/frame_context.hpp"
#include "ui/map_view.hpp"
#include "ui/strings.hpp"
#include "ui/tap_targets.hpp"

namespace marquee::ui {
namespace {

struct View {
  const MapProjection& projection;
  float scale;
  ImVec2 to_screen(content::Point p) const {
    ImVec2 out;
    projection.to_screen(p.x, p.y, out.x, out.y);
    return out;
  }
};

// A tap waits this long for a second one before it counts as a single tap (then it opens the
// booth it hit); two taps within it zoom in where they landed.
constexpr double kDoubleTapSeconds = 0.3;
constexpr float kTapSlopPx = 18.0f;  // at 1080p: further than this is a drag

// Bounds of every hall at the venue, so the whole venue fits the screen at zoom 1.
MapBounds venue_bounds(const FrameContext& f, const std::string& venue) {
  float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
  for (const auto& h : f.content.halls) {
    if (h.venue != venue) continue;
    for (const auto& p : h.outline) {
      x0 = std::min(x0, static_cast<float>(p.x)), y0 = std::min(y0, static_cast<float>(p.y));
      x1 = std::max(x1, static_cast<float>(p.x)), y1 = std::max(y1, static_cast<float>(p.y));
    }
  }
  if (x1 <= x0 || y1 <= y0) return MapBounds{};
  return MapBounds{x0, y0, x1, y1};
}

void polygon(ImDrawList* dl, const View& v, const content::Polygon& poly, ImU32 fill, ImU32 outline,
             float thick) {
  std::vector<ImVec2> pts;
  for (const auto& p : poly) pts.push_back(v.to_screen(p));
  dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), fill);
  dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), outline, ImDrawFlags_Closed, thick);
}

content::Point centre(const content::Polygon& poly) {
  content::Point c;
  for (const auto& p : poly) c.x += p.x, c.y += p.y;
  c.x /= static_cast<double>(poly.size());
  c.y /= static_cast<double>(poly.size());
  return c;
}

void draw_halls_and_booths(FrameContext& f, ImDrawList* dl, const View& v, const std::string& venue) {
  for (const auto& h : f.content.halls) {
    if (h.venue != venue) continue;
    polygon(dl, v, h.outline, to_u32(f.colors.surface), to_u32(f.colors.outline), f.px(2));
    const ImVec2 p = v.to_screen(h.outline.front());
    dl->AddText(f.fonts.body, f.fonts.body->FontSize, ImVec2(p.x + f.px(8), p.y + f.px(6)),
                to_u32(f.colors.text_muted), h.name.get(f.lang()).c_str());
  }
  const float pulse = 0.5f + 0.5f * static_cast<float>(std::sin(ImGui::GetTime() * 4.0));
  for (const auto& b : f.content.booths) {
    const auto* hall = f.content.hall(b.hall);
    if (!hall || hall->venue != venue) continue;
    const bool hot = b.id == f.state.highlighted_booth;
    const ImVec4 fill =
        hot ? ImVec4(f.colors.accent.x, f.colors.accent.y, f.colors.accent.z, 0.6f + 0.4f * pulse)
            : f.colors.surface_alt;
    polygon(dl, v, b.outline, to_u32(fill), to_u32(hot ? f.colors.accent : f.colors.outline),
            f.px(hot ? 4 : 1));
    if (!b.outline.empty()) {  // the booth's extent on screen
      ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
      for (const auto& p : b.outline) {
        const ImVec2 s = v.to_screen(p);
        lo = ImVec2(std::min(lo.x, s.x), std::min(lo.y, s.y));
        hi = ImVec2(std::max(hi.x, s.x), std::max(hi.y, s.y));
      }
      record_tap_area("booth:" + b.id, lo, hi);
    }
    if (v.scale * 100 > f.px(40)) {
      const ImVec2 c = v.to_screen(centre(b.outline));
      const ImVec2 ts = f.fonts.small->CalcTextSizeA(f.fonts.small->FontSize, 1e9f, 0, b.label.c_str());
      dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(c.x - ts.x / 2, c.y - ts.y / 2),
                  to_u32(hot ? f.colors.primary_text : f.colors.text), b.label.c_str());
    }
  }
  for (const auto& l : f.content.landmarks) {
    const auto* hall = f.content.hall(l.hall);
    if (!hall || hall->venue != venue) continue;
    const ImVec2 c = v.to_screen(l.position);
    dl->AddCircleFilled(c, f.px(10), to_u32(f.colors.primary));
    dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(c.x + f.px(14), c.y - f.px(12)),
                to_u32(f.colors.text), l.name.get(f.lang()).c_str());
  }
}

void draw_you_are_here(FrameContext& f, ImDrawList* dl, const View& v) {
  const ImVec2 c = v.to_screen({f.place.map_x, f.place.map_y});
  const float r = f.px(16) + f.px(6) * static_cast<float>(std::sin(ImGui::GetTime() * 3.0));
  dl->AddCircleFilled(c, r + f.px(8), IM_COL32(255, 80, 80, 90));
  dl->AddCircleFilled(c, f.px(14), IM_COL32(255, 70, 70, 255));
  dl->AddText(f.fonts.body, f.fonts.body->FontSize, ImVec2(c.x + f.px(22), c.y - f.px(14)),
              IM_COL32(255, 120, 120, 255), tr(Str::YouAreHere, f.lang()));
}

}  // namespace

// The nearest landmark of a kind to this kiosk, straight-line on the map (no walking graph yet).
const content::Landmark* nearest_landmark(const FrameContext& f, std::initializer_list<std::string_view> kinds) {
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

void open_tapped(FrameContext& f, const MapProjection& proj, const std::string& venue, float sx, float sy) {
  double mx = 0, my = 0;
  proj.to_map(sx, sy, mx, my);
  const content::Booth* booth = booth_at(f.content, venue, mx, my);
  if (!booth) return;
  f.state.highlighted_booth = booth->id;
  if (const content::Exhibitor* e = exhibitor_at_booth(f.content, booth->id)) {
    f.state.selected_exhibitor = e->id;
    f.state.screen = Screen::Exhibitors;
  }
}

// Finger input on the map canvas (the item just drawn): drag past the tap threshold pans, one tap
// opens the booth under it, a double tap zooms in there (or back out at full zoom), pinch zooms
// about its centre, the wheel zooms about the pointer. The camera is clamped every frame.
void handle_gestures(FrameContext& f, const MapBounds& bounds, const MapViewport& vp, const std::string& venue) {
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
    cam = zoom_about(cam, t.pinch, centred ? vp.x + vp.w / 2 : t.pinch_x, centred ? vp.y + vp.h / 2 : t.pinch_y,
                     bounds, vp);
    t.pinch = 1.0f;
  }
  if (ImGui::IsItemHovered() && io.MouseWheel != 0) {
    cam = zoom_about(cam, 1.0f + 0.1f * io.MouseWheel, io.MousePos.x, io.MousePos.y, bounds, vp);
  }
  cam = clamp_camera(cam, bounds, vp);
  if (t.tap_pending && now - t.tap_time >= kDoubleTapSeconds) {
    t.tap_pending = false;
    open_tapped(f, MapProjection(bounds, vp, cam), venue, t.tap_x, t.tap_y);
  }
}

}  // namespace

void draw_map_preview(FrameContext& f, ImDrawList* dl, ImVec2 min, ImVec2 max, const content::Landmark* mark) {
  const MapBounds bounds = venue_bounds(f, f.place.venue);
  const MapViewport vp{min.x, min.y, max.x - min.x, max.y - min.y};
  const MapProjection proj(bounds, vp, MapCamera{});
  dl->PushClipRect(min, max, true);
  const View v{proj, proj.scale()};
  for (const auto& h : f.content.halls) {
    if (h.venue == f.place.venue) polygon(dl, v, h.outline, to_u32(f.colors.surface), to_u32(f.colors.outline), f.px(2));
  }
  for (const auto& b : f.content.booths) {
    const auto* hall = f.content.hall(b.hall);
    if (hall && hall->venue == f.place.venue) {
      polygon(dl, v, b.outline, to_u32(f.colors.surface_alt), to_u32(f.colors.outline), 1.0f);
    }
  }
  const ImVec2 here = v.to_screen({f.place.map_x, f.place.map_y});
  if (mark) {  // a line from here to there, and the place itself, labelled below its marker
    const ImVec2 there = v.to_screen(mark->position);
    dl->AddLine(here, there, to_u32(f.colors.accent), f.px(6));
    dl->AddCircleFilled(there, f.px(16), to_u32(f.colors.live));
    const std::string label = "\xE2\x86\x93 " + mark->name.get(f.lang());  // ↓ name
    const ImVec2 ts = f.fonts.heading->CalcTextSizeA(f.fonts.heading->FontSize, 1e9f, 0, label.c_str());
    const ImVec2 at(there.x - ts.x / 2, there.y + f.px(30));
    dl->AddRectFilled(ImVec2(at.x - f.px(10), at.y - f.px(4)), ImVec2(at.x + ts.x + f.px(10), at.y + ts.y + f.px(4)),
                      to_u32(f.colors.live), f.px(8));
    dl->AddText(f.fonts.heading, f.fonts.heading->FontSize, at, to_u32(f.colors.primary_text), label.c_str());
  }
  draw_you_are_here(f, dl, v);
  dl->PopClipRect();
}

void draw_map(FrameContext& f) {
  const content::Hall* focus = f.content.hall(f.state.map_hall);
  const std::string venue = focus ? focus->venue : f.place.venue;
  const MapBounds bounds = venue_bounds(f, venue);
  const MapViewport vp{f.origin.x + f.px(32), f.origin.y + f.px(100), f.size.x - f.px(64), f.size.y - f.px(120)};
  ImGui::SetCursorScreenPos(ImVec2(vp.x, vp.y));
  ImGui::InvisibleButton("map-canvas", ImVec2(vp.w, vp.h));
  handle_gestures(f, bounds, vp, venue);
  const MapProjection proj(bounds, vp, f.state.map_camera);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(vp.x, vp.y), ImVec2(vp.x + vp.w, vp.y + vp.h), true);
  const View view{proj, proj.scale()};
  draw_halls_and_booths(f, dl, view, venue);
  if (venue == f.place.venue) draw_you_are_here(f, dl, view);
  dl->PopClipRect();

  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  const float h = f.px(68);
  const float cx = vp.x + vp.w / 2, cy = vp.y + vp.h / 2;
  if (tap_button("+##zoomin", ImVec2(h, h))) f.state.map_camera = zoom_about(f.state.map_camera, 1.25f, cx, cy, bounds, vp);
  ImGui::SameLine();
  if (tap_button("-##zoomout", ImVec2(h, h))) f.state.map_camera = zoom_about(f.state.map_camera, 0.8f, cx, cy, bounds, vp);
  ImGui::SameLine();
  if (tap_button(tr(Str::ResetMap, f.lang()), ImVec2(0, h))) f.state.map_camera = MapCamera{};
  for (const auto& v : f.content.venues) {
    ImGui::SameLine();
    if (tap_button(v.city.get(f.lang()).c_str(), ImVec2(0, h), v.id == venue)) {
      f.state.map_hall.clear();
      for (const auto& hall : f.content.halls) {
        if (hall.venue == v.id) {
          f.state.map_hall = hall.id;
          break;
        }
      }
      f.state.map_camera = MapCamera{};
    }
  }
}

}  // namespace marquee::ui
