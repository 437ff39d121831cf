// Home: now and next at this kiosk's venue, the time, and the announcements ticker.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "content/queries.hpp"
#include "ui/date_format.hpp"
#include "ui/screens/session_card.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {
namespace {

void open_session(FrameContext& f, const content::Session& s) {
  f.state.selected_session = s.id;
  f.state.screen = Screen::Schedule;
}

void draw_session_column(FrameContext& f, float width) {
  const content::Venue* venue = f.venue();
  auto now = content::sessions_now(f.content, f.place.venue, f.now);
  // As many cards as fit above the ticker: what is on now first (up to 3), then what is next.
  const float card = session_card_height(f) + ImGui::GetStyle().ItemSpacing.y;
  const float room = f.size.y - f.px(64) - 2 * (f.fonts.heading->FontSize + f.px(40));
  const int fit = std::max(2, static_cast<int>(room / card));
  const int now_cards = std::min<int>(3, std::min<int>(fit - 1, static_cast<int>(now.size())));
  auto next = content::sessions_next(f.content, f.place.venue, f.now,
                                     static_cast<std::size_t>(std::max(1, fit - now_cards)));
  ImGui::PushFont(f.fonts.heading);
  const std::string now_title =
      std::string(tr(Str::NowAt, f.lang())) + " " + (venue ? venue->name.get(f.lang()) : f.place.venue);
  text_colored(f.colors.live, now_title.c_str());
  ImGui::PopFont();
  if (now.empty()) text_colored(f.colors.text_muted, tr(Str::NothingNow, f.lang()));
  std::size_t shown = 0;
  for (const auto* s : now) {
    if (static_cast<int>(shown++) == now_cards) break;
    if (session_card(f, *s, width, {.live = true})) open_session(f, *s);
  }
  ImGui::Dummy(ImVec2(0, f.px(16)));
  ImGui::PushFont(f.fonts.heading);
  text_colored(f.colors.accent, tr(Str::UpNext, f.lang()));
  ImGui::PopFont();
  if (next.empty()) text_colored(f.colors.text_muted, tr(Str::NothingNext, f.lang()));
  for (const auto* s : next) {
    if (session_card(f, *s, width, {})) open_session(f, *s);
  }
}

// The day's next highlight at this venue: a featured session (or the evening event) still to come.
const content::Session* next_highlight(const FrameContext& f) {
  const content::Venue* venue = f.venue();
  if (!venue) return nullptr;
  const std::string today = content::local_day(*venue, f.now);
  const content::Session* best = nullptr;
  for (const auto& s : f.content.sessions) {
    const bool special = s.featured || s.kind == content::SessionKind::EveningEvent;
    const content::Room* room = f.content.room(s.room);
    if (!special || !room || room->venue != venue->id || s.end <= f.now) continue;
    if (content::local_day(*venue, s.start) != today) continue;
    if (!best || s.start < best->start) best = &s;
  }
  return best;
}

void draw_clock_column(FrameContext& f, float width, float max_map_h) {
  const content::Venue* venue = f.venue();
  if (!venue || !venue->time_zone) return;
  const auto local = venue->time_zone->to_local(f.now);
  char clock[16];
  std::snprintf(clock, sizeof clock, "%02d:%02d", local.hour, local.minute);
  ImGui::PushFont(f.fonts.display);
  ImGui::TextUnformatted(clock);
  ImGui::PopFont();
  const std::string date = date_label(local, f.lang()) + "  \xC2\xB7  " + venue->city.get(f.lang()) + "  (" +
                           zone_label(local) + ")";
  text_colored(f.colors.text_muted, date.c_str());
  ImGui::Dummy(ImVec2(0, f.px(16)));
  // The way in for someone who came with a question.
  ImGui::PushFont(f.fonts.heading);
  const std::string cta = std::string(tr(Str::FindCta, f.lang())) + "##cta";
  if (tap_button(cta.c_str(), ImVec2(width, f.px(110)), true)) {
    f.state.screen = Screen::Exhibitors;
    f.state.keyboard_open = true;
  }
  ImGui::PopFont();
  ImGui::Dummy(ImVec2(0, f.px(8)));
  if (const content::Session* h = next_highlight(f)) {
    text_colored(f.colors.accent, tr(Str::NextHighlight, f.lang()));
    std::string line = content::format_local_time(*venue, h->start) + "  " + h->title.get(f.lang());
    if (const auto* room = f.content.room(h->room)) line += "  \xC2\xB7  " + room->name.get(f.lang());
    const std::string id = line + "##highlight";
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (tap_button(id.c_str(), ImVec2(width, f.px(72)))) {
      f.state.selected_session = h->id;
      f.state.screen = Screen::Schedule;
    }
    ImGui::PopStyleVar();
  }
  // A mini-map: where this kiosk stands in the venue; tapping it opens the map.
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float map_h = std::min(max_map_h, f.origin.y + f.size.y - f.px(64) - f.px(24) - p0.y);
  if (map_h > f.px(160)) {
    const ImVec2 p1(p0.x + width, p0.y + map_h);
    if (tap_button("##minimap", ImVec2(width, map_h))) f.state.screen = Screen::Map;
    draw_map_preview(f, ImGui::GetWindowDrawList(), ImVec2(p0.x + f.px(8), p0.y + f.px(8)), ImVec2(p1.x - f.px(8), p1.y - f.px(8)));
  }
}

void draw_ticker(FrameContext& f) {
  const auto items = content::active_announcements(f.content, f.place.venue, f.now);
  if (items.empty()) return;
  const float h = f.px(64);
  const ImVec2 p0(f.origin.x, f.origin.y + f.size.y - h);
  const ImVec2 p1(f.origin.x + f.size.x, f.origin.y + f.size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // The band and its text run edge to edge: text that vanished at the content margins while the
  // band went on looked cut off.
  const ImVec2 band0(0, p0.y), band1(ImGui::GetIO().DisplaySize.x, p1.y);
  dl->PushClipRect(band0, band1, false);
  dl->AddRectFilled(band0, band1, to_u32(f.colors.surface_alt));
  std::string line;
  for (const auto* a : items) line += "\xE2\x97\x8F  " + a->text.get(f.lang()) + "      ";  // ●
  const float w = f.fonts.body->CalcTextSizeA(f.fonts.body->FontSize, 1e9f, 0, line.c_str()).x;
  const double secs = std::chrono::duration<double>(f.now.time_since_epoch()).count();
  const float speed = f.px(90);  // pixels per second
  const float offset = static_cast<float>(std::fmod(secs * speed, static_cast<double>(w + band1.x)));
  dl->AddText(f.fonts.body, f.fonts.body->FontSize,
              ImVec2(band1.x - offset, p0.y + (h - f.fonts.body->FontSize) / 2), to_u32(f.colors.text),
              line.c_str());
  dl->PopClipRect();
}

}  // namespace

void draw_home(FrameContext& f) {
  if (f.portrait) {  // the clock and venue on top, the sessions below at full width
    ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(40), f.origin.y + f.px(16)));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(f.origin.x + f.size.x - f.px(40) - ImGui::GetWindowPos().x);
    draw_clock_column(f, f.size.x - f.px(80), f.px(420));  // the sessions need the rest
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float used = ImGui::GetItemRectMax().y - f.origin.y + f.px(24);
    FrameContext below = f;
    below.origin.y += used;
    below.size.y -= used;
    ImGui::SetCursorScreenPos(ImVec2(below.origin.x + f.px(40), below.origin.y));
    ImGui::BeginGroup();
    draw_session_column(below, f.size.x - f.px(80));
    ImGui::EndGroup();
    draw_ticker(f);
    return;
  }
  const float left_w = f.size.x * 0.62f;
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(40), f.origin.y + f.px(24)));
  ImGui::BeginGroup();
  draw_session_column(f, left_w - f.px(60));
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + left_w + f.px(20), f.origin.y + f.px(24)));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(f.origin.x + f.size.x - f.px(40) - ImGui::GetWindowPos().x);
  draw_clock_column(f, f.size.x - left_w - f.px(60), f.size.y);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  draw_ticker(f);
}

}  // namespace marquee::ui
