// The screen a visitor sees while the kiosk recovers from a runtime failure: the event's name
// (from the last good content, when there is any) and "back in a moment" in the kiosk's
// languages, over the theme's background with a slow spinner. Never a crash dialog or a desktop.
#include <cmath>

#include "ui/frame_context.hpp"
#include "ui/strings.hpp"

namespace marquee::ui {

void draw_fallback(ImDrawList* dl, const FontSet& fonts, const Palette& colors, const content::Content* content,
                   const std::vector<content::Lang>& langs, double seconds) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  dl->AddRectFilled(ImVec2(0, 0), size, to_u32(colors.background));
  const float unit = std::min(size.x, size.y) / 1080.0f;
  float y = size.y * 0.30f;
  auto centred = [&](ImFont* font, float px, const std::string& text, const ImVec4& colour) {
    if (!font) return;
    const float wrap = size.x * 0.8f;
    const ImVec2 ts = font->CalcTextSizeA(px, 1e9f, wrap, text.c_str());
    dl->AddText(font, px, ImVec2((size.x - ts.x) / 2, y), to_u32(colour), text.c_str(), nullptr, wrap);
    y += ts.y + 32 * unit;
  };
  if (content && !langs.empty()) {
    centred(fonts.heading, fonts.heading ? fonts.heading->FontSize * 1.6f : 0, content->conference.name.get(langs.front()),
            colors.text);
  }
  for (content::Lang l : langs) centred(fonts.heading, fonts.heading ? fonts.heading->FontSize : 0, tr(Str::BackSoon, l), colors.text_muted);
  // A ring of dots turning once every two seconds: the kiosk is alive and working on it.
  const ImVec2 c(size.x / 2, y + 80 * unit);
  for (int i = 0; i < 12; ++i) {
    const double a = i * 3.14159265 / 6 + seconds * 3.14159265;
    const float fade = static_cast<float>(i + 1) / 12.0f;
    ImVec4 dot = colors.primary;
    dot.w = fade;
    dl->AddCircleFilled(ImVec2(c.x + 44 * unit * static_cast<float>(std::cos(a)), c.y + 44 * unit * static_cast<float>(std::sin(a))),
                        7 * unit, to_u32(dot));
  }
}

}  // namespace marquee::ui
