// Home: now and next at this kiosk's venue, the time, and the announcements ticker.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "content/queries.hpp"
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

void draw_clock_column(FrameContext& f) {
  const content::Venue* venue = f.venue();
  if (!venue || !venue->time_zone) return;
  const auto local = venue->time_zone->to_local(f.now);
  char clock[16];
  std::snprintf(clock, sizeof clock, "%02d:%02d", local.hour, local.minute);
  ImGui::PushFont(f.fonts.display);
  ImGui::SetWindowFontScale(1.6f);
  ImGui::TextUnformatted(clock);
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  char date[64];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d  %s", local.year, local.month, local.day,
                local.abbreviation.c_str());
  text_colored(f.colors.text_muted, date);
  ImGui::Dummy(ImVec2(0, f.px(24)));
  ImGui::PushFont(f.fonts.heading);
  ImGui::TextWrapped("%s", venue->name.get(f.lang()).c_str());
  ImGui::PopFont();
  text_colored(f.colors.text_muted, venue->city.get(f.lang()).c_str());
  ImGui::Dummy(ImVec2(0, f.px(24)));
  ImGui::TextWrapped("%s", f.content.conference.tagline.get(f.lang()).c_str());
}

void draw_ticker(FrameContext& f) {
  const auto items = content::active_announcements(f.content, f.place.venue, f.now);
  if (items.empty()) return;
  const float h = f.px(64);
  const ImVec2 p0(f.origin.x, f.origin.y + f.size.y - h);
  const ImVec2 p1(f.origin.x + f.size.x, f.origin.y + f.size.y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(0, p0.y), ImVec2(ImGui::GetIO().DisplaySize.x, p1.y), false);  // edge to edge
  dl->AddRectFilled(ImVec2(0, p0.y), ImVec2(ImGui::GetIO().DisplaySize.x, p1.y),
                    to_u32(f.colors.surface_alt));
  dl->PopClipRect();
  std::string line;
  for (const auto* a : items) line += "\xE2\x97\x8F  " + a->text.get(f.lang()) + "      ";  // ●
  const float w = f.fonts.body->CalcTextSizeA(f.fonts.body->FontSize, 1e9f, 0, line.c_str()).x;
  const double secs = std::chrono::duration<double>(f.now.time_since_epoch()).count();
  const float speed = f.px(90);  // pixels per second
  const float offset = static_cast<float>(std::fmod(secs * speed, static_cast<double>(w + f.size.x)));
  dl->PushClipRect(p0, p1, true);
  dl->AddText(f.fonts.body, f.fonts.body->FontSize,
              ImVec2(p1.x - offset, p0.y + (h - f.fonts.body->FontSize) / 2), to_u32(f.colors.text),
              line.c_str());
  dl->PopClipRect();
}

}  // namespace

void draw_home(FrameContext& f) {
  if (f.portrait) {  // the clock and venue on top, the sessions below at full width
    ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(40), f.origin.y + f.px(16)));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(f.origin.x + f.size.x - f.px(40) - ImGui::GetWindowPos().x);
    draw_clock_column(f);
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
  draw_clock_column(f);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  draw_ticker(f);
}

}  // namespace marquee::ui
