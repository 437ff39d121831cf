#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "ui/frame_context.hpp"
#include "ui/tap_targets.hpp"

namespace marquee::ui {
namespace {
// A touch that moved further than this (pixels at 1080p) is a drag, not a tap.
constexpr float kTapSlopPx = 18.0f;
}  // namespace

bool tap_button(const char* label, ImVec2 size, bool selected) {
  // A selected tab keeps one look whatever the finger does (pressed or still "hovered" where the
  // finger lifted): the selected background with the text colour made for it.
  const int pushed = selected ? 4 : 0;
  if (selected) {
    const ImVec4 fill = ImGui::GetStyleColorVec4(ImGuiCol_HeaderActive);
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, fill);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_NavHighlight));
  }
  const bool pressed = ImGui::Button(label, size);
  record_tap_target(label);
  ImGui::PopStyleColor(pushed);
  const float slop = kTapSlopPx * ImGui::GetIO().DisplaySize.y / 1080.0f;
  return pressed && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < slop * slop;
}

bool captioned_toggle(const char* symbol, const char* id, const char* caption, ImVec2 size, bool on,
                      ImFont* symbol_font, ImFont* caption_font) {
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const std::string hidden = std::string("##") + id;
  const bool pressed = tap_button(hidden.c_str(), size, on);
  record_tap_target(std::string(symbol) + hidden);  // found by its symbol, as a person would
  const ImU32 colour = ImGui::GetColorU32(on ? ImGuiCol_NavHighlight : ImGuiCol_Text);
  const ImVec2 ss = symbol_font->CalcTextSizeA(symbol_font->FontSize, 1e9f, 0, symbol);
  const float cap_w = size.x - 2 * ImGui::GetStyle().FramePadding.x;
  ImFont* cf = fitting_font(caption, cap_w, {caption_font});
  const ImVec2 cs = cf->CalcTextSizeA(cf->FontSize, 1e9f, 0, caption);
  const float top = at.y + (size.y - ss.y - cs.y) / 2;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddText(symbol_font, symbol_font->FontSize, ImVec2(at.x + (size.x - ss.x) / 2, top), colour, symbol);
  const ImVec4 clip(at.x, at.y, at.x + size.x, at.y + size.y);
  dl->AddText(cf, cf->FontSize, ImVec2(at.x + std::max((size.x - cs.x) / 2, 2.0f), top + ss.y), colour, caption,
              nullptr, 0, &clip);
  return pressed;
}

void touch_scroll(TouchScroll& scroll) {
  ImGuiIO& io = ImGui::GetIO();
  const float slop = kTapSlopPx * io.DisplaySize.y / 1080.0f;
  // A drag belongs to the list it started in, even when the finger then leaves the list.
  if (scroll.to_top) {
    ImGui::SetScrollY(0);
    scroll = TouchScroll{};
  }
  if (ImGui::IsMouseClicked(0)) {
    scroll.captured = ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                                             ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
  }
  if (!ImGui::IsMouseDown(0)) scroll.captured = false;
  if (scroll.captured && io.MouseDragMaxDistanceSqr[0] >= slop * slop) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
    scroll.velocity = io.DeltaTime > 0 ? -io.MouseDelta.y / io.DeltaTime : 0;
  } else if (!ImGui::IsMouseDown(0) && std::fabs(scroll.velocity) > 1.0f) {
    ImGui::SetScrollY(ImGui::GetScrollY() + scroll.velocity * io.DeltaTime);
    scroll.velocity *= std::exp(-4.0f * io.DeltaTime);  // inertia: comes to rest in about a second
  } else if (!scroll.captured) {
    scroll.velocity = 0;
  }
}

bool card_button(const char* id, ImVec2 size, ImU32 stripe, std::string_view name, bool selected) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, size);
  record_tap_target(name.empty() ? std::string_view(id) : name);
  const float slop = kTapSlopPx * ImGui::GetIO().DisplaySize.y / 1080.0f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = ImGui::GetStyle().ChildRounding;
  const ImU32 bg = ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_FrameBg : ImGuiCol_ChildBg);
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, r);
  dl->AddRectFilled(pos, ImVec2(pos.x + r * 0.5f, pos.y + size.y), stripe, r, ImDrawFlags_RoundCornersLeft);
  // The open card is marked; in high contrast (cards as dark as the background) every card has
  // an outline so it still reads as something to tap.
  const float border = ImGui::GetStyle().FrameBorderSize;
  if (selected) {
    dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_HeaderActive), r, 0,
                std::max(3.0f, border * 2));
  } else if (border > 0) {
    dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(ImGuiCol_Border), r, 0, border);
  }
  return pressed && ImGui::GetIO().MouseDragMaxDistanceSqr[0] < slop * slop;
}

void text_colored(const ImVec4& colour, const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(text);
  ImGui::PopStyleColor();
}

void text_wrapped_width(const char* text, float width) {
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted(text);
  ImGui::PopTextWrapPos();
}

ImFont* fitting_font(const char* label, float width, std::initializer_list<ImFont*> fonts) {
  ImFont* last = nullptr;
  for (ImFont* font : fonts) {
    if (!font) continue;
    last = font;
    const char* end = std::strstr(label, "##");  // ImGui's hidden-ID suffix is not drawn
    if (font->CalcTextSizeA(font->FontSize, 1e9f, 0, label, end).x <= width) return font;
  }
  return last;
}

void flow_same_line(const char* label, float max_x, float spacing) {
  ImGui::SameLine(0, spacing);
  const float w = ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
  if (ImGui::GetCursorScreenPos().x + w > max_x) ImGui::NewLine();
}

void image_fit(const ImageRef& image, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float box_w = max.x - min.x, box_h = max.y - min.y;
  if (!image || image.width <= 0 || image.height <= 0) {
    const float r = std::min(box_w, box_h) * 0.08f;
    dl->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), r);
    dl->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), r);
    return;
  }
  const float s = std::min(box_w / static_cast<float>(image.width), box_h / static_cast<float>(image.height));
  const float w = static_cast<float>(image.width) * s, h = static_cast<float>(image.height) * s;
  // Whole-pixel corners: an image drawn at its decoded size is copied 1:1, not filtered.
  const ImVec2 p0(std::floor(min.x + (box_w - w) / 2), std::floor(min.y + (box_h - h) / 2));
  dl->AddImage(image.texture, p0, ImVec2(p0.x + std::round(w), p0.y + std::round(h)));
}

bool draw_image(const FrameContext& f, const std::string& asset, ImVec2 min, ImVec2 max) {
  const ImageRef image = f.image(asset, ImVec2(max.x - min.x, max.y - min.y));
  image_fit(image, min, max);
  return static_cast<bool>(image);
}

}  // namespace marquee::ui
