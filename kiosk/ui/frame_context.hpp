#pragma once
// Everything a screen needs to draw one frame. Screens read it and change only UiState (what is
// selected, which screen is showing); they never touch the content, files or the network.
#include <imgui.h>

#include <initializer_list>
#include <optional>
#include <string_view>

#include "content/model.hpp"
#include "ui/fonts.hpp"
#include "ui/images.hpp"
#include "ui/layout_scale.hpp"
#include "ui/qr_code.hpp"
#include "ui/route_cache.hpp"
#include "ui/schedule_rows.hpp"
#include "ui/search_results.hpp"
#include "ui/show_scene.hpp"
#include "ui/theme.hpp"
#include "ui/ui_state.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::ui {

struct FrameContext {
  const content::Content& content;
  UiState& state;
  const KioskPlace& place;
  const FontSet& fonts;
  const Palette& colors;
  core::WallTime now;
  float scale;                            // 1.0 at 1920x1080 (and at 1080x1920 portrait)
  bool portrait;                          // taller than wide: columns stack
  ImVec2 origin;                          // top-left of the screen's content area
  ImVec2 size;                            // size of the screen's content area
  SearchResultsCache* results = nullptr;  // owned by KioskUi; lives across frames
  const content::search::SearchIndex* search_index = nullptr;
  ScheduleRowsCache* schedule_rows = nullptr;  // owned by KioskUi; lives across frames
  const ImageLookup* images = nullptr;         // owned by KioskUi; may be empty (no pictures)
  // Routes from this kiosk's node (place.node), precomputed off the UI thread; null until they
  // arrive, or when the content has no walking graph.
  const wayfinding::Wayfinder* wayfinder = nullptr;
  RouteCache* routes = nullptr;  // owned by KioskUi: the route the map draws
  QrCache* qr = nullptr;         // owned by KioskUi: encoded QR codes
  float dpi = 0;                 // display pixels per inch; 0: unknown
  content::Lang lang() const { return state.lang; }
  float px(float v) const { return v * scale * (state.large_text ? 1.25f : 1.0f); }
  const content::Venue* venue() const { return content.venue(place.venue); }
  // The route the visitor asked for (state.route), or null: none asked, or routes not there yet.
  const wayfinding::RouteResult* route() const {
    return routes ? routes->get(wayfinder, place.node, state.route) : nullptr;
  }
  // A content image (logo, photo, banner, key visual) fitted into a box of this many pixels;
  // empty while it is being decoded, or when the content has none.
  ImageRef image(const std::string& asset, ImVec2 box) const {
    if (!images || !*images || asset.empty() || box.x < 1 || box.y < 1) return {};
    return (*images)(asset, static_cast<int>(box.x + 0.5f), static_cast<int>(box.y + 0.5f));
  }
};

// Shared widgets (widgets.cpp).
// A button that fires on a tap, not at the end of a drag (so scrolling never presses buttons).
bool tap_button(const char* label, ImVec2 size, bool selected = false);
// A toggle showing a symbol with a caption under it ("Aa" / "Text size"): a symbol alone does not
// tell a first-time visitor what it does. Recorded as a tap target under the symbol.
bool captioned_toggle(const char* symbol, const char* id, const char* caption, ImVec2 size, bool on,
                      ImFont* symbol_font, ImFont* caption_font);
// Drag-to-scroll with inertia for the current child window; call once inside it.
void touch_scroll(TouchScroll& scroll);
// Rounded card with a left colour stripe; returns true when tapped.
// selected: the card whose detail is open, drawn with a highlighted outline.
bool card_button(const char* id, ImVec2 size, ImU32 stripe, std::string_view name = {},
                 bool selected = false);
void text_colored(const ImVec4& colour, const char* text);
// Chips flow like words: the next one goes on this line (spacing apart), or starts a new line
// when a chip with this label would pass max_x (a screen edge, portrait or landscape).
void flow_same_line(const char* label, float max_x, float spacing = -1.0f);
void text_wrapped_width(const char* text, float width);
// The first of `fonts` (largest first) in which the label fits `width`; the last one otherwise.
ImFont* fitting_font(const char* label, float width, std::initializer_list<ImFont*> fonts);
// Draws an image letterboxed in [min, max] (aspect kept, centred, scaled to fit), or a placeholder
// tile when image is empty.
void image_fit(const ImageRef& image, ImVec2 min, ImVec2 max);
// A content image in [min, max]: looked up at that size and drawn with image_fit. Returns false
// when the placeholder was drawn (no such image, or not decoded yet), e.g. to put initials on it.
bool draw_image(const FrameContext& f, const std::string& asset, ImVec2 min, ImVec2 max);

// A QR code for `url` (quiet zone included, at least 25 mm wide) with "Scan to open on your
// phone" beside it, at the cursor; nothing when the URL is empty. Recorded as tap target "qr".
void qr_block(FrameContext& f, const std::string& url);
// The same with its top-right corner at `top_right` and the caption under it; qr_side() is how
// wide it is (0: no URL), so the card can keep its text clear of it.
void qr_corner(FrameContext& f, const std::string& url, ImVec2 top_right);
float qr_side(const FrameContext& f, const std::string& url);
// The walk from this kiosk to a place ("3 min"), or empty when there is no route to it.
std::string walk_minutes_text(const FrameContext& f, const std::string& to);

// Screens (screens/*.cpp).
void draw_home(FrameContext& f);
void draw_schedule(FrameContext& f);
void draw_exhibitors(FrameContext& f);
void draw_map(FrameContext& f);
// This kiosk's venue in a rectangle, with You are here and, if given, a line to a landmark.
void draw_map_preview(FrameContext& f, ImDrawList* dl, ImVec2 min, ImVec2 max,
                      const content::Landmark* mark = nullptr);
// The landmark of one of these kinds nearest to this kiosk (straight line), or null.
const content::Landmark* nearest_landmark(const FrameContext& f,
                                          std::initializer_list<std::string_view> kinds);
void draw_announcements(FrameContext& f);
void draw_attract(FrameContext& f, double seconds);
// Where in the attract loop this scene is fully faded in (seconds), or nullopt when the content
// has no such scene (no session on now, no featured exhibitor, no evening show).
std::optional<double> attract_scene_start(const FrameContext& f, std::string_view scene);
void draw_emergency(FrameContext& f, const content::Announcement& a);
void draw_show_scene(FrameContext& f, const show::DisplayCommand& scene);
// The recovery screen (no FrameContext: it must draw even when there is no content).
void draw_fallback(ImDrawList* dl, const FontSet& fonts, const Palette& colors,
                   const content::Content* content, const std::vector<content::Lang>& langs, double seconds);
void draw_overlay_banner(FrameContext& f, const show::LocalizedText& text);

}  // namespace marquee::ui
