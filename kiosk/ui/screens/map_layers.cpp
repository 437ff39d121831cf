// The map's floors: which level shows, level chips, session rooms and amenity symbols.
#include <algorithm>
#include <cmath>

#include "ui/screens/map_canvas.hpp"
#include "ui/tap_targets.hpp"
#include "ui/way_strings.hpp"

namespace marquee::ui {

ScreenBox record_polygon_tap_area(const MapView& v, const content::Polygon& poly, const std::string& name) {
  ScreenBox box;
  if (poly.empty()) return box;
  for (const auto& p : poly) {
    const ImVec2 s = v.to_screen(p);
    box.lo = ImVec2(std::min(box.lo.x, s.x), std::min(box.lo.y, s.y));
    box.hi = ImVec2(std::max(box.hi.x, s.x), std::max(box.hi.y, s.y));
  }
  record_tap_area(name, box.lo, box.hi);
  return box;
}

void map_polygon(ImDrawList* dl, const MapView& v, const content::Polygon& poly, ImU32 fill, ImU32 outline,
                 float thick) {
  std::vector<ImVec2> pts;
  pts.reserve(poly.size());
  for (const auto& p : poly) pts.push_back(v.to_screen(p));
  dl->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), fill);
  dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), outline, ImDrawFlags_Closed, thick);
}

void pill_text(ImDrawList* dl, ImFont* font, ImVec2 at, const std::string& text, ImU32 bg, ImU32 fg,
               float pad) {
  const ImVec2 ts = font->CalcTextSizeA(font->FontSize, 1e9f, 0, text.c_str());
  dl->AddRectFilled(ImVec2(at.x - pad, at.y - pad / 2), ImVec2(at.x + ts.x + pad, at.y + ts.y + pad / 2), bg,
                    pad);
  dl->AddText(font, font->FontSize, at, fg, text.c_str());
}

content::Point polygon_centre(const content::Polygon& poly) {
  content::Point c;
  if (poly.empty()) return c;
  for (const auto& p : poly) c.x += p.x, c.y += p.y;
  c.x /= static_cast<double>(poly.size());
  c.y /= static_cast<double>(poly.size());
  return c;
}

std::vector<const content::Level*> venue_levels(const content::Content& c, const std::string& venue) {
  std::vector<const content::Level*> out;
  for (const auto& l : c.walking.levels) {
    if (l.venue == venue) out.push_back(&l);
  }
  std::stable_sort(out.begin(), out.end(), [](auto* a, auto* b) { return a->floor < b->floor; });
  return out;
}

std::string shown_level(const FrameContext& f, const std::string& venue,
                        const wayfinding::RouteResult* route) {
  const auto levels = venue_levels(f.content, venue);
  if (levels.empty()) return {};
  auto at_venue = [&](const std::string& id) {
    return std::any_of(levels.begin(), levels.end(), [&](auto* l) { return l->id == id; });
  };
  if (at_venue(f.state.map_level)) return f.state.map_level;
  if (route && *route && !route->route.legs.empty()) {
    const auto& legs = route->route.legs;
    const auto& leg =
        legs[static_cast<std::size_t>(std::clamp(f.state.route.leg, 0, static_cast<int>(legs.size()) - 1))];
    if (at_venue(leg.level)) return leg.level;
  }
  if (const auto* n = f.content.walking.node(f.place.node); n && at_venue(n->level)) return n->level;
  return levels.front()->id;
}

bool on_level(const std::string& level_of, const std::string& level) {
  return level.empty() || level_of.empty() || level_of == level;
}

bool hall_on_level(const content::Hall& h, const std::string& level) {
  return level.empty() || h.levels.empty() ||
         std::find(h.levels.begin(), h.levels.end(), level) != h.levels.end();
}

void draw_level_chips(FrameContext& f, const std::string& venue, const std::string& shown, float height,
                      float max_x) {
  const auto levels = venue_levels(f.content, venue);
  if (levels.size() < 2) return;
  for (const content::Level* l : levels) {
    const std::string name = l->name.empty() ? l->label : l->name.get(f.lang());
    const std::string label = name + "##level-" + l->id;
    flow_same_line(name.c_str(), max_x);
    if (tap_button(label.c_str(), ImVec2(0, height), l->id == shown)) {
      f.state.map_level = l->id;
      f.state.map_place.clear();
    }
  }
}

namespace {

ImU32 kind_colour(content::AmenityKind kind) {
  using K = content::AmenityKind;
  switch (kind) {
    case K::Restroom:
      return IM_COL32(30, 110, 200, 255);
    case K::AccessibleRestroom:
      return IM_COL32(20, 70, 170, 255);
    case K::Exit:
      return IM_COL32(30, 150, 70, 255);
    case K::FirstAid:
      return IM_COL32(255, 255, 255, 255);
    case K::Information:
      return IM_COL32(0, 140, 200, 255);
    case K::Food:
      return IM_COL32(230, 110, 20, 255);
    case K::PrayerRoom:
      return IM_COL32(120, 60, 170, 255);
    case K::Charging:
      return IM_COL32(250, 190, 30, 255);
  }
  return IM_COL32(128, 128, 128, 255);
}

}  // namespace

// Pictograms drawn from shapes (no icon font): a person for restrooms, a wheelchair, an arrow
// leaving a door, a red cross, an "i", fork and knife, an arch, a lightning bolt.
void draw_amenity_symbol(ImDrawList* dl, content::AmenityKind kind, ImVec2 c, float r) {
  using K = content::AmenityKind;
  const ImU32 white = IM_COL32(255, 255, 255, 255), ink = IM_COL32(20, 20, 20, 255);
  dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), kind_colour(kind), r * 0.25f);
  dl->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), IM_COL32(255, 255, 255, 200), r * 0.25f, 0,
              std::max(1.0f, r * 0.06f));
  const float t = std::max(1.5f, r * 0.14f);
  switch (kind) {
    case K::Restroom:  // two figures
      for (float dx : {-0.38f, 0.38f}) {
        dl->AddCircleFilled(ImVec2(c.x + dx * r, c.y - 0.45f * r), 0.16f * r, white);
        dl->AddRectFilled(ImVec2(c.x + (dx - 0.17f) * r, c.y - 0.22f * r),
                          ImVec2(c.x + (dx + 0.17f) * r, c.y + 0.7f * r), white, 0.08f * r);
      }
      break;
    case K::AccessibleRestroom:  // a wheelchair user
      dl->AddCircleFilled(ImVec2(c.x - 0.05f * r, c.y - 0.6f * r), 0.15f * r, white);
      dl->AddLine(ImVec2(c.x - 0.1f * r, c.y - 0.4f * r), ImVec2(c.x - 0.1f * r, c.y + 0.1f * r), white, t);
      dl->AddLine(ImVec2(c.x - 0.1f * r, c.y + 0.1f * r), ImVec2(c.x + 0.35f * r, c.y + 0.1f * r), white, t);
      dl->AddLine(ImVec2(c.x + 0.35f * r, c.y + 0.1f * r), ImVec2(c.x + 0.55f * r, c.y + 0.55f * r), white,
                  t);
      dl->AddCircle(ImVec2(c.x - 0.15f * r, c.y + 0.35f * r), 0.42f * r, white, 16, t);
      break;
    case K::Exit:  // a door and an arrow out of it
      dl->AddRect(ImVec2(c.x - 0.65f * r, c.y - 0.7f * r), ImVec2(c.x - 0.05f * r, c.y + 0.7f * r), white, 0,
                  0, t);
      dl->AddLine(ImVec2(c.x - 0.35f * r, c.y), ImVec2(c.x + 0.45f * r, c.y), white, t * 1.3f);
      dl->AddTriangleFilled(ImVec2(c.x + 0.75f * r, c.y), ImVec2(c.x + 0.35f * r, c.y - 0.35f * r),
                            ImVec2(c.x + 0.35f * r, c.y + 0.35f * r), white);
      break;
    case K::FirstAid: {  // a red cross on white
      const ImU32 red = IM_COL32(210, 30, 40, 255);
      dl->AddRectFilled(ImVec2(c.x - 0.2f * r, c.y - 0.65f * r), ImVec2(c.x + 0.2f * r, c.y + 0.65f * r),
                        red);
      dl->AddRectFilled(ImVec2(c.x - 0.65f * r, c.y - 0.2f * r), ImVec2(c.x + 0.65f * r, c.y + 0.2f * r),
                        red);
      break;
    }
    case K::Information:  // "i"
      dl->AddCircleFilled(ImVec2(c.x, c.y - 0.5f * r), 0.15f * r, white);
      dl->AddRectFilled(ImVec2(c.x - 0.13f * r, c.y - 0.2f * r), ImVec2(c.x + 0.13f * r, c.y + 0.65f * r),
                        white);
      break;
    case K::Food:  // fork and knife
      dl->AddLine(ImVec2(c.x - 0.35f * r, c.y - 0.65f * r), ImVec2(c.x - 0.35f * r, c.y + 0.7f * r), white,
                  t);
      for (float dx : {-0.55f, -0.15f})
        dl->AddLine(ImVec2(c.x + dx * r, c.y - 0.65f * r), ImVec2(c.x + dx * r, c.y - 0.2f * r), white,
                    t * 0.7f);
      dl->AddLine(ImVec2(c.x - 0.55f * r, c.y - 0.2f * r), ImVec2(c.x - 0.15f * r, c.y - 0.2f * r), white,
                  t * 0.7f);
      dl->AddRectFilled(ImVec2(c.x + 0.25f * r, c.y - 0.65f * r), ImVec2(c.x + 0.5f * r, c.y), white,
                        0.1f * r);
      dl->AddLine(ImVec2(c.x + 0.38f * r, c.y), ImVec2(c.x + 0.38f * r, c.y + 0.7f * r), white, t);
      break;
    case K::PrayerRoom:  // a quiet room: an arch over a mat
      dl->PathArcTo(ImVec2(c.x, c.y - 0.05f * r), 0.45f * r, 3.14159f, 2 * 3.14159f, 12);
      dl->PathLineTo(ImVec2(c.x + 0.45f * r, c.y + 0.45f * r));
      dl->PathLineTo(ImVec2(c.x - 0.45f * r, c.y + 0.45f * r));
      dl->PathStroke(white, ImDrawFlags_Closed, t);
      dl->AddLine(ImVec2(c.x - 0.7f * r, c.y + 0.65f * r), ImVec2(c.x + 0.7f * r, c.y + 0.65f * r), white, t);
      break;
    case K::Charging: {  // a lightning bolt
      const ImVec2 bolt[] = {{c.x + 0.15f * r, c.y - 0.75f * r}, {c.x - 0.4f * r, c.y + 0.1f * r},
                             {c.x - 0.02f * r, c.y + 0.1f * r},  {c.x - 0.15f * r, c.y + 0.75f * r},
                             {c.x + 0.4f * r, c.y - 0.1f * r},   {c.x + 0.02f * r, c.y - 0.1f * r}};
      dl->AddTriangleFilled(bolt[0], bolt[1], bolt[2], ink);
      dl->AddTriangleFilled(bolt[3], bolt[4], bolt[5], ink);
      dl->AddQuadFilled(bolt[0], bolt[2], bolt[3], bolt[5], ink);
      break;
    }
  }
}

void draw_rooms(FrameContext& f, ImDrawList* dl, const MapView& v, const std::string& level,
                const std::string& target) {
  for (const auto& r : f.content.walking.rooms) {
    if (!on_level(r.level, level) || r.outline.empty()) continue;
    const bool hot = r.id == target || r.id == f.state.map_place;
    // Opaque, mixed here: a large translucent fill costs the software rasteriser a blend per pixel.
    const ImVec4 tint = hot ? f.colors.accent : f.colors.primary, base = f.colors.surface;
    const float a = hot ? 0.45f : 0.22f;
    const ImVec4 fill(base.x + (tint.x - base.x) * a, base.y + (tint.y - base.y) * a,
                      base.z + (tint.z - base.z) * a, 1.0f);
    map_polygon(dl, v, r.outline, to_u32(fill), to_u32(hot ? f.colors.accent : f.colors.primary),
                f.px(hot ? 4 : 2));
    const auto [lo, hi] = record_polygon_tap_area(v, r.outline, "room:" + r.id);
    const content::Room* room = f.content.room(r.id);
    // A room that is a whole hall (a keynote in an exhibition hall) is named by the hall's pill;
    // its own label would sit under the booths, peeking out between them.
    if (!room || f.content.hall(r.id)) continue;
    const std::string& name = room->name.get(f.lang());
    ImFont* font = fitting_font(name.c_str(), hi.x - lo.x - f.px(12), {f.fonts.body, f.fonts.small});
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, 1e9f, 0, name.c_str());
    const ImVec2 c = v.to_screen(polygon_centre(r.outline));
    const ImVec4 clip(lo.x, lo.y, hi.x, hi.y);
    dl->AddText(font, font->FontSize, ImVec2(c.x - ts.x / 2, c.y - ts.y / 2), to_u32(f.colors.text),
                name.c_str(), nullptr, 0, &clip);
  }
}

void draw_amenities(FrameContext& f, ImDrawList* dl, const MapView& v, const std::string& level,
                    const std::string& target, const ScreenRect& keep_clear) {
  const float r = f.px(22);
  for (const auto& a : f.content.walking.amenities) {
    if (!on_level(a.level, level)) continue;
    const ImVec2 c = v.to_screen(a.position);
    const bool hot = a.id == target || a.id == f.state.map_place;
    if (hot)
      dl->AddCircleFilled(c, r * 1.9f,
                          to_u32(ImVec4(f.colors.accent.x, f.colors.accent.y, f.colors.accent.z, 0.55f)));
    draw_amenity_symbol(dl, a.kind, c, r);
    record_tap_area("amenity:" + a.id, ImVec2(c.x - r * 1.5f, c.y - r * 1.5f),
                    ImVec2(c.x + r * 1.5f, c.y + r * 1.5f));
    // The pill is the text plus `pad` each side and half of it above and below (pill_text).
    const std::string& name = a.name.get(f.lang());
    const float pad = f.px(6);
    const ImVec2 ts = f.fonts.small->CalcTextSizeA(f.fonts.small->FontSize, 1e9f, 0, name.c_str());
    const ScreenRect box = label_beside(c.x, c.y, r, ts.x + 2 * pad, ts.y + pad, f.px(10) - pad, keep_clear);
    pill_text(dl, f.fonts.small, ImVec2(box.x0 + pad, box.y0 + pad / 2), name,
              to_u32(ImVec4(f.colors.background.x, f.colors.background.y, f.colors.background.z, 0.8f)),
              to_u32(f.colors.text), pad);
  }
}

const content::Amenity* amenity_near(const FrameContext& f, const MapView& v, const std::string& level,
                                     ImVec2 p, float radius_px) {
  const content::Amenity* best = nullptr;
  float best_d = radius_px * radius_px;
  for (const auto& a : f.content.walking.amenities) {
    if (!on_level(a.level, level)) continue;
    const ImVec2 c = v.to_screen(a.position);
    const float d = (c.x - p.x) * (c.x - p.x) + (c.y - p.y) * (c.y - p.y);
    if (d <= best_d) best_d = d, best = &a;
  }
  return best;
}

}  // namespace marquee::ui
