#include "ui/map_view.hpp"

#include <algorithm>
#include <cmath>

namespace marquee::ui {
namespace {

float fit_scale(const MapBounds& b, const MapViewport& v) {
  return std::min(v.w / std::max(b.width(), 1e-3f), v.h / std::max(b.height(), 1e-3f));
}

// How far the pan may go on one axis: a map larger than the view may slide until its edge meets
// the view's edge; a smaller one may slide until it touches the view's edge.
float pan_limit(float map_px, float view_px) {
  return std::fabs(map_px - view_px) / 2;
}

}  // namespace

MapProjection::MapProjection(const MapBounds& bounds, const MapViewport& view, const MapCamera& camera)
    : bounds_(bounds), view_(view), camera_(camera), scale_(fit_scale(bounds, view) * camera.zoom) {}

void MapProjection::to_screen(double mx, double my, float& sx, float& sy) const {
  const float cx = view_.x + view_.w / 2 + camera_.pan_x, cy = view_.y + view_.h / 2 + camera_.pan_y;
  sx = cx + (static_cast<float>(mx) - (bounds_.x0 + bounds_.x1) / 2) * scale_;
  sy = cy + (static_cast<float>(my) - (bounds_.y0 + bounds_.y1) / 2) * scale_;
}

void MapProjection::to_map(float sx, float sy, double& mx, double& my) const {
  const float cx = view_.x + view_.w / 2 + camera_.pan_x, cy = view_.y + view_.h / 2 + camera_.pan_y;
  mx = (bounds_.x0 + bounds_.x1) / 2 + (sx - cx) / scale_;
  my = (bounds_.y0 + bounds_.y1) / 2 + (sy - cy) / scale_;
}

MapCamera clamp_camera(MapCamera camera, const MapBounds& bounds, const MapViewport& view) {
  if (!std::isfinite(camera.zoom)) camera.zoom = kMapMinZoom;
  if (!std::isfinite(camera.pan_x)) camera.pan_x = 0;
  if (!std::isfinite(camera.pan_y)) camera.pan_y = 0;
  camera.zoom = std::clamp(camera.zoom, kMapMinZoom, kMapMaxZoom);
  const float s = fit_scale(bounds, view) * camera.zoom;
  const float lx = pan_limit(bounds.width() * s, view.w), ly = pan_limit(bounds.height() * s, view.h);
  camera.pan_x = std::clamp(camera.pan_x, -lx, lx);
  camera.pan_y = std::clamp(camera.pan_y, -ly, ly);
  return camera;
}

MapCamera zoom_about(MapCamera camera, float factor, float sx, float sy, const MapBounds& bounds,
                     const MapViewport& view) {
  const float before = camera.zoom;
  const float after = std::clamp(before * factor, kMapMinZoom, kMapMaxZoom);
  if (!(after > 0) || before <= 0) return clamp_camera(camera, bounds, view);
  // The point under the finger stays put: its offset from the map's centre scales with the zoom.
  const float cx = view.x + view.w / 2, cy = view.y + view.h / 2;
  const float ratio = after / before;
  camera.pan_x = (sx - cx) - (sx - cx - camera.pan_x) * ratio;
  camera.pan_y = (sy - cy) - (sy - cy - camera.pan_y) * ratio;
  camera.zoom = after;
  return clamp_camera(camera, bounds, view);
}

MapCamera fit_camera(const MapBounds& area, const MapBounds& bounds, const MapViewport& view, float margin) {
  const float base = fit_scale(bounds, view);
  const float keep = std::clamp(1.0f - margin, 0.1f, 1.0f);
  const float zoom = std::min(view.w * keep / std::max(area.width() * base, 1e-3f),
                              view.h * keep / std::max(area.height() * base, 1e-3f));
  MapCamera camera;
  camera.zoom = std::clamp(zoom, kMapMinZoom, kMapMaxZoom);
  const float s = base * camera.zoom;
  // MapProjection puts the bounds' centre at the view's centre plus the pan: move the area's there.
  camera.pan_x = -((area.x0 + area.x1) / 2 - (bounds.x0 + bounds.x1) / 2) * s;
  camera.pan_y = -((area.y0 + area.y1) / 2 - (bounds.y0 + bounds.y1) / 2) * s;
  return clamp_camera(camera, bounds, view);
}

ScreenRect label_beside(float cx, float cy, float r, float w, float h, float gap, const ScreenRect& avoid) {
  const ScreenRect right{cx + r + gap, cy - h / 2, cx + r + gap + w, cy + h / 2};
  const ScreenRect candidates[] = {
      right,
      {cx - r - gap - w, cy - h / 2, cx - r - gap, cy + h / 2},  // left
      {cx - w / 2, cy + r + gap, cx + w / 2, cy + r + gap + h},  // below
      {cx - w / 2, cy - r - gap - h, cx + w / 2, cy - r - gap},  // above
  };
  for (const ScreenRect& c : candidates)
    if (!c.overlaps(avoid)) return c;
  return right;
}

bool polygon_contains(const content::Polygon& poly, double x, double y) {
  bool inside = false;  // even-odd crossing test: works for any simple polygon, convex or not
  for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
    const auto& a = poly[i];
    const auto& b = poly[j];
    if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

const content::Booth* booth_at(const content::Content& c, const std::string& venue, double mx, double my) {
  for (const auto& b : c.booths) {
    const auto* hall = c.hall(b.hall);
    if (hall && hall->venue == venue && !b.outline.empty() && polygon_contains(b.outline, mx, my)) return &b;
  }
  return nullptr;
}

const content::MapRoom* room_at(const content::Content& c, const std::string& level, double mx, double my) {
  for (const auto& r : c.walking.rooms) {
    if (r.level == level && !r.outline.empty() && polygon_contains(r.outline, mx, my)) return &r;
  }
  return nullptr;
}

const content::Exhibitor* exhibitor_at_booth(const content::Content& c, const std::string& booth_id) {
  for (const auto& e : c.exhibitors) {
    if (e.booth == booth_id) return &e;
  }
  return nullptr;
}

}  // namespace marquee::ui
