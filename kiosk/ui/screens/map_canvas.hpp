#pragma once
// The map screen's parts, shared by map.cpp (composition, gestures), map_layers.cpp (rooms,
// amenities, levels) and map_route.cpp (the route line and the directions panel).
#include <string>
#include <vector>

#include "ui/frame_context.hpp"
#include "ui/map_view.hpp"

namespace marquee::ui {

struct MapView {
  const MapProjection& projection;
  float scale;
  ImVec2 to_screen(content::Point p) const {
    ImVec2 out;
    projection.to_screen(p.x, p.y, out.x, out.y);
    return out;
  }
};

void map_polygon(ImDrawList* dl, const MapView& v, const content::Polygon& poly, ImU32 fill, ImU32 outline,
                 float thick);
content::Point polygon_centre(const content::Polygon& poly);
// Records a polygon's extent on screen as a tap area ("booth:<id>", "room:<id>") and returns it.
struct ScreenBox {
  ImVec2 lo{1e9f, 1e9f}, hi{-1e9f, -1e9f};
};
// A text on a rounded pill, so it stays readable over booths and lines.
void pill_text(ImDrawList* dl, ImFont* font, ImVec2 at, const std::string& text, ImU32 bg, ImU32 fg,
               float pad);
ScreenBox record_polygon_tap_area(const MapView& v, const content::Polygon& poly, const std::string& name);

// Levels of a venue, lowest floor first (empty on a map without floors).
std::vector<const content::Level*> venue_levels(const content::Content& c, const std::string& venue);
// The level the map shows: the visitor's choice, else the route's current leg, else the kiosk's
// own level (its venue) or the lowest floor (another venue); empty on a map without floors.
std::string shown_level(const FrameContext& f, const std::string& venue,
                        const wayfinding::RouteResult* route);
// True when the hall, booth or thing on `level_of` is drawn on `level` (no floors: always).
bool on_level(const std::string& level_of, const std::string& level);
bool hall_on_level(const content::Hall& h, const std::string& level);

// Rooms (with their names) and amenities (symbol and name) of one level; `target` is the place
// a route leads to, drawn highlighted. Each records a tap area ("room:<id>", "amenity:<id>").
void draw_rooms(FrameContext& f, ImDrawList* dl, const MapView& v, const std::string& level,
                const std::string& target);
// Amenity labels keep clear of `keep_clear` (the "You are here" pill; an empty box when the
// marker is not on this map).
void draw_amenities(FrameContext& f, ImDrawList* dl, const MapView& v, const std::string& level,
                    const std::string& target, const ScreenRect& keep_clear);
void draw_amenity_symbol(ImDrawList* dl, content::AmenityKind kind, ImVec2 c, float r);
// The amenity whose symbol is within `radius_px` of the screen point, on `level`.
const content::Amenity* amenity_near(const FrameContext& f, const MapView& v, const std::string& level,
                                     ImVec2 p, float radius_px);

// The parts of the route on `level`, animated in the walking direction, with where it changes
// level and where it ends.
void draw_route(FrameContext& f, ImDrawList* dl, const MapView& v, const wayfinding::Route& route,
                const std::string& level);
// Fits the camera to the route's shown leg (state.route.fit asked for it).
void fit_route(FrameContext& f, const wayfinding::Route& route, const MapBounds& bounds,
               const MapViewport& vp);
// The panel beside (landscape) or below (portrait) the map: the step-free toggle, then the
// directions, the card of a tapped room or amenity, or the Nearest buttons.
void draw_map_panel(FrameContext& f, ImVec2 min, ImVec2 max);
// Level chips ("Level 1", "Level 2") when the venue has several; true when one was tapped.
void draw_level_chips(FrameContext& f, const std::string& venue, const std::string& shown, float height,
                      float max_x);

}  // namespace marquee::ui
