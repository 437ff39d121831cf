#include "ui/text_fit.hpp"

#include <cfloat>

namespace marquee::ui {

std::string fit_one_line(const ImFont& font, float size, std::string_view text, float max_width) {
  const auto width = [&](std::string_view s) {
    return font.CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
  };
  if (width(text) <= max_width) return std::string(text);
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  const float room = max_width - width(kEllipsis);
  if (room < 0) return "";
  // Given a width, ImGui measures glyph by glyph (decoding UTF-8, so it stops between characters)
  // and reports where the text stopped fitting: the longest prefix, in one pass. A combining accent
  // (an "i" + U+0301 in text that was not NFC-normalised) takes no room in the font, so the cut
  // never leaves it behind its letter (text_fit_test checks that premise).
  const char* stop = text.data() + text.size();
  font.CalcTextSizeA(size, room, 0.0f, text.data(), text.data() + text.size(), &stop);
  std::string out(text.data(), stop);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(kEllipsis);
}

}  // namespace marquee::ui
