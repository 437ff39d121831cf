#include "ui/text_fit.hpp"

#include <cfloat>
#include <vector>

#include "core/utf8.hpp"

namespace marquee::ui {

std::string fit_one_line(const ImFont& font, float size, std::string_view text, float max_width) {
  const auto width = [&](std::string_view s) {
    return font.CalcTextSizeA(size, FLT_MAX, 0.0f, s.data(), s.data() + s.size()).x;
  };
  if (width(text) <= max_width) return std::string(text);
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
  const float room = max_width - width(kEllipsis);
  if (room < 0) return "";
  // Where each code point ends (an invalid byte counts as one), so a cut never splits a character.
  std::vector<std::size_t> ends;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = core::utf8_sequence_length_at(text, i);
    i += n ? n : 1;
    ends.push_back(i);
  }
  // Widths grow with the prefix: binary search for the longest prefix that fits. A combining
  // accent (an "i" + U+0301 in text that was not NFC-normalised) takes no room in the font, so the
  // longest prefix never leaves it behind its letter (text_fit_test checks that premise).
  std::size_t lo = 0, hi = ends.size();  // prefixes of ends[0..lo) code points fit
  while (lo < hi) {
    const std::size_t mid = (lo + hi + 1) / 2;
    if (width(text.substr(0, ends[mid - 1])) <= room)
      lo = mid;
    else
      hi = mid - 1;
  }
  std::string out(text.substr(0, lo ? ends[lo - 1] : 0));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + std::string(kEllipsis);
}

}  // namespace marquee::ui
