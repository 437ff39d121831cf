#pragma once
// A tiny 2D painter for the demo content's generated images (build time only, not the kiosk):
// a float RGBA canvas with anti-aliased shapes from signed distances, gradients, additive light and
// text from a TrueType font (stb_truetype), saved as PNG or JPEG (stb_image_write).
#include <stb_truetype.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace marquee::tools {

struct Colour {
  float r = 0, g = 0, b = 0, a = 1;  // straight alpha, 0..1
};
Colour hsv(float hue_degrees, float saturation, float value, float alpha = 1);
Colour mix(const Colour& a, const Colour& b, float t);

class Canvas {
 public:
  Canvas(int width, int height);
  int width() const { return w_; }
  int height() const { return h_; }

  // Composites colour over the pixel with the given coverage (0..1).
  void blend(int x, int y, const Colour& c, float coverage);
  // Adds light (screen-like additive), for beams and glows.
  void add(int x, int y, const Colour& c, float amount);
  // Fills where sdf(x, y) < 0, anti-aliased over one pixel; bounded by [x0, x1) x [y0, y1).
  void fill_sdf(int x0, int y0, int x1, int y1, const std::function<float(float, float)>& sdf,
                const std::function<Colour(float, float)>& paint);
  void fill_rect(float x0, float y0, float x1, float y1, const Colour& c);
  // A vertical gradient through colour stops at 0..1 of the height.
  void vertical_gradient(const std::vector<std::pair<float, Colour>>& stops);

  bool save_png(const std::filesystem::path& file) const;
  bool save_jpeg(const std::filesystem::path& file, int quality) const;

 private:
  std::vector<std::uint8_t> to_rgba8() const;
  int w_, h_;
  std::vector<float> px_;  // premultiplied RGBA
};

// Signed distances (negative inside).
float sd_circle(float x, float y, float cx, float cy, float r);
float sd_round_box(float x, float y, float cx, float cy, float half_w, float half_h, float radius);
float sd_polygon(float x, float y, float cx, float cy, float r, int sides, float rotation);

class Font {
 public:
  // Loads the first of the candidate files that exists; face picks one font from a collection.
  bool load(const std::vector<std::filesystem::path>& candidates, int face);
  float text_width(const std::string& utf8, float px) const;
  // Draws text with its left end at x and its baseline at y.
  void draw(Canvas& canvas, const std::string& utf8, float px, float x, float baseline,
            const Colour& c) const;
  // Centred horizontally on cx, with the cap height centred on cy.
  void draw_centred(Canvas& canvas, const std::string& utf8, float px, float cx, float cy,
                    const Colour& c) const;

 private:
  std::vector<unsigned char> data_;
  stbtt_fontinfo info_{};
};

std::vector<std::uint32_t> decode_utf8(const std::string& s);
std::uint32_t fnv1a(const std::string& s);

// Writes through a temporary name and renames, so a reader (or a second build tree generating
// the same files) never sees half a file.
bool save_atomically(const std::filesystem::path& file,
                     const std::function<bool(const std::filesystem::path&)>& write);

}  // namespace marquee::tools
