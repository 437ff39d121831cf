#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace marquee::ui {
namespace {

ImVec4 rgb(int r, int g, int b) {
  return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                static_cast<float>(b) / 255.0f, 1.0f);
}

const Palette kNormal = {
    rgb(11, 18, 32),     // background: deep navy
    rgb(22, 33, 54),     // surface (cards)
    rgb(31, 46, 74),     // surface_alt (pressed, chips)
    rgb(0, 184, 212),    // primary: cyan
    rgb(6, 20, 28),      // primary_text (on primary)
    rgb(241, 245, 250),  // text
    rgb(166, 180, 200),  // text_muted
    rgb(255, 196, 0),    // accent: amber
    rgb(46, 204, 113),   // live: green
    rgb(200, 16, 46),    // danger
    rgb(255, 255, 255),  // danger_text
    rgb(60, 80, 112),    // outline
};

const Palette kHighContrast = {
    rgb(0, 0, 0),     rgb(0, 0, 0),       rgb(40, 40, 40),    rgb(255, 255, 0),
    rgb(0, 0, 0),     rgb(255, 255, 255), rgb(230, 230, 230), rgb(255, 255, 0),
    rgb(0, 255, 120), rgb(255, 255, 0),   rgb(0, 0, 0),       rgb(255, 255, 255),
};

ImVec4 mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, 1.0f);
}

double channel(float c) {
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const ImVec4& c) {
  return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

}  // namespace

const Palette& palette(bool high_contrast) {
  return high_contrast ? kHighContrast : kNormal;
}

ImU32 to_u32(const ImVec4& c) {
  return ImGui::ColorConvertFloat4ToU32(c);
}

double contrast_ratio(const ImVec4& a, const ImVec4& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void apply_theme(float scale, bool high_contrast) {
  const Palette& p = palette(high_contrast);
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowPadding = ImVec2(32, 24);
  style.FramePadding = ImVec2(20, 14);
  style.ItemSpacing = ImVec2(16, 14);
  style.ItemInnerSpacing = ImVec2(12, 8);
  style.ScrollbarSize = 14;
  style.WindowRounding = 0;
  style.ChildRounding = 18;
  style.FrameRounding = 14;
  style.GrabRounding = 14;
  style.PopupRounding = 18;
  style.ScrollbarRounding = 8;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameBorderSize = high_contrast ? 2.0f : 0.0f;
  style.TouchExtraPadding = ImVec2(6, 6);
  style.AntiAliasedFill = true;
  // Lines as geometry (a solid core and two thin fringes), not as quads textured from the atlas's
  // baked lines: without a GPU, every pixel of a textured quad is an interpolated, sampled,
  // blended pixel, while a solid core is a plain span fill. The map's outlines and route cost
  // a third of its frame that way; on a GPU the two look and cost the same.
  style.AntiAliasedLinesUseTex = false;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = p.surface;
  c[ImGuiCol_PopupBg] = p.surface;
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.text_muted;
  c[ImGuiCol_Border] = p.outline;
  c[ImGuiCol_Button] = p.surface_alt;
  c[ImGuiCol_ButtonHovered] = p.surface_alt;  // no hover-only cues on a touch screen
  // Pressed: a lighter surface, so the light label stays readable under the finger; the selected
  // state (HeaderActive + NavHighlight as its text colour) is what uses the primary colour.
  c[ImGuiCol_ButtonActive] = mix(p.surface_alt, p.text, 0.2f);
  c[ImGuiCol_NavHighlight] = p.primary_text;
  c[ImGuiCol_FrameBg] = p.surface_alt;
  c[ImGuiCol_FrameBgHovered] = p.surface_alt;
  c[ImGuiCol_FrameBgActive] = p.surface_alt;
  c[ImGuiCol_Header] = p.surface_alt;
  c[ImGuiCol_HeaderHovered] = p.surface_alt;
  c[ImGuiCol_HeaderActive] = p.primary;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = p.outline;
  c[ImGuiCol_ScrollbarGrabHovered] = p.outline;
  c[ImGuiCol_ScrollbarGrabActive] = p.primary;
  c[ImGuiCol_Separator] = p.outline;
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace marquee::ui
