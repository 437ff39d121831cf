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

void draw_emergency(FrameContext& f, const content::Announcement& a) {
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  dl->AddRectFilled(ImVec2(0, 0), size, to_u32(f.colors.danger));
  const float flash = std::fmod(static_cast<float>(ImGui::GetTime()), 1.0f) < 0.5f ? 1.0f : 0.85f;
  float y = size.y * 0.18f;
  auto centred = [&](ImFont* font, float px, const std::string& text, float alpha) {
    const float wrap = size.x * 0.84f;
    const ImVec2 ts = font->CalcTextSizeA(px, 1e9f, wrap, text.c_str());
    dl->AddText(font, px, ImVec2((size.x - ts.x) / 2, y),
                IM_COL32(255, 255, 255, static_cast<int>(255 * alpha)), text.c_str(), nullptr, wrap);
    y += ts.y + f.px(36);
  };
  centred(f.fonts.display, f.fonts.display->FontSize,
          std::string(tr(Str::Emergency, content::Lang::Zh)) + "  " + tr(Str::Emergency, content::Lang::En),
          flash);
  centred(f.fonts.heading, f.fonts.heading->FontSize * 1.3f, a.text.get(content::Lang::Zh), 1.0f);
  centred(f.fonts.heading, f.fonts.heading->FontSize * 1.3f, a.text.get(content::Lang::En), 1.0f);
  if (a.text.has(content::Lang::Es))
    centred(f.fonts.heading, f.fonts.heading->FontSize, a.text.exact(content::Lang::Es), 1.0f);
}

void draw_attract(FrameContext& f, double seconds) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  // The layout drifts slowly (a few pixels a minute, in a loop) so no pixel stays lit for hours.
  const float dx = f.px(60) * static_cast<float>(std::sin(seconds / 47.0));
  const float dy = f.px(40) * static_cast<float>(std::cos(seconds / 61.0));
  const float x = size.x * 0.08f + dx;
  float y = size.y * 0.12f + dy;
  auto line = [&](ImFont* font, float px, const std::string& text, const ImVec4& colour) {
    dl->AddText(font, px, ImVec2(x, y), to_u32(colour), text.c_str(), nullptr, size.x * 0.8f);
    y += font->CalcTextSizeA(px, 1e9f, size.x * 0.8f, text.c_str()).y + f.px(20);
  };
  line(f.fonts.display, f.fonts.display->FontSize, f.content.conference.name.get(content::Lang::Zh),
       f.colors.text);
  line(f.fonts.heading, f.fonts.heading->FontSize, f.content.conference.name.get(content::Lang::En),
       f.colors.text_muted);
  y += f.px(30);
  // Rotate through what is happening now and featured exhibitors, one every 6 seconds.
  std::vector<std::pair<std::string, std::string>> slides;
  for (const auto* s : content::sessions_now(f.content, f.place.venue, f.now)) {
    slides.emplace_back(tr(Str::HappeningNow, f.lang()), s->title.get(f.lang()));
  }
  for (const auto& e : f.content.exhibitors) {
    if (e.featured)
      slides.emplace_back(tr(Str::Featured, f.lang()), e.name.get(f.lang()) + "  ·  " + e.booth);
  }
  if (!slides.empty()) {
    const auto& [label, text] = slides[static_cast<std::size_t>(seconds / 6.0) % slides.size()];
    line(f.fonts.body, f.fonts.body->FontSize, label, f.colors.accent);
    line(f.fonts.heading, f.fonts.heading->FontSize * 1.2f, text, f.colors.text);
  }
  const float alpha = 0.6f + 0.4f * static_cast<float>(std::sin(seconds * 2.0));
  y = size.y * 0.78f + dy;
  line(f.fonts.display, f.fonts.display->FontSize * 0.8f,
       std::string(tr(Str::TapToStart, content::Lang::Zh)) + "   " + tr(Str::TapToStart, content::Lang::En),
       ImVec4(f.colors.primary.x, f.colors.primary.y, f.colors.primary.z, alpha));
}

}  // namespace marquee::ui
