#include "ui/screens/session_card.hpp"

#include <cstdio>

#include "content/queries.hpp"
#include "ui/date_format.hpp"
#include "ui/strings.hpp"
#include "ui/text_fit.hpp"
#include "ui/way_strings.hpp"

namespace marquee::ui {

ImU32 track_colour(const FrameContext& f, const content::Session& s) {
  const content::Track* t = f.content.track(s.track);
  unsigned r = 0, g = 0, b = 0;
  if (t && std::sscanf(t->color.c_str(), "#%02x%02x%02x", &r, &g, &b) == 3) return IM_COL32(r, g, b, 255);
  return to_u32(f.colors.primary);
}

float session_card_height(const FrameContext& f) {
  return f.px(150);
}

namespace {

ImU32 faded(const ImVec4& c, bool finished) {
  return to_u32(ImVec4(c.x, c.y, c.z, finished ? c.w * 0.62f : c.w));  // dimmed, still >= 4.5:1 for text
}

// "10:30–11:15" and, when the session is not today, its day first ("Sat 27 Mar  10:30–11:15").
std::string when_text(const FrameContext& f, const content::Venue* venue, const content::Session& s) {
  if (!venue) return "";
  std::string when = content::format_local_range(*venue, s.start, s.end);
  if (venue->time_zone) {
    const auto start = venue->time_zone->to_local(s.start), today = venue->time_zone->to_local(f.now);
    if (start.year != today.year || start.month != today.month || start.day != today.day) {
      when = day_label(start, f.lang()) + "  " + when;
    }
  }
  return when;
}

}  // namespace

bool session_card(FrameContext& f, const content::Session& s, float width, SessionCardLook look) {
  const float height = session_card_height(f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(s.id.c_str());
  const bool tapped =
      card_button("##card", ImVec2(width, height), track_colour(f, s), "session:" + s.id, look.selected);
  ImGui::PopID();
  const content::Venue* venue = f.content.venue_of(s);
  const content::Room* room = f.content.room(s.room);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = f.px(28);
  const ImVec4 clip(pos.x + pad, pos.y, pos.x + width - pad, pos.y + height - f.px(6));
  // 1. When: the largest text on the card.
  const std::string when = when_text(f, venue, s);
  const ImFont* big = f.fonts.heading;
  dl->AddText(big, big->FontSize, ImVec2(pos.x + pad, pos.y + f.px(10)),
              faded(look.live ? f.colors.live : f.colors.accent, look.finished), when.c_str(), nullptr, 0, &clip);
  if (look.live) {  // "In progress" beside the time
    const float when_w = big->CalcTextSizeA(big->FontSize, 1e9f, 0, when.c_str()).x;
    dl->AddText(f.fonts.body, f.fonts.body->FontSize,
                ImVec2(pos.x + pad + when_w + f.px(20), pos.y + f.px(10) + (big->FontSize - f.fonts.body->FontSize)),
                to_u32(f.colors.live), tr(Str::InProgress, f.lang()), nullptr, 0, &clip);
  }
  // 2. What.
  const ImFont* body = f.fonts.body;
  const float title_y = pos.y + f.px(10) + big->FontSize + f.px(6);
  const float text_w = clip.z - clip.x;
  const std::string title = fit_one_line(*body, body->FontSize * 1.1f, s.title.get(f.lang()), text_w);
  dl->AddText(body, body->FontSize * 1.1f, ImVec2(pos.x + pad, title_y), faded(f.colors.text, look.finished),
              title.c_str(), nullptr, 0, &clip);
  // 3. Where, and what kind.
  const ImFont* small = f.fonts.small;
  const std::string where = fit_one_line(*small, small->FontSize, where_text(f, s, venue, room), text_w);
  dl->AddText(small, small->FontSize, ImVec2(pos.x + pad, title_y + body->FontSize * 1.1f + f.px(8)),
              faded(f.colors.text_muted, look.finished), where.c_str(), nullptr, 0, &clip);
  return tapped;
}

std::string where_text(const FrameContext& f, const content::Session& s, const content::Venue* venue,
                       const content::Room* room) {
  std::string meta;
  if (room) meta = room->name.get(f.lang());
  if (venue && venue->id != f.place.venue) {
    // Another city: no route from here; its times are that venue's local time, so say so.
    meta += (meta.empty() ? "" : "  ·  ") + venue->city.get(f.lang()) + ", " + tr(WayStr::LocalTime, f.lang());
  } else if (const std::string walk = walk_minutes_text(f, s.room); !walk.empty()) {
    meta += " · " + walk;  // "Forum Hall 2 · 3 min"
  }
  if (!meta.empty()) meta += "  ·  ";
  meta += kind_label(static_cast<int>(s.kind), f.lang());
  return meta;
}

}  // namespace marquee::ui
