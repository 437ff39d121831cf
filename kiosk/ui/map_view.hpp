#pragma once
// The map's camera, without ImGui: where the map sits in its viewport for a zoom and pan, how a
// pan is clamped so the map can never leave the view, zooming about a point (pinch centre,
// double-tap), and turning a screen point back into map coordinates for hit tests.
#include <cmath>
#include <optional>
#include <string>

#include "content/model.hpp"

namespace marquee::ui {

// One place for the zoom range: buttons, pinch, double-tap and the mouse wheel all use it.
inline constexpr float kMapMinZoom = 1.0f;
inline constexpr float kMapMaxZoom = 6.0f;

// How much a two-finger pinch zooms, per touch event: the touch layer reports the change in the
// fingers' distance as a fraction of the touch surface's size (SDL's multigesture dDist). Fingers
// spreading by 4% of the surface in one event zoom by 10%; the clamp to the zoom range comes later.
// One event never more than halves or doubles the zoom: a fast pinch-in reported as one large
// negative change must not give a zero or negative factor.
inline float pinch_zoom_factor(float spread_change) {
  if (!std::isfinite(spread_change)) return 1.0f;  // a broken touch driver's report changes nothing
  const float factor = 1.0f + 2.5f * spread_change;
  return factor < 0.5f ? 0.5f : (factor > 2.0f ? 2.0f : factor);
}

struct MapBounds {
  float x0 = 0, y0 = 0, x1 = 1, y1 = 1;  // map units
  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
};

struct MapViewport {
  float x = 0, y = 0, w = 1, h = 1;  // screen pixels
};

struct MapCamera {
  float zoom = 1.0f;
  float pan_x = 0, pan_y = 0;  // screen pixels from the centred position
};

class MapProjection {
 public:
  MapProjection(const MapBounds& bounds, const MapViewport& view, const MapCamera& camera);
  float scale() const { return scale_; }  // screen pixels per map unit
  void to_screen(double mx, double my, float& sx, float& sy) const;
  void to_map(float sx, float sy, double& mx, double& my) const;

 private:
  MapBounds bounds_;
  MapViewport view_;
  MapCamera camera_;
  float scale_ = 1;
};

// Keeps the zoom in range and the pan where the map still fills (or, smaller than the view,
// stays inside) the viewport: no drag or zoom can push it off screen.
MapCamera clamp_camera(MapCamera camera, const MapBounds& bounds, const MapViewport& view);
// Multiplies the zoom by `factor` keeping the map point under (sx, sy) where it is; clamped.
MapCamera zoom_about(MapCamera camera, float factor, float sx, float sy, const MapBounds& bounds,
                     const MapViewport& view);

// The camera that shows the map rectangle `area` (map units) whole and centred, with `margin`
// (0..1) of the view left around it; clamped like any other camera.
MapCamera fit_camera(const MapBounds& area, const MapBounds& bounds, const MapViewport& view, float margin = 0.15f);

// A box on screen, in pixels.
struct ScreenRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  bool overlaps(const ScreenRect& o) const {
    return !empty() && !o.empty() && x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
  }
};

// Where a w x h label goes beside a symbol of radius r centred at (cx, cy), `gap` away from it:
// to the right, else to the left, below or above, whichever first stays clear of `avoid` (the
// kiosk's own "You are here", which usually stands on the entrance's symbol); to the right when
// none is clear.
ScreenRect label_beside(float cx, float cy, float r, float w, float h, float gap, const ScreenRect& avoid);

// The booth whose outline contains the map point, if any, among the halls of `venue`.
const content::Booth* booth_at(const content::Content& c, const std::string& venue, double mx, double my);
// The map room (a session's room) on `level` whose outline contains the map point, if any.
const content::MapRoom* room_at(const content::Content& c, const std::string& level, double mx, double my);
// The exhibitor standing at a booth, if any.
const content::Exhibitor* exhibitor_at_booth(const content::Content& c, const std::string& booth_id);
bool polygon_contains(const content::Polygon& poly, double x, double y);

}  // namespace marquee::ui
