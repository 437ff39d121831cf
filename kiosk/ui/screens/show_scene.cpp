// Show scenes: what a show script puts on every kiosk (full-screen colour or gradient, big text,
// a countdown, an image, scrolling text) and the banner overlay. Emergencies still win over these.
#include "ui/show_scene.hpp"

#include <cmath>
#include <cstdio>

#include "ui/frame_context.hpp"

namespace marquee::ui {
namespace {

ImU32 colour(const show::Rgb& c, float alpha = 1.0f) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, alpha));
}

// Black or white text, whichever reads better on the scene colour.
ImU32 text_on(const show::Rgb& c) {
  const float luma = 0.2126f * c.r + 0.7152f * c.g + 0.0722f * c.b;
  return luma > 0.5f ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
}

const std::string& text_for(const show::LocalizedText& t, content::Lang lang) {
  return t.in(content::lang_code(lang));
}

void centred(ImDrawList* dl, ImFont* font, float px, const std::string& text, float y, ImU32 col) {
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float wrap = size.x * 0.86f;
  const ImVec2 ts = font->CalcTextSizeA(px, 1e9f, wrap, text.c_str());
  dl->AddText(font, px, ImVec2((size.x - ts.x) / 2, y - ts.y / 2), col, text.c_str(), nullptr, wrap);
}

std::string countdown_text(core::WallTime now, core::WallTime until) {
  const long long left =
      std::max<long long>(0, std::chrono::duration_cast<std::chrono::seconds>(until - now).count());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", left / 3600, (left / 60) % 60, left % 60);
  return buf;
}

}  // namespace

void draw_show_scene(FrameContext& f, const show::DisplayCommand& scene) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const ImU32 ink = text_on(scene.color);
  const std::string& text = text_for(scene.text, f.lang());
  const std::string& other =
      text_for(scene.text, f.lang() == content::Lang::Zh ? content::Lang::En : content::Lang::Zh);
  switch (scene.kind) {
    case show::DisplayKind::ShowGradient:
      dl->AddRectFilledMultiColor(ImVec2(0, 0), size, colour(scene.color), colour(scene.color),
                                  colour(scene.color2), colour(scene.color2));
      break;
    case show::DisplayKind::ShowImage: {
      dl->AddRectFilled(ImVec2(0, 0), size, IM_COL32(0, 0, 0, 255));
      // Stretched to the screen as before; black until the worker has decoded it (a few frames).
      if (const ImageRef image = f.image(scene.asset, size)) dl->AddImage(image.texture, ImVec2(0, 0), size);
      break;
    }
    default:
      dl->AddRectFilled(ImVec2(0, 0), size, colour(scene.color));
      break;
  }
  const float secs = static_cast<float>(std::chrono::duration<double>(f.now.time_since_epoch()).count());
  switch (scene.kind) {
    case show::DisplayKind::ShowText:
      centred(dl, f.fonts.display, f.fonts.display->FontSize * 1.4f, text, size.y * 0.45f, ink);
      if (other != text)
        centred(dl, f.fonts.heading, f.fonts.heading->FontSize * 1.2f, other, size.y * 0.62f, ink);
      break;
    case show::DisplayKind::ShowCountdown:
      centred(dl, f.fonts.heading, f.fonts.heading->FontSize * 1.3f, text, size.y * 0.25f, ink);
      if (other != text) centred(dl, f.fonts.heading, f.fonts.heading->FontSize, other, size.y * 0.33f, ink);
      centred(dl, f.fonts.display, f.fonts.display->FontSize * 3.0f, countdown_text(f.now, scene.until),
              size.y * 0.58f, ink);
      break;
    case show::DisplayKind::ShowScroll: {
      const float px = f.fonts.display->FontSize * 1.4f;
      const float w = f.fonts.display->CalcTextSizeA(px, 1e9f, 0, text.c_str()).x;
      const float x = size.x - std::fmod(secs * f.px(240), w + size.x);
      dl->AddText(f.fonts.display, px, ImVec2(x, size.y * 0.45f - px / 2), ink, text.c_str());
      break;
    }
    default:
      break;
  }
}

void draw_overlay_banner(FrameContext& f, const show::LocalizedText& text) {
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float h = f.px(110);
  dl->AddRectFilled(ImVec2(0, f.px(96)), ImVec2(size.x, f.px(96) + h), to_u32(f.colors.accent));
  centred(dl, f.fonts.heading, f.fonts.heading->FontSize, text_for(text, f.lang()), f.px(96) + h / 2,
          to_u32(f.colors.primary_text));
}

}  // namespace marquee::ui
