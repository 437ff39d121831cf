// QR hand-off on the cards: dark modules as filled rectangles on a white square (quiet zone
// included), one rectangle per run of dark modules in a row.
#include "ui/frame_context.hpp"
#include "ui/tap_targets.hpp"
#include "ui/way_strings.hpp"

namespace marquee::ui {

namespace {

// The code with its top-left corner at `at`; returns its side in pixels (0: nothing drawn).
float draw_code(FrameContext& f, const std::string& url, ImVec2 at) {
  const QrMatrix* m = url.empty() || !f.qr ? nullptr : f.qr->get(url);
  if (!m) return 0;
  const int module = qr_module_px(m->size, f.dpi, f.scale);
  const float side = static_cast<float>(qr_side_px(m->size, module));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(at, ImVec2(at.x + side, at.y + side), IM_COL32(255, 255, 255, 255));
  const float q = static_cast<float>(kQrQuietZone * module), mp = static_cast<float>(module);
  for (int y = 0; y < m->size; ++y) {
    for (int x = 0; x < m->size;) {
      if (!m->at(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < m->size && m->at(end, y)) ++end;
      dl->AddRectFilled(ImVec2(at.x + q + static_cast<float>(x) * mp, at.y + q + static_cast<float>(y) * mp),
                        ImVec2(at.x + q + static_cast<float>(end) * mp, at.y + q + static_cast<float>(y + 1) * mp),
                        IM_COL32(0, 0, 0, 255));
      x = end;
    }
  }
  record_tap_area("qr", at, ImVec2(at.x + side, at.y + side));
  return side;
}

}  // namespace

float qr_side(const FrameContext& f, const std::string& url) {
  const QrMatrix* m = url.empty() || !f.qr ? nullptr : f.qr->get(url);
  return m ? static_cast<float>(qr_side_px(m->size, qr_module_px(m->size, f.dpi, f.scale))) : 0.0f;
}

void qr_block(FrameContext& f, const std::string& url) {
  const float side = draw_code(f, url, ImGui::GetCursorScreenPos());
  if (side <= 0) return;
  ImGui::Dummy(ImVec2(side, side));
  // The caption to its right, wrapped in what is left of the line.
  ImGui::SameLine(0, f.px(16));
  const float wrap = ImGui::GetContentRegionAvail().x;
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, side / 2 - f.fonts.body->FontSize));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(wrap, f.px(160)));
  ImGui::TextUnformatted(tr(WayStr::ScanToOpen, f.lang()));
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

void qr_corner(FrameContext& f, const std::string& url, ImVec2 top_right) {
  const float side = qr_side(f, url);
  if (side <= 0) return;
  const ImVec2 at(top_right.x - side, top_right.y);
  draw_code(f, url, at);
  // The caption under it, centred and wrapped to its width.
  ImFont* font = f.fonts.small;
  const char* caption = tr(WayStr::ScanToOpen, f.lang());
  const ImVec2 ts = font->CalcTextSizeA(font->FontSize, 1e9f, side, caption);
  ImGui::GetWindowDrawList()->AddText(font, font->FontSize, ImVec2(at.x + std::max(0.0f, (side - ts.x) / 2), at.y + side + f.px(8)),
                                      to_u32(f.colors.text_muted), caption, nullptr, side);
}

}  // namespace marquee::ui
