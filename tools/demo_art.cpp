#include "demo_art.hpp"

#include <stb_image_write.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iterator>

#include "core/read_file.hpp"

namespace marquee::tools {

Colour hsv(float hue, float s, float v, float alpha) {
  const float h = std::fmod(std::fmod(hue, 360.0f) + 360.0f, 360.0f) / 60.0f;
  const float c = v * s, x = c * (1 - std::fabs(std::fmod(h, 2.0f) - 1)), m = v - c;
  float r = 0, g = 0, b = 0;
  switch (static_cast<int>(h)) {
    case 0:
      r = c, g = x;
      break;
    case 1:
      r = x, g = c;
      break;
    case 2:
      g = c, b = x;
      break;
    case 3:
      g = x, b = c;
      break;
    case 4:
      r = x, b = c;
      break;
    default:
      r = c, b = x;
      break;
  }
  return {r + m, g + m, b + m, alpha};
}

Colour mix(const Colour& a, const Colour& b, float t) {
  return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t};
}

Canvas::Canvas(int width, int height)
    : w_(width),
      h_(height),
      px_(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4, 0.0f) {}

void Canvas::blend(int x, int y, const Colour& c, float coverage) {
  if (x < 0 || y < 0 || x >= w_ || y >= h_ || coverage <= 0) return;
  float* p =
      &px_[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w_) + static_cast<std::size_t>(x)) * 4];
  const float a = std::clamp(c.a * coverage, 0.0f, 1.0f);
  p[0] = c.r * a + p[0] * (1 - a);
  p[1] = c.g * a + p[1] * (1 - a);
  p[2] = c.b * a + p[2] * (1 - a);
  p[3] = a + p[3] * (1 - a);
}

void Canvas::add(int x, int y, const Colour& c, float amount) {
  if (x < 0 || y < 0 || x >= w_ || y >= h_ || amount <= 0) return;
  float* p =
      &px_[(static_cast<std::size_t>(y) * static_cast<std::size_t>(w_) + static_cast<std::size_t>(x)) * 4];
  p[0] = std::min(1.0f, p[0] + c.r * amount);
  p[1] = std::min(1.0f, p[1] + c.g * amount);
  p[2] = std::min(1.0f, p[2] + c.b * amount);
  p[3] = std::min(1.0f, p[3] + amount);
}

void Canvas::fill_sdf(int x0, int y0, int x1, int y1, const std::function<float(float, float)>& sdf,
                      const std::function<Colour(float, float)>& paint) {
  for (int y = std::max(0, y0); y < std::min(h_, y1); ++y) {
    for (int x = std::max(0, x0); x < std::min(w_, x1); ++x) {
      const float fx = static_cast<float>(x) + 0.5f, fy = static_cast<float>(y) + 0.5f;
      const float coverage = std::clamp(0.5f - sdf(fx, fy), 0.0f, 1.0f);
      if (coverage > 0) blend(x, y, paint(fx, fy), coverage);
    }
  }
}

void Canvas::fill_rect(float x0, float y0, float x1, float y1, const Colour& c) {
  const float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  fill_sdf(
      static_cast<int>(x0) - 1, static_cast<int>(y0) - 1, static_cast<int>(x1) + 2, static_cast<int>(y1) + 2,
      [&](float x, float y) { return sd_round_box(x, y, cx, cy, (x1 - x0) / 2, (y1 - y0) / 2, 0); },
      [&](float, float) { return c; });
}

void Canvas::vertical_gradient(const std::vector<std::pair<float, Colour>>& stops) {
  for (int y = 0; y < h_; ++y) {
    const float t = (static_cast<float>(y) + 0.5f) / static_cast<float>(h_);
    Colour c = stops.front().second;
    for (std::size_t i = 1; i < stops.size(); ++i) {
      if (t <= stops[i].first) {
        const float span = std::max(1e-6f, stops[i].first - stops[i - 1].first);
        c = mix(stops[i - 1].second, stops[i].second,
                std::clamp((t - stops[i - 1].first) / span, 0.0f, 1.0f));
        break;
      }
      c = stops[i].second;
    }
    for (int x = 0; x < w_; ++x) blend(x, y, c, 1.0f);
  }
}

std::vector<std::uint8_t> Canvas::to_rgba8() const {
  std::vector<std::uint8_t> out(px_.size());
  for (std::size_t i = 0; i < px_.size(); i += 4) {
    const float a = px_[i + 3];
    for (std::size_t k = 0; k < 3; ++k) {
      const float straight = a > 0 ? px_[i + k] / a : 0.0f;
      out[i + k] = static_cast<std::uint8_t>(std::lround(std::clamp(straight, 0.0f, 1.0f) * 255));
    }
    out[i + 3] = static_cast<std::uint8_t>(std::lround(std::clamp(a, 0.0f, 1.0f) * 255));
  }
  return out;
}

bool Canvas::save_png(const std::filesystem::path& file) const {
  const auto rgba = to_rgba8();
  return save_atomically(file, [&](const std::filesystem::path& tmp) {
    return stbi_write_png(tmp.c_str(), w_, h_, 4, rgba.data(), w_ * 4) != 0;
  });
}

bool Canvas::save_jpeg(const std::filesystem::path& file, int quality) const {
  const auto rgba = to_rgba8();
  std::vector<std::uint8_t> rgb;
  rgb.reserve(rgba.size() / 4 * 3);
  for (std::size_t i = 0; i < rgba.size(); i += 4) rgb.insert(rgb.end(), &rgba[i], &rgba[i + 3]);
  return save_atomically(file, [&](const std::filesystem::path& tmp) {
    return stbi_write_jpg(tmp.c_str(), w_, h_, 3, rgb.data(), quality) != 0;
  });
}

float sd_circle(float x, float y, float cx, float cy, float r) {
  return std::hypot(x - cx, y - cy) - r;
}

float sd_round_box(float x, float y, float cx, float cy, float half_w, float half_h, float radius) {
  const float qx = std::fabs(x - cx) - half_w + radius, qy = std::fabs(y - cy) - half_h + radius;
  return std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f)) + std::min(std::max(qx, qy), 0.0f) - radius;
}

float sd_polygon(float x, float y, float cx, float cy, float r, int sides, float rotation) {
  // Distance to a regular polygon: fold the point into one sector, then measure to its edge.
  const float pi = 3.14159265f, sector = 2 * pi / static_cast<float>(sides);
  float a = std::atan2(y - cy, x - cx) - rotation;
  a = std::fmod(a + 100 * sector, sector) - sector / 2;
  const float d = std::hypot(x - cx, y - cy);
  return d * std::cos(a) - r * std::cos(sector / 2);
}

std::vector<std::uint32_t> decode_utf8(const std::string& s) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
    for (int k = 1; k < n && i + static_cast<std::size_t>(k) < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::uint32_t fnv1a(const std::string& s) {
  std::uint32_t h = 2166136261u;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

bool Font::load(const std::vector<std::filesystem::path>& candidates, int face) {
  for (const auto& path : candidates) {
    const core::FileText file = core::read_file(path);
    if (!file) continue;
    data_.assign(file.text.begin(), file.text.end());
    const int faces = std::max(1, stbtt_GetNumberOfFonts(data_.data()));
    const int offset = stbtt_GetFontOffsetForIndex(data_.data(), std::min(face, faces - 1));
    if (offset >= 0 && stbtt_InitFont(&info_, data_.data(), offset)) return true;
  }
  return false;
}

float Font::text_width(const std::string& utf8, float px) const {
  const float scale = stbtt_ScaleForPixelHeight(&info_, px);
  float w = 0;
  for (std::uint32_t cp : decode_utf8(utf8)) {
    int advance = 0, lsb = 0;
    stbtt_GetCodepointHMetrics(&info_, static_cast<int>(cp), &advance, &lsb);
    w += static_cast<float>(advance) * scale;
  }
  return w;
}

void Font::draw(Canvas& canvas, const std::string& utf8, float px, float x, float baseline,
                const Colour& c) const {
  const float scale = stbtt_ScaleForPixelHeight(&info_, px);
  std::vector<unsigned char> glyph;
  for (std::uint32_t cp : decode_utf8(utf8)) {
    const int code = static_cast<int>(cp);
    const float shift = x - std::floor(x);
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetCodepointBitmapBoxSubpixel(&info_, code, scale, scale, shift, 0, &x0, &y0, &x1, &y1);
    const int gw = x1 - x0, gh = y1 - y0;
    if (gw > 0 && gh > 0) {
      glyph.assign(static_cast<std::size_t>(gw) * static_cast<std::size_t>(gh), 0);
      stbtt_MakeCodepointBitmapSubpixel(&info_, glyph.data(), gw, gh, gw, scale, scale, shift, 0, code);
      const int ox = static_cast<int>(std::floor(x)) + x0, oy = static_cast<int>(std::lround(baseline)) + y0;
      for (int gy = 0; gy < gh; ++gy) {
        for (int gx = 0; gx < gw; ++gx) {
          const float cov = glyph[static_cast<std::size_t>(gy * gw + gx)] / 255.0f;
          canvas.blend(ox + gx, oy + gy, c, cov);
        }
      }
    }
    int advance = 0, lsb = 0;
    stbtt_GetCodepointHMetrics(&info_, code, &advance, &lsb);
    x += static_cast<float>(advance) * scale;
  }
}

void Font::draw_centred(Canvas& canvas, const std::string& utf8, float px, float cx, float cy,
                        const Colour& c) const {
  // Latin capitals and Han characters both sit at about 0.72 of the pixel height above the baseline.
  draw(canvas, utf8, px, cx - text_width(utf8, px) / 2, cy + px * 0.36f, c);
}

bool save_atomically(const std::filesystem::path& file,
                     const std::function<bool(const std::filesystem::path&)>& write) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  const std::filesystem::path tmp = file.string() + ".tmp-" + std::to_string(::getpid());
  if (!write(tmp)) return false;
  std::filesystem::rename(tmp, file, ec);
  return !ec;
}

}  // namespace marquee::tools
