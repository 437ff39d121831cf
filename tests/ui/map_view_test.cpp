// The map camera: clamping keeps the map on screen whatever the pan or zoom, zooming keeps the
// point under the finger still, and hit tests find the booth under a point.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "ui/map_view.hpp"

namespace marquee::ui {
namespace {

const MapBounds kBounds{0, 0, 1000, 500};       // a 2:1 hall
const MapViewport kView{100, 50, 1600, 800};   // fits exactly at zoom 1 (scale 1.6)

// Where the map's corners land on screen.
void corners(const MapCamera& cam, float& left, float& top, float& right, float& bottom) {
  const MapProjection p(kBounds, kView, cam);
  p.to_screen(kBounds.x0, kBounds.y0, left, top);
  p.to_screen(kBounds.x1, kBounds.y1, right, bottom);
}

TEST(MapCamera, AtZoomOneTheMapFillsTheViewAndCannotBePannedAway) {
  const MapCamera cam = clamp_camera(MapCamera{1.0f, 5000, -5000}, kBounds, kView);
  EXPECT_FLOAT_EQ(cam.pan_x, 0);
  EXPECT_FLOAT_EQ(cam.pan_y, 0);
  float l, t, r, b;
  corners(cam, l, t, r, b);
  EXPECT_NEAR(l, kView.x, 0.01);
  EXPECT_NEAR(r, kView.x + kView.w, 0.01);
}

TEST(MapCamera, ZoomedInThePanStopsAtTheMapsEdge) {
  for (float pan : {-1e6f, -300.0f, 0.0f, 300.0f, 1e6f}) {
    const MapCamera cam = clamp_camera(MapCamera{3.0f, pan, pan}, kBounds, kView);
    float l, t, r, b;
    corners(cam, l, t, r, b);
    // The view always shows map: the map's edges never come inside the view's edges.
    EXPECT_LE(l, kView.x + 0.01) << pan;
    EXPECT_GE(r, kView.x + kView.w - 0.01) << pan;
    EXPECT_LE(t, kView.y + 0.01) << pan;
    EXPECT_GE(b, kView.y + kView.h - 0.01) << pan;
  }
}

TEST(MapCamera, ZoomIsKeptInRangeAndNonsenseIsRepaired) {
  EXPECT_FLOAT_EQ(clamp_camera(MapCamera{100.0f, 0, 0}, kBounds, kView).zoom, kMapMaxZoom);
  EXPECT_FLOAT_EQ(clamp_camera(MapCamera{0.01f, 0, 0}, kBounds, kView).zoom, kMapMinZoom);
  const MapCamera nan = clamp_camera(MapCamera{NAN, NAN, INFINITY}, kBounds, kView);
  EXPECT_FLOAT_EQ(nan.zoom, kMapMinZoom);
  EXPECT_FLOAT_EQ(nan.pan_x, 0);
  EXPECT_FLOAT_EQ(nan.pan_y, 0);
}

TEST(MapCamera, ZoomAboutKeepsThePointUnderTheFingerStill) {
  const float fx = 500, fy = 300;  // a finger left of and above the view's centre
  double mx0, my0, mx1, my1;
  MapProjection(kBounds, kView, MapCamera{}).to_map(fx, fy, mx0, my0);
  const MapCamera zoomed = zoom_about(MapCamera{}, 2.0f, fx, fy, kBounds, kView);
  EXPECT_FLOAT_EQ(zoomed.zoom, 2.0f);
  MapProjection(kBounds, kView, zoomed).to_map(fx, fy, mx1, my1);
  EXPECT_NEAR(mx0, mx1, 1e-3);
  EXPECT_NEAR(my0, my1, 1e-3);
}

TEST(MapCamera, ScreenAndMapCoordinatesRoundTrip) {
  const MapProjection p(kBounds, kView, MapCamera{2.5f, -120, 40});
  float sx, sy;
  double mx, my;
  p.to_screen(321, 123, sx, sy);
  p.to_map(sx, sy, mx, my);
  EXPECT_NEAR(mx, 321, 1e-3);
  EXPECT_NEAR(my, 123, 1e-3);
}

TEST(MapHitTest, PolygonContainsWorksForConcaveShapes) {
  // An L-shaped booth: the notch is outside.
  const content::Polygon l = {{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 10}, {0, 10}};
  EXPECT_TRUE(polygon_contains(l, 2, 8));
  EXPECT_TRUE(polygon_contains(l, 8, 2));
  EXPECT_FALSE(polygon_contains(l, 8, 8));
  EXPECT_FALSE(polygon_contains(l, -1, 5));
}

TEST(MapHitTest, FindsTheBoothAndItsExhibitorAtAVenueOnly) {
  content::Content c;
  c.halls.push_back({"h1", "bj", {}, {{0, 0}, {100, 0}, {100, 100}, {0, 100}}, {}});
  c.halls.push_back({"h2", "bcn", {}, {{0, 0}, {100, 0}, {100, 100}, {0, 100}}, {}});
  c.booths.push_back({"b1", "h1", "A-1", {{10, 10}, {30, 10}, {30, 30}, {10, 30}}, "", ""});
  c.booths.push_back({"b2", "h2", "B-1", {{10, 10}, {30, 10}, {30, 30}, {10, 30}}, "", ""});
  content::Exhibitor e;
  e.id = "acme";
  e.booth = "b1";
  c.exhibitors.push_back(e);
  c.build_indexes();
  const content::Booth* hit = booth_at(c, "bj", 20, 20);
  ASSERT_NE(hit, nullptr);
  EXPECT_EQ(hit->id, "b1");
  EXPECT_EQ(booth_at(c, "bcn", 20, 20)->id, "b2");
  EXPECT_EQ(booth_at(c, "bj", 50, 50), nullptr);
  ASSERT_NE(exhibitor_at_booth(c, "b1"), nullptr);
  EXPECT_EQ(exhibitor_at_booth(c, "b1")->id, "acme");
  EXPECT_EQ(exhibitor_at_booth(c, "b2"), nullptr);
}

TEST(MapCamera, FitCameraCentresAnAreaAndShowsItWhole) {
  const MapBounds area{600, 100, 800, 200};  // a route leg in the right half
  const MapCamera cam = fit_camera(area, kBounds, kView, 0.2f);
  const MapProjection p(kBounds, kView, cam);
  float x0, y0, x1, y1;
  p.to_screen(area.x0, area.y0, x0, y0);
  p.to_screen(area.x1, area.y1, x1, y1);
  EXPECT_GE(x0, kView.x);
  EXPECT_LE(x1, kView.x + kView.w);
  EXPECT_GE(y0, kView.y);
  EXPECT_LE(y1, kView.y + kView.h);
  EXPECT_GT(cam.zoom, 1.0f) << "a small area is zoomed into";
  // Centred unless clamping at the map's edge stopped the pan.
  const MapCamera free = fit_camera(MapBounds{400, 200, 600, 300}, kBounds, kView, 0.2f);
  const MapProjection q(kBounds, kView, free);
  float cx, cy;
  q.to_screen(500, 250, cx, cy);
  EXPECT_NEAR(cx, kView.x + kView.w / 2, 0.5f);
  EXPECT_NEAR(cy, kView.y + kView.h / 2, 0.5f);
  // The whole map (or more) is zoom 1.
  EXPECT_FLOAT_EQ(fit_camera(kBounds, kBounds, kView, 0).zoom, 1.0f);
}

TEST(MapView, PinchZoomsInProportionToTheSpreadAndNeverFlipsTheMap) {
  EXPECT_FLOAT_EQ(pinch_zoom_factor(0), 1.0f);
  EXPECT_NEAR(pinch_zoom_factor(0.04f), 1.1f, 1e-6);   // fingers 4% of the surface further apart
  EXPECT_NEAR(pinch_zoom_factor(-0.04f), 0.9f, 1e-6);  // closer together
  EXPECT_FLOAT_EQ(pinch_zoom_factor(-0.6f), 0.5f) << "a fast pinch-in in one event halves at most";
  EXPECT_FLOAT_EQ(pinch_zoom_factor(3.0f), 2.0f);
  EXPECT_FLOAT_EQ(pinch_zoom_factor(std::numeric_limits<float>::infinity()), 1.0f);
  EXPECT_FLOAT_EQ(pinch_zoom_factor(std::numeric_limits<float>::quiet_NaN()), 1.0f);
}

TEST(MapView, AmenityLabelsGoBesideTheSymbolAndKeepClearOfYouAreHere) {
  // A symbol of radius 20 at (500, 300), a 120 x 30 label, 4 px from it.
  const ScreenRect nothing{};
  const ScreenRect right = label_beside(500, 300, 20, 120, 30, 4, nothing);
  EXPECT_FLOAT_EQ(right.x0, 524);
  EXPECT_FLOAT_EQ(right.x1, 644);
  EXPECT_FLOAT_EQ(right.y0, 285);
  EXPECT_FLOAT_EQ(right.y1, 315);
  // The kiosk stands on this symbol: its "You are here" pill covers the right-hand side.
  const ScreenRect here{522, 285, 700, 315};
  const ScreenRect moved = label_beside(500, 300, 20, 120, 30, 4, here);
  EXPECT_FALSE(moved.overlaps(here));
  EXPECT_FLOAT_EQ(moved.x1, 476) << "to the left of the symbol";
  // Wider than the left side too: below.
  const ScreenRect wide{300, 280, 700, 320};
  const ScreenRect below = label_beside(500, 300, 20, 120, 30, 4, wide);
  EXPECT_FALSE(below.overlaps(wide));
  EXPECT_FLOAT_EQ(below.y0, 324);
  // Nowhere clear: the usual place.
  const ScreenRect everywhere{0, 0, 2000, 2000};
  EXPECT_FLOAT_EQ(label_beside(500, 300, 20, 120, 30, 4, everywhere).x0, 524);
}

}  // namespace
}  // namespace marquee::ui
