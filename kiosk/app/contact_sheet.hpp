#pragma once
// Pictures for `marquee show preview --every`: frames scaled down and laid out in a grid, each
// with its venue clock time underneath, so a whole show fits on one page per kiosk. Pixels only
// (no fonts: the times are drawn with a built-in 5x7 digit face).
#include <string>
#include <vector>

#include "platform/frame_renderer.hpp"

namespace marquee::app {

// Box-filtered to at most `max_width` pixels wide (an integer factor, so text stays legible).
platform::RgbaImage scale_down(const platform::RgbaImage& image, int max_width);

struct SheetFrame {
  std::string label;  // "20:00:30": digits and colons only
  platform::RgbaImage image;
};

// `columns` frames a row, each above its label, on a dark background.
platform::RgbaImage contact_sheet(const std::vector<SheetFrame>& frames, int columns = 4);

}  // namespace marquee::app
