#include "app/contact_sheet.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace marquee::app {
namespace {

constexpr int kGap = 8;
constexpr int kLabelScale = 2;
constexpr int kLabelHeight = 7 * kLabelScale + 2 * kGap;
constexpr std::uint8_t kBackground = 24;

// 5x7 glyphs for 0-9 and ':', one byte a row, bit 4 the leftmost pixel.
constexpr std::array<std::array<std::uint8_t, 7>, 11> kGlyphs = {{
    {0x0E, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0E},
    {0x04, 0x0C, 0x04, 0x04, 0x04, 0x04, 0x0E},
    {0x0E, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1F},
    {0x1F, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0E},
    {0x02, 0x06, 0x0A, 0x12, 0x1F, 0x02, 0x02},
    {0x1F, 0x10, 0x1E, 0x01, 0x01, 0x11, 0x0E},
    {0x06, 0x08, 0x10, 0x1E, 0x11, 0x11, 0x0E},
    {0x1F, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08},
    {0x0E, 0x11, 0x11, 0x0E, 0x11, 0x11, 0x0E},
    {0x0E, 0x11, 0x11, 0x0F, 0x01, 0x02, 0x0C},
    {0x00, 0x0C, 0x0C, 0x00, 0x0C, 0x0C, 0x00},
}};

void put(platform::RgbaImage& img, int x, int y, std::uint8_t v) {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return;
  std::uint8_t* p = &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4];
  p[0] = p[1] = p[2] = v;
  p[3] = 255;
}

void draw_label(platform::RgbaImage& img, const std::string& text, int x, int y) {
  for (char ch : text) {
    const int g = ch == ':' ? 10 : (ch >= '0' && ch <= '9' ? ch - '0' : -1);
    if (g >= 0) {
      for (int row = 0; row < 7; ++row)
        for (int col = 0; col < 5; ++col)
          if (kGlyphs[static_cast<std::size_t>(g)][static_cast<std::size_t>(row)] & (0x10 >> col))
            for (int dy = 0; dy < kLabelScale; ++dy)
              for (int dx = 0; dx < kLabelScale; ++dx)
                put(img, x + col * kLabelScale + dx, y + row * kLabelScale + dy, 235);
    }
    x += 6 * kLabelScale;
  }
}

}  // namespace

platform::RgbaImage scale_down(const platform::RgbaImage& image, int max_width) {
  const int f = std::max(1, (image.width + max_width - 1) / std::max(1, max_width));
  platform::RgbaImage out;
  out.width = std::max(1, image.width / f);
  out.height = std::max(1, image.height / f);
  out.rgba.assign(static_cast<std::size_t>(out.width) * out.height * 4, 0);
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      std::array<unsigned, 4> sum{};
      for (int sy = 0; sy < f; ++sy)
        for (int sx = 0; sx < f; ++sx) {
          const std::uint8_t* p =
              &image.rgba[(static_cast<std::size_t>(y * f + sy) * image.width + (x * f + sx)) * 4];
          for (int c = 0; c < 4; ++c) sum[static_cast<std::size_t>(c)] += p[c];
        }
      std::uint8_t* q = &out.rgba[(static_cast<std::size_t>(y) * out.width + x) * 4];
      for (int c = 0; c < 4; ++c)
        q[c] = static_cast<std::uint8_t>(sum[static_cast<std::size_t>(c)] / (f * f));
    }
  }
  return out;
}

platform::RgbaImage contact_sheet(const std::vector<SheetFrame>& frames, int columns) {
  int cell_w = 1, cell_h = 1;
  for (const auto& f : frames) {
    cell_w = std::max(cell_w, f.image.width);
    cell_h = std::max(cell_h, f.image.height);
  }
  const int n = static_cast<int>(frames.size());
  const int cols = std::max(1, std::min(columns, n));
  const int rows = std::max(1, (n + cols - 1) / cols);
  platform::RgbaImage sheet;
  sheet.width = kGap + cols * (cell_w + kGap);
  sheet.height = kGap + rows * (cell_h + kLabelHeight);
  sheet.rgba.assign(static_cast<std::size_t>(sheet.width) * sheet.height * 4, kBackground);
  for (std::size_t i = 3; i < sheet.rgba.size(); i += 4) sheet.rgba[i] = 255;
  for (int i = 0; i < n; ++i) {
    const auto& f = frames[static_cast<std::size_t>(i)];
    const int x0 = kGap + (i % cols) * (cell_w + kGap);
    const int y0 = kGap + (i / cols) * (cell_h + kLabelHeight);
    for (int y = 0; y < f.image.height; ++y)
      std::copy_n(&f.image.rgba[static_cast<std::size_t>(y) * f.image.width * 4], f.image.width * 4,
                  &sheet.rgba[(static_cast<std::size_t>(y0 + y) * sheet.width + x0) * 4]);
    draw_label(sheet, f.label, x0, y0 + f.image.height + kGap);
  }
  return sheet;
}

}  // namespace marquee::app
