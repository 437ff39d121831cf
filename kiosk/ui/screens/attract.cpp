// The attract loop: what draws someone in from five metres when nobody is using the kiosk. A
// sequence of full-screen scenes (the event, what is on now, featured exhibitors, the countdown to
// the evening show, the map) cross-faded with easing over a slowly moving light-show background;
// the whole layout drifts a little so nothing burns in; "Touch to start" in the kiosk's languages.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "content/queries.hpp"
#include "ui/date_format.hpp"
#include "ui/frame_context.hpp"
#include "ui/now_lineup.hpp"
#include "ui/search_results.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {
namespace {

constexpr double kSceneSeconds = 8.0;
constexpr double kFadeSeconds = 0.9;

enum class Scene { Event, Now, Featured, Countdown, Map };

ImU32 faded(const ImVec4& c, float alpha) {
  return to_u32(ImVec4(c.x, c.y, c.z, c.w * alpha));
}

float ease_in_out(float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  return t * t * (3 - 2 * t);
}

// The evening event still to come today at this venue (for the countdown), if any.
const content::Session* evening_show(const FrameContext& f) {
  const content::Venue* venue = f.venue();
  if (!venue) return nullptr;
  const std::string today = content::local_day(*venue, f.now);
  for (const auto& s : f.content.sessions) {
    const content::Room* room = f.content.room(s.room);
    if (s.kind != content::SessionKind::EveningEvent || !room || room->venue != venue->id) continue;
    if (s.start > f.now && content::local_day(*venue, s.start) == today) return &s;
  }
  return nullptr;
}

// Featured exhibitors at this kiosk's venue: the ones a visitor can walk to (a stand in another
// city would only send them the wrong way).
std::vector<const content::Exhibitor*> featured_here(const FrameContext& f, std::size_t max) {
  std::vector<const content::Exhibitor*> out;
  for (const auto& e : f.content.exhibitors) {
    if (out.size() == max) break;
    if (e.featured && exhibitor_venue(f.content, e) == f.place.venue) out.push_back(&e);
  }
  return out;
}

std::vector<Scene> scenes(const FrameContext& f) {
  std::vector<Scene> out{Scene::Event};
  if (!content::sessions_now(f.content, f.place.venue, f.now).empty()) out.push_back(Scene::Now);
  if (!featured_here(f, 1).empty()) out.push_back(Scene::Featured);
  if (evening_show(f)) out.push_back(Scene::Countdown);
  out.push_back(Scene::Map);
  return out;
}

// Slow colour washes and sweeping beams: a nod to the light show, cheap on the software renderer.
void draw_background(FrameContext& f, ImDrawList* dl, ImVec2 size, double t) {
  // The renderer clears to the theme's background; a slow colour wash lies over it as one flat,
  // opaque fill (spans on the software rasteriser; a full-screen gradient would cost a frame).
  const ImVec4 base = f.colors.background;
  const float k = 0.5f + 0.5f * static_cast<float>(std::sin(t / 9.0));
  dl->AddRectFilled(ImVec2(0, 0), size, to_u32(ImVec4(base.x + 0.04f * k, base.y + 0.05f, base.z + 0.10f + 0.06f * k, 1.0f)));
  for (int i = 0; i < 4; ++i) {  // beams from below the screen, swinging slowly
    const float angle = static_cast<float>(std::sin(t / (7.0 + i * 2.3) + i)) * 0.5f - 1.5708f;
    const ImVec2 origin(size.x * (0.15f + 0.23f * static_cast<float>(i)), size.y * 1.05f);
    const float len = size.y * 1.4f, spread = 0.06f;
    const ImVec2 a(origin.x + len * std::cos(angle - spread), origin.y + len * std::sin(angle - spread));
    const ImVec2 b(origin.x + len * std::cos(angle + spread), origin.y + len * std::sin(angle + spread));
    ImVec4 beam = i % 2 ? f.colors.primary : f.colors.accent;
    beam.w = 0.07f;
    dl->AddTriangleFilled(origin, a, b, to_u32(beam));
  }
}

// The display font's atlas holds the UI strings, the conference, venue and city names, featured
// exhibitors and evening events (fonts.cpp): what this loop shows large. Anything else large is
// drawn with the heading font scaled up.
float big(const FrameContext& f) {
  return f.fonts.display->FontSize;
}

struct Painter {
  FrameContext& f;
  ImDrawList* dl;
  float x, y, width, alpha;
  bool centred = false;  // each line centred in [x, x + width] instead of starting at x
  void line(ImFont* font, float px, const std::string& text, const ImVec4& colour, float gap = 18) {
    const float w = centred ? font->CalcTextSizeA(px, 1e9f, width, text.c_str()).x : width;
    const float at = centred ? x + std::max(0.0f, (width - w) / 2) : x;
    dl->AddText(font, px, ImVec2(at, y), faded(colour, alpha), text.c_str(), nullptr, width);
    y += font->CalcTextSizeA(px, 1e9f, width, text.c_str()).y + f.px(gap);
  }
};

void draw_event_scene(Painter& p, bool key_visual) {
  FrameContext& f = p.f;
  if (key_visual) {  // the key visual is the title card: only say when and where, low on the screen
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    p.y = size.y * (size.x < size.y ? 0.62f : 0.70f);
    if (const content::Venue* v = f.venue(); v && v->time_zone) {
      const auto local = v->time_zone->to_local(f.now);
      const std::string line = date_label(local, f.lang()) + "  \xC2\xB7  " + v->name.get(f.lang());
      const float px = f.fonts.heading->FontSize * 1.2f;
      const ImVec2 ts = f.fonts.heading->CalcTextSizeA(px, 1e9f, 0, line.c_str());
      ImVec4 band = f.colors.background;  // a band of its own keeps it readable over any picture
      band.w = 0.75f * p.alpha;
      p.dl->AddRectFilled(ImVec2(p.x - f.px(24), p.y - f.px(12)), ImVec2(p.x + ts.x + f.px(24), p.y + ts.y + f.px(12)),
                          to_u32(band), f.px(12));
      p.line(f.fonts.heading, px, line, f.colors.text);
    }
    return;
  }
  const auto langs = kiosk_languages(f.lang(), f.state.default_lang);
  p.line(f.fonts.display, big(f) * 1.3f, f.content.conference.name.get(langs.front()),
         f.colors.text, 10);
  if (langs.size() > 1)
    p.line(f.fonts.heading, f.fonts.heading->FontSize * 1.2f, f.content.conference.name.get(langs[1]),
           f.colors.text_muted, 36);
  p.line(f.fonts.heading, f.fonts.heading->FontSize * 1.2f, f.content.conference.tagline.get(f.lang()),
         f.colors.accent, 36);
  std::string cities;
  for (const auto& v : f.content.venues) cities += (cities.empty() ? "" : "   \xC2\xB7   ") + v.city.get(f.lang());
  p.line(f.fonts.display, big(f) * 0.6f, cities, f.colors.text, 36);
  // Today, here, now: big enough to read across the hall.
  if (const content::Venue* v = f.venue(); v && v->time_zone) {
    const auto local = v->time_zone->to_local(f.now);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", local.hour, local.minute);
    p.line(f.fonts.display, big(f), clock, f.colors.text, 6);
    p.line(f.fonts.heading, f.fonts.heading->FontSize, date_label(local, f.lang()) + "  \xC2\xB7  " + v->name.get(f.lang()),
           f.colors.text_muted);
  }
}

// One session as a card across the hall: the time first and largest (what a passer-by decides
// on), then the title (wrapped, at most two lines), then the room.
struct CardMetrics {
  float time_px, title_px, room_px, pad_x, pad_y, line_gap;
};

CardMetrics card_metrics(const FrameContext& f) {
  const float h = f.fonts.heading->FontSize;
  return {h * 1.35f, h * 1.25f, h, f.px(32), f.px(22), f.px(8)};
}

float title_height(const FrameContext& f, const CardMetrics& m, const content::Session& s, float text_w) {
  const std::string title = s.title.get(f.lang());
  const float h = f.fonts.heading->CalcTextSizeA(m.title_px, 1e9f, text_w, title.c_str()).y;
  return std::min(h, m.title_px * 2.3f);  // two lines at most
}

float card_height(const FrameContext& f, const CardMetrics& m, const content::Session& s, float w) {
  return m.pad_y * 2 + m.time_px + m.line_gap + title_height(f, m, s, w - m.pad_x * 1.5f) + m.line_gap + m.room_px;
}

void draw_session_card(Painter& p, const content::Session& s, ImVec2 at, float w, float h, bool live) {
  FrameContext& f = p.f;
  const CardMetrics m = card_metrics(f);
  ImVec4 panel = f.colors.surface;
  panel.w = 0.82f;
  p.dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), faded(panel, p.alpha), f.px(18));
  // A bar in the live colour marks what is on now; the next ones get the accent.
  p.dl->AddRectFilled(at, ImVec2(at.x + f.px(10), at.y + h), faded(live ? f.colors.live : f.colors.accent, p.alpha),
                      f.px(18), ImDrawFlags_RoundCornersLeft);
  const float text_x = at.x + m.pad_x, text_w = w - m.pad_x * 1.5f;
  float y = at.y + m.pad_y;
  const content::Venue* v = f.content.venue_of(s);
  const std::string when = v ? content::format_local_range(*v, s.start, s.end) : "";
  p.dl->AddText(f.fonts.heading, m.time_px, ImVec2(text_x, y), faded(f.colors.accent, p.alpha), when.c_str());
  y += m.time_px + m.line_gap;
  const std::string title = s.title.get(f.lang());
  const float title_h = title_height(f, m, s, text_w);
  const ImVec4 clip(text_x, y, text_x + text_w, y + title_h);
  p.dl->AddText(f.fonts.heading, m.title_px, ImVec2(text_x, y), faded(f.colors.text, p.alpha), title.c_str(), nullptr,
                text_w, &clip);
  y += title_h + m.line_gap;
  if (const content::Room* room = f.content.room(s.room)) {
    p.dl->AddText(f.fonts.heading, m.room_px, ImVec2(text_x, y), faded(f.colors.text_muted, p.alpha),
                  room->name.get(f.lang()).c_str());
  }
}

// What is on now at this venue, and what comes next when little is: cards in a grid centred on
// the screen (two columns in landscape, one in portrait), readable from across the hall.
void draw_now_scene(Painter& p) {
  FrameContext& f = p.f;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const bool portrait = size.x < size.y;
  const auto [now, next] = now_lineup(f.content, f.place.venue, f.now, portrait ? 5 : 4);

  const int columns = portrait ? 1 : 2;
  const float gap = f.px(32);
  const float card_w = (p.width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  const CardMetrics m = card_metrics(f);
  const float bottom = size.y * 0.84f;  // never under "Touch to start"
  // Rows of cards from p.y down, each row as tall as its tallest title needs; a lone card in the
  // last row sits in the middle, not on the left.
  const auto draw_group = [&](const std::vector<const content::Session*>& list, bool live) {
    for (std::size_t i = 0; i < list.size(); i += static_cast<std::size_t>(columns)) {
      const std::size_t in_row = std::min(list.size() - i, static_cast<std::size_t>(columns));
      float card_h = 0;
      for (std::size_t c = 0; c < in_row; ++c) card_h = std::max(card_h, card_height(f, m, *list[i + c], card_w));
      if (p.y + card_h > bottom) return;
      const float row_w = static_cast<float>(in_row) * card_w + static_cast<float>(in_row - 1) * gap;
      const float x0 = p.x + (p.width - row_w) / 2;
      for (std::size_t c = 0; c < in_row; ++c)
        draw_session_card(p, *list[i + c], ImVec2(x0 + static_cast<float>(c) * (card_w + gap), p.y), card_w, card_h, live);
      p.y += card_h + gap;
    }
  };
  p.centred = true;
  p.line(f.fonts.display, f.fonts.display->FontSize * 1.1f, tr(Str::HappeningNow, f.lang()), f.colors.live, 40);
  draw_group(now, true);
  if (!next.empty() && p.y + card_height(f, m, *next.front(), card_w) + f.fonts.heading->FontSize * 2 < bottom) {
    p.y += f.px(8);
    p.line(f.fonts.heading, f.fonts.heading->FontSize * 1.3f, tr(Str::UpNext, f.lang()), f.colors.accent, 20);
    draw_group(next, false);
  }
}

void draw_featured_scene(Painter& p) {
  FrameContext& f = p.f;
  p.line(f.fonts.display, f.fonts.display->FontSize, tr(Str::Featured, f.lang()), f.colors.accent, 40);
  // A grid of logo + name + booth: two columns of three in landscape, one of five in portrait,
  // so the scene fills the screen and each name reads from across the hall.
  const bool portrait = ImGui::GetIO().DisplaySize.x < ImGui::GetIO().DisplaySize.y;
  const int columns = portrait ? 1 : 2;
  const auto list = featured_here(f, portrait ? 5 : 6);
  const float name_px = big(f) * 0.75f, where_px = f.fonts.heading->FontSize * 0.9f;
  const float logo_h = name_px + where_px + f.px(48);
  const float row_h = logo_h + f.px(64);
  const float col_w = (p.width - f.px(48) * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const content::Exhibitor& e = *list[i];
    const float x = p.x + static_cast<float>(i % columns) * (col_w + f.px(48));
    const float y = p.y + static_cast<float>(i / columns) * row_h;
    float text_x = x;
    if (!e.logo.empty()) {  // the logo beside the name, as people know a stand by it
      if (p.alpha > 0.5f) draw_image(f, e.logo, ImVec2(x, y), ImVec2(x + logo_h * 1.25f, y + logo_h));
      text_x += logo_h * 1.25f + f.px(28);
    }
    const ImVec4 clip(text_x, y, x + col_w, y + row_h);
    const float text_y = y + (logo_h - name_px - where_px - f.px(6)) / 2;  // centred on the logo
    p.dl->AddText(f.fonts.display, name_px, ImVec2(text_x, text_y), faded(f.colors.text, p.alpha), e.name.get(f.lang()).c_str(),
                  nullptr, 0, &clip);
    std::string where = std::string(tr(Str::Booth, f.lang())) + " " + e.booth;
    if (const auto* b = f.content.booth(e.booth); b && f.content.hall(b->hall))
      where += "  \xC2\xB7  " + f.content.hall(b->hall)->name.get(f.lang());
    p.dl->AddText(f.fonts.heading, where_px, ImVec2(text_x, text_y + name_px + f.px(6)), faded(f.colors.text_muted, p.alpha),
                  where.c_str(), nullptr, 0, &clip);
  }
}

void draw_countdown_scene(Painter& p) {
  FrameContext& f = p.f;
  const content::Session* show = evening_show(f);
  if (!show) return;
  // Centred and large: a countdown is read from across the hall, not scanned like a list.
  p.centred = true;
  p.y += ImGui::GetIO().DisplaySize.y * 0.12f;
  p.line(f.fonts.heading, f.fonts.heading->FontSize * 1.4f, tr(Str::ShowStartsIn, f.lang()), f.colors.accent, 16);
  const auto left = std::chrono::duration_cast<std::chrono::seconds>(show->start - f.now).count();
  char clock[32];
  std::snprintf(clock, sizeof clock, "%02lld:%02lld:%02lld", static_cast<long long>(left / 3600),
                static_cast<long long>(left / 60 % 60), static_cast<long long>(left % 60));
  p.line(f.fonts.display, f.fonts.display->FontSize * 3.0f, clock, f.colors.text, 16);
  p.line(f.fonts.display, big(f) * 0.9f, show->title.get(f.lang()), f.colors.text, 12);
  const content::Venue* v = f.content.venue_of(*show);
  std::string where = v ? content::format_local_time(*v, show->start) : "";
  if (const auto* room = f.content.room(show->room)) where += "  \xC2\xB7  " + room->name.get(f.lang());
  p.line(f.fonts.heading, f.fonts.heading->FontSize * 1.2f, where, f.colors.text_muted);
}

void draw_map_scene(Painter& p, ImVec2 size) {
  FrameContext& f = p.f;
  p.line(f.fonts.display, f.fonts.display->FontSize, tr(Str::YouAreHere, f.lang()), f.colors.text, 20);
  if (p.alpha < 0.5f) return;  // the map pops in half way through the fade
  const ImVec2 p0(p.x, p.y), p1(p.x + p.width, size.y * 0.80f);
  if (p1.y - p0.y > f.px(150)) draw_map_preview(f, p.dl, p0, p1);
}

}  // namespace

// The event's key visual, when the content has one: full-bleed (cropped to fill), at whole pixels so
// the renderer copies it 1:1, drifting a few pixels against burn-in.
bool draw_key_visual(FrameContext& f, ImDrawList* dl, ImVec2 size, double t) {
  const std::string& asset = f.content.conference.key_visual;
  if (asset.empty()) return false;
  const ImageRef img = f.image(asset, size);
  if (!img || img.width <= 0 || img.height <= 0) return false;
  // Fill the screen when the shapes match (cropping a little); on a screen of the other
  // orientation show it whole across the width, in the upper part, over the light-show background.
  const float sx = size.x / static_cast<float>(img.width), sy = size.y / static_cast<float>(img.height);
  const bool same_shape = std::max(sx, sy) / std::min(sx, sy) < 1.3f;
  const float k = same_shape ? std::max(sx, sy) : std::min(sx, sy);
  if (!same_shape) draw_background(f, dl, size, t);
  const float w = std::round(static_cast<float>(img.width) * k), h = std::round(static_cast<float>(img.height) * k);
  const float top = same_shape ? (size.y - h) / 2 : size.y * 0.12f;
  const float x = std::round((size.x - w) / 2 + 6 * static_cast<float>(std::sin(t / 53.0)));
  const float y = std::round(top + 4 * static_cast<float>(std::cos(t / 67.0)));
  dl->AddImage(img.texture, ImVec2(x, y), ImVec2(x + w, y + h));
  // Shown as it is: the text over it sits on a band of its own (no full-screen dimming blend).
  return true;
}

namespace {
constexpr std::pair<std::string_view, Scene> kSceneNames[] = {
    {"event", Scene::Event}, {"now", Scene::Now}, {"featured", Scene::Featured},
    {"countdown", Scene::Countdown}, {"map", Scene::Map}};

const std::pair<std::string_view, Scene>* scene_named(std::string_view name) {
  for (const auto& n : kSceneNames) {
    if (n.first == name) return &n;
  }
  return nullptr;
}
}  // namespace

bool is_attract_scene(std::string_view scene) { return scene_named(scene) != nullptr; }

std::optional<double> attract_scene_start(const FrameContext& f, std::string_view scene) {
  const auto* named = scene_named(scene);
  if (!named) return std::nullopt;
  const auto list = scenes(f);
  const auto at = std::find(list.begin(), list.end(), named->second);
  if (at == list.end()) return std::nullopt;
  return static_cast<double>(at - list.begin()) * kSceneSeconds + kFadeSeconds;
}

void draw_attract(FrameContext& f, double seconds) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const auto list = scenes(f);
  const double cycle = seconds / kSceneSeconds;
  const auto index = static_cast<std::size_t>(cycle) % list.size();
  const double into = std::fmod(seconds, kSceneSeconds);
  // Fade in at the start of a scene, out at its end, eased.
  const float alpha = ease_in_out(static_cast<float>(std::min(into, kSceneSeconds - into) / kFadeSeconds));
  // Drift: a few tens of pixels over minutes, so no pixel stays lit the same for hours.
  const float dx = f.px(40) * static_cast<float>(std::sin(seconds / 47.0));
  const float dy = f.px(30) * static_cast<float>(std::cos(seconds / 61.0));
  const float rise = f.px(30) * (1.0f - alpha);  // scenes rise gently into place
  // The key visual is the event scene; the other scenes stand on the light-show background, where
  // their text reads without dimming a full-screen picture (a full-screen blend per frame).
  const bool event = list[index] == Scene::Event;
  const bool visual = event && draw_key_visual(f, dl, size, seconds);
  if (!visual) draw_background(f, dl, size, seconds);
  Painter p{f, dl, size.x * 0.08f + dx, size.y * 0.10f + dy + rise, size.x * 0.84f, alpha};
  switch (list[index]) {
    case Scene::Event:
      draw_event_scene(p, visual);
      break;
    case Scene::Now:
      draw_now_scene(p);
      break;
    case Scene::Featured:
      draw_featured_scene(p);
      break;
    case Scene::Countdown:
      draw_countdown_scene(p);
      break;
    case Scene::Map:
      draw_map_scene(p, size);
      break;
  }
  // Always there: how to start, in the kiosk's languages, breathing slowly.
  const float pulse = 0.65f + 0.35f * static_cast<float>(std::sin(seconds * 2.0));
  const std::string start = paired(Str::TapToStart, kiosk_languages(f.lang(), f.state.default_lang));
  ImFont* font = f.fonts.display;
  const float px = font->FontSize * (size.x < size.y ? 0.6f : 0.8f);
  const ImVec2 ts = font->CalcTextSizeA(px, 1e9f, 0, start.c_str());
  const ImVec2 at((size.x - ts.x) / 2 + dx * 0.5f, size.y * 0.88f - ts.y / 2 + dy * 0.3f);
  dl->AddRectFilled(ImVec2(at.x - f.px(48), at.y - f.px(18)), ImVec2(at.x + ts.x + f.px(48), at.y + ts.y + f.px(18)),
                    faded(f.colors.primary, 0.35f + 0.35f * pulse), ts.y);
  dl->AddText(font, px, at, to_u32(f.colors.text), start.c_str());
}

}  // namespace marquee::ui
