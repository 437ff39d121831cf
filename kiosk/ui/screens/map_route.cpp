// The route on the map: a thick line per level with chevrons moving the way to walk, a marker
// where it changes level (saying how) and one where it ends; and the camera fitted to it.
#include <algorithm>
#include <cmath>

#include "ui/screens/map_canvas.hpp"
#include "ui/way_strings.hpp"
#include "wayfinding/step_text.hpp"

namespace marquee::ui {
namespace {

// A chevron every `spacing` pixels along the polyline, shifted by `phase` so they travel.
void chevrons(ImDrawList* dl, const std::vector<ImVec2>& pts, float spacing, float phase, float size, ImU32 colour,
              float thick) {
  float next = phase;  // distance along the line of the next chevron
  float walked = 0;
  for (std::size_t i = 1; i < pts.size(); ++i) {
    const ImVec2 a = pts[i - 1], b = pts[i];
    const float len = std::hypot(b.x - a.x, b.y - a.y);
    if (len < 1e-3f) continue;
    const ImVec2 d((b.x - a.x) / len, (b.y - a.y) / len), n(-d.y, d.x);
    while (next <= walked + len) {
      const float t = next - walked;
      const ImVec2 p(a.x + d.x * t, a.y + d.y * t);
      const ImVec2 tip(p.x + d.x * size * 0.5f, p.y + d.y * size * 0.5f);
      const ImVec2 l(p.x - d.x * size * 0.5f + n.x * size * 0.6f, p.y - d.y * size * 0.5f + n.y * size * 0.6f);
      const ImVec2 r(p.x - d.x * size * 0.5f - n.x * size * 0.6f, p.y - d.y * size * 0.5f - n.y * size * 0.6f);
      const ImVec2 chevron[] = {l, tip, r};
      dl->AddPolyline(chevron, 3, colour, 0, thick);
      next += spacing;
    }
    walked += len;
  }
}

void marker_label(FrameContext& f, ImDrawList* dl, ImVec2 at, const std::string& text, ImU32 bg, ImU32 fg) {
  ImFont* font = f.fonts.body;
  const ImVec2 ts = font->CalcTextSizeA(font->FontSize, 1e9f, 0, text.c_str());
  const float pad = f.px(10);
  ImVec2 p0(at.x - ts.x / 2 - pad, at.y - ts.y - f.px(34) - pad);
  const ImVec2 clip_min = dl->GetClipRectMin(), clip_max = dl->GetClipRectMax();
  if (p0.y < clip_min.y) p0.y = at.y + f.px(34);  // no room above the marker: below it
  p0.x = std::clamp(p0.x, clip_min.x, std::max(clip_min.x, clip_max.x - ts.x - 2 * pad));
  dl->AddRectFilled(p0, ImVec2(p0.x + ts.x + 2 * pad, p0.y + ts.y + 2 * pad), bg, f.px(10));
  dl->AddText(font, font->FontSize, ImVec2(p0.x + pad, p0.y + pad), fg, text.c_str());
}

// The step that leaves leg `leg` for another level ("Take the lift to level 2"), if any.
const wayfinding::Step* level_change_after(const wayfinding::Route& route, std::size_t leg) {
  for (const auto& s : route.steps) {
    const bool change = s.kind == wayfinding::StepKind::TakeLift || s.kind == wayfinding::StepKind::TakeStairs ||
                        s.kind == wayfinding::StepKind::TakeEscalator || s.kind == wayfinding::StepKind::TakeRamp;
    if (change && s.leg == leg) return &s;
  }
  return nullptr;
}

}  // namespace

void draw_route(FrameContext& f, ImDrawList* dl, const MapView& v, const wayfinding::Route& route,
                const std::string& level) {
  const ImU32 line = to_u32(f.colors.primary), ink = to_u32(f.colors.primary_text);
  const float phase = std::fmod(static_cast<float>(ImGui::GetTime()) * f.px(70), f.px(56));
  for (std::size_t i = 0; i < route.legs.size(); ++i) {
    const auto& leg = route.legs[i];
    if (!on_level(leg.level, level) || leg.points.empty()) continue;
    std::vector<ImVec2> pts;
    pts.reserve(leg.points.size());
    for (const auto& p : leg.points) pts.push_back(v.to_screen(p));
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), IM_COL32(0, 0, 0, 110), 0, f.px(20));
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), line, 0, f.px(14));
    chevrons(dl, pts, f.px(56), phase, f.px(12), ink, f.px(4));
    if (i > 0) dl->AddCircleFilled(pts.front(), f.px(12), line);  // where this level is entered
    if (i + 1 < route.legs.size()) {  // where it leaves this level, and how
      dl->AddCircleFilled(pts.back(), f.px(16), line);
      dl->AddCircle(pts.back(), f.px(16), ink, 24, f.px(4));
      if (const wayfinding::Step* s = level_change_after(route, i)) {
        marker_label(f, dl, pts.back(), wayfinding::step_text(*s, f.lang()), line, ink);
      }
    } else {  // the end
      const ImU32 end = to_u32(f.colors.accent);
      dl->AddCircleFilled(pts.back(), f.px(20), end);
      dl->AddCircle(pts.back(), f.px(28), end, 32, f.px(4));
      const std::string& name = route.target.name.get(f.lang());
      if (!name.empty()) marker_label(f, dl, pts.back(), name, end, to_u32(f.colors.primary_text));
    }
  }
}

void fit_route(FrameContext& f, const wayfinding::Route& route, const MapBounds& bounds, const MapViewport& vp) {
  if (route.legs.empty()) return;
  const int leg = std::clamp(f.state.route.leg, 0, static_cast<int>(route.legs.size()) - 1);
  MapBounds area{1e9f, 1e9f, -1e9f, -1e9f};
  for (const auto& p : route.legs[static_cast<std::size_t>(leg)].points) {
    area.x0 = std::min(area.x0, static_cast<float>(p.x)), area.y0 = std::min(area.y0, static_cast<float>(p.y));
    area.x1 = std::max(area.x1, static_cast<float>(p.x)), area.y1 = std::max(area.y1, static_cast<float>(p.y));
  }
  if (area.x1 < area.x0) return;
  // A short leg (a lift lobby to a door) still shows its surroundings: at least a tenth of the map.
  const float min_w = bounds.width() * 0.25f, min_h = bounds.height() * 0.25f;
  if (area.width() < min_w) area.x0 -= (min_w - area.width()) / 2, area.x1 = area.x0 + min_w;
  if (area.height() < min_h) area.y0 -= (min_h - area.height()) / 2, area.y1 = area.y0 + min_h;
  f.state.map_camera = fit_camera(area, bounds, vp);
  f.state.route.fit = false;
}

std::string walk_minutes_text(const FrameContext& f, const std::string& to) {
  if (!f.wayfinder || to.empty()) return {};
  const auto walk = f.wayfinder->walk(f.place.node, to, profile_of(f.state.route));
  if (!walk) return {};
  return std::to_string(std::max(1, walk->minutes())) + " " + tr(WayStr::MinutesShort, f.lang());
}

}  // namespace marquee::ui
