// Map: the hall drawn from the content's geometry, "you are here", the highlighted booth, and
// pan (drag) / zoom (pinch or buttons) by touch.
#include <algorithm>
#include <cmath>

#include "ui/frame_context.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {
namespace {

struct View {
  ImVec2 origin;
  float scale;
  ImVec2 to_screen(content::Point p) const {
    return ImVec2(origin.x + static_cast<float>(p.x) * scale, origin.y + static_cast<float>(p.y) * scale);
  }
};

// Bounds of every hall at the venue, so the whole venue fits the screen at zoom 1.
void venue_bounds(const FrameContext& f, const std::string& venue, float& x0, float& y0, float& x1,
                  float& y1) {
  x0 = y0 = 1e9f;
  x1 = y1 = -1e9f;
  for (const auto& h : f.content.halls) {
    if (h.venue != venue) continue;
    for (const auto& p : h.outline) {
      x0 = std::min(x0, static_cast<float>(p.x)), y0 = std::min(y0, static_cast<float>(p.y));
      x1 = std::max(x1, static_cast<float>(p.x)), y1 = std::max(y1, static_cast<float>(p.y));
    }
  }
  if (x1 < x0) x0 = y0 = 0, x1 = y1 = 1;
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

void draw_map(FrameContext& f) {
  const content::Hall* focus = f.content.hall(f.state.map_hall);
  const std::string venue = focus ? focus->venue : f.place.venue;
  float x0, y0, x1, y1;
  venue_bounds(f, venue, x0, y0, x1, y1);
  const ImVec2 area(f.size.x - f.px(64), f.size.y - f.px(120));
  const float fit = std::min(area.x / (x1 - x0), area.y / (y1 - y0));
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(100)));
  ImGui::InvisibleButton("map-canvas", area);
  if (ImGui::IsItemActive()) {
    f.state.map_pan_x += ImGui::GetIO().MouseDelta.x;
    f.state.map_pan_y += ImGui::GetIO().MouseDelta.y;
  }
  if (ImGui::IsItemHovered() && ImGui::GetIO().MouseWheel != 0) {
    f.state.map_zoom = std::clamp(f.state.map_zoom * (1.0f + 0.1f * ImGui::GetIO().MouseWheel), 0.5f, 6.0f);
  }
  const float scale = fit * f.state.map_zoom;
  const ImVec2 base(
      f.origin.x + f.px(32) + (area.x - (x1 - x0) * scale) / 2 - x0 * scale + f.state.map_pan_x,
      f.origin.y + f.px(100) + (area.y - (y1 - y0) * scale) / 2 - y0 * scale + f.state.map_pan_y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(100)),
                   ImVec2(f.origin.x + f.px(32) + area.x, f.origin.y + f.px(100) + area.y), true);
  const View view{base, scale};
  draw_halls_and_booths(f, dl, view, venue);
  if (venue == f.place.venue) draw_you_are_here(f, dl, view);
  dl->PopClipRect();

  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(32), f.origin.y + f.px(16)));
  const float h = f.px(68);
  if (tap_button("+##zoomin", ImVec2(h, h))) f.state.map_zoom = std::min(f.state.map_zoom * 1.25f, 6.0f);
  ImGui::SameLine();
  if (tap_button("-##zoomout", ImVec2(h, h))) f.state.map_zoom = std::max(f.state.map_zoom / 1.25f, 0.5f);
  ImGui::SameLine();
  if (tap_button(tr(Str::ResetMap, f.lang()), ImVec2(0, h))) {
    f.state.map_zoom = 1.0f;
    f.state.map_pan_x = f.state.map_pan_y = 0;
  }
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
      f.state.map_zoom = 1.0f;
      f.state.map_pan_x = f.state.map_pan_y = 0;
    }
  }
}

}  // namespace marquee::ui
