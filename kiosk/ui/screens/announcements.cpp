// Announcements (current ones by priority), the emergency takeover and the attract loop.
#include <cmath>

#include "content/queries.hpp"
#include "ui/frame_context.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {

void draw_announcements(FrameContext& f) {
  const auto items = content::active_announcements(f.content, f.place.venue, f.now);
  ImGui::SetCursorScreenPos(ImVec2(f.origin.x + f.px(40), f.origin.y + f.px(24)));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(f.size.x - f.px(120));
  if (items.empty()) text_colored(f.colors.text_muted, tr(Str::NoAnnouncements, f.lang()));
  for (const auto* a : items) {
    const ImVec4 colour = a->priority == content::Priority::Info ? f.colors.primary : f.colors.accent;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(p, ImVec2(p.x + f.px(10), p.y + f.px(90)), to_u32(colour),
                                              f.px(5));
    ImGui::SetCursorScreenPos(ImVec2(p.x + f.px(32), p.y));
    ImGui::BeginGroup();
    ImGui::PushFont(f.fonts.heading);
    ImGui::TextWrapped("%s", a->text.get(f.lang()).c_str());
    ImGui::PopFont();
    if (f.lang() != content::Lang::Zh) {
      text_colored(f.colors.text_muted, a->text.get(content::Lang::Zh).c_str());
    } else {
      text_colored(f.colors.text_muted, a->text.get(content::Lang::En).c_str());
    }
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, f.px(24)));
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

// A warning triangle with an exclamation mark, drawn (no font or image needed in an emergency).
void draw_warning_sign(ImDrawList* dl, ImVec2 centre, float size, ImU32 fill, ImU32 mark) {
  const float h = size * 0.87f;
  dl->AddTriangleFilled(ImVec2(centre.x, centre.y - h / 2), ImVec2(centre.x + size / 2, centre.y + h / 2),
                        ImVec2(centre.x - size / 2, centre.y + h / 2), fill);
  const float w = size * 0.09f;
  dl->AddRectFilled(ImVec2(centre.x - w / 2, centre.y - h * 0.18f), ImVec2(centre.x + w / 2, centre.y + h * 0.22f),
                    mark, w / 3);
  dl->AddCircleFilled(ImVec2(centre.x, centre.y + h * 0.34f), w * 0.6f, mark);
}

void draw_emergency(FrameContext& f, const content::Announcement& a) {
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  dl->AddRectFilled(ImVec2(0, 0), size, to_u32(f.colors.danger));
  const float flash = std::fmod(static_cast<float>(ImGui::GetTime()), 1.0f) < 0.5f ? 1.0f : 0.8f;
  const auto langs = kiosk_languages(f.lang(), f.state.default_lang);
  const float margin = size.x * 0.06f;
  const float sign = std::min(size.x, size.y) * 0.16f;
  draw_warning_sign(dl, ImVec2(margin + sign / 2, margin + sign / 2), sign, IM_COL32(255, 214, 0, 255),
                    IM_COL32(20, 20, 20, 255));
  const float text_x = margin + sign + f.px(40);
  const float wrap = size.x - text_x - margin;
  float y = margin;
  auto line = [&](ImFont* font, float px, const std::string& text, ImU32 colour, float x, float w) {
    dl->AddText(font, px, ImVec2(x, y), colour, text.c_str(), nullptr, w);
    y += font->CalcTextSizeA(px, 1e9f, w, text.c_str()).y + f.px(24);
  };
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  line(f.fonts.display, f.fonts.display->FontSize, paired(Str::Emergency, langs),
       IM_COL32(255, 255, 255, static_cast<int>(255 * flash)), text_x, wrap);
  y = std::max(y, margin + sign + f.px(24));
  // The message in each of the kiosk's languages, the visitor's first.
  for (std::size_t i = 0; i < langs.size(); ++i) {
    if (!a.text.has(langs[i])) continue;
    // The heading font (content glyphs), scaled: the display font holds only UI strings' glyphs.
    line(f.fonts.heading, f.fonts.heading->FontSize * (i == 0 ? 1.6f : 1.2f), a.text.exact(langs[i]), white, margin,
         size.x - 2 * margin);
  }
  line(f.fonts.heading, f.fonts.heading->FontSize, paired(Str::FollowStaff, langs), white, margin,
       size.x - 2 * margin);
  // Where the nearest way out is from this kiosk, when the map knows its exits.
  const content::Landmark* exit = nearest_landmark(f, {"exit", "emergency_exit", "entrance"});
  const float map_h = size.y - y - margin;
  if (exit && map_h > f.px(200)) {
    std::string where;  // "最近的出口：主入口  ·  Nearest exit: Main Entrance", each in its own language
    for (content::Lang l : langs) {
      where += (where.empty() ? "" : "   \xC2\xB7   ") + std::string(tr(Str::NearestExit, l)) + ": " + exit->name.get(l);
    }
    line(f.fonts.heading, f.fonts.heading->FontSize, where, IM_COL32(255, 214, 0, 255), margin, size.x - 2 * margin);
    const ImVec2 p0(margin, y), p1(size.x - margin, size.y - margin);
    if (p1.y - p0.y > f.px(120)) {
      dl->AddRectFilled(p0, p1, to_u32(f.colors.background), f.px(16));
      draw_map_preview(f, dl, ImVec2(p0.x + f.px(12), p0.y + f.px(12)), ImVec2(p1.x - f.px(12), p1.y - f.px(12)),
                       exit);
    }
  }
}

}  // namespace marquee::ui
