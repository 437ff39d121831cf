#include "ui/screens/session_card.hpp"

#include <cstdio>

#include "content/queries.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {

ImU32 track_colour(const FrameContext& f, const content::Session& s) {
  const content::Track* t = f.content.track(s.track);
  unsigned r = 0, g = 0, b = 0;
  if (t && std::sscanf(t->color.c_str(), "#%02x%02x%02x", &r, &g, &b) == 3) return IM_COL32(r, g, b, 255);
  return to_u32(f.colors.primary);
}

bool session_card(FrameContext& f, const content::Session& s, float width, bool live) {
  const float height = f.px(132);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::PushID(s.id.c_str());
  const bool tapped = card_button("##card", ImVec2(width, height), track_colour(f, s), "session:" + s.id);
  ImGui::PopID();
  const content::Venue* venue = f.content.venue_of(s);
  const content::Room* room = f.content.room(s.room);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = f.px(28);
  std::string when = venue ? content::format_local_range(*venue, s.start, s.end) : "";
  if (venue && venue->time_zone) {  // "next" may be another day: say which
    const auto start = venue->time_zone->to_local(s.start), today = venue->time_zone->to_local(f.now);
    if (start.year != today.year || start.month != today.month || start.day != today.day) {
      char day[16];
      std::snprintf(day, sizeof day, "%02d-%02d  ", start.month, start.day);
      when = day + when;
    }
  }
  dl->AddText(f.fonts.small, f.fonts.small->FontSize, ImVec2(pos.x + pad, pos.y + f.px(14)),
              to_u32(live ? f.colors.live : f.colors.accent), when.c_str());
  std::string meta = std::string(kind_label(static_cast<int>(s.kind), f.lang()));
  if (room) meta += "  ·  " + room->name.get(f.lang());
  if (live) meta = std::string(tr(Str::InProgress, f.lang())) + "  ·  " + meta;
  const float when_w = f.fonts.small->CalcTextSizeA(f.fonts.small->FontSize, 1e9f, 0, when.c_str()).x;
  dl->AddText(f.fonts.small, f.fonts.small->FontSize,
              ImVec2(pos.x + pad + when_w + f.px(24), pos.y + f.px(14)), to_u32(f.colors.text_muted),
              meta.c_str());
  const std::string& title = s.title.get(f.lang());
  ImVec4 clip(pos.x + pad, pos.y, pos.x + width - pad, pos.y + height - f.px(8));
  dl->AddText(f.fonts.heading, f.fonts.heading->FontSize * 0.82f, ImVec2(pos.x + pad, pos.y + f.px(50)),
              to_u32(f.colors.text), title.c_str(), nullptr, width - 2 * pad, &clip);
  return tapped;
}

}  // namespace marquee::ui
