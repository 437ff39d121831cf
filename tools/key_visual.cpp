// The demo event's key visual (1920x1080 JPEG): a night sky over a city skyline with light beams
// sweeping up from the venue, and the conference's name. Drawn for the attract loop and home.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <random>

#include "demo_art.hpp"

namespace marquee::tools {
namespace {

constexpr int kW = 1920, kH = 1080;
constexpr float kHorizon = kH * 0.74f;

void draw_stars(Canvas& c, std::mt19937& rng) {
  std::uniform_real_distribution<float> x(0, kW), y(0, kHorizon * 0.8f), bright(0.2f, 0.9f);
  for (int i = 0; i < 420; ++i) {
    const float sx = x(rng), sy = y(rng), b = bright(rng) * (1 - sy / kHorizon);
    c.fill_sdf(
        static_cast<int>(sx) - 3, static_cast<int>(sy) - 3, static_cast<int>(sx) + 4,
        static_cast<int>(sy) + 4, [&](float px, float py) { return sd_circle(px, py, sx, sy, 1.1f); },
        [&](float, float) {
          return Colour{1, 1, 1, b};
        });
  }
}

// Searchlight beams: additive wedges from points on the skyline, fading with height and off-axis.
void draw_beams(Canvas& c) {
  struct Beam {
    float x, angle, width;
    Colour colour;
  };
  const Beam beams[] = {{300, -0.35f, 0.05f, {0.2f, 0.8f, 1.0f, 1}},
                        {700, 0.15f, 0.04f, {0.9f, 0.3f, 1.0f, 1}},
                        {1050, -0.1f, 0.06f, {0.3f, 1.0f, 0.9f, 1}},
                        {1400, 0.3f, 0.045f, {1.0f, 0.5f, 0.8f, 1}},
                        {1700, -0.25f, 0.05f, {0.4f, 0.6f, 1.0f, 1}}};
  for (const Beam& b : beams) {
    const float ox = b.x, oy = kHorizon + 20;
    for (int y = 0; y < static_cast<int>(oy); ++y) {
      for (int x = 0; x < kW; ++x) {
        const float dx = static_cast<float>(x) - ox, dy = oy - static_cast<float>(y);
        const float off = std::atan2(dx, dy) - b.angle;
        const float across = std::exp(-(off * off) / (b.width * b.width));
        if (across < 0.01f) continue;
        const float along = std::exp(-dy / (kH * 0.9f));
        c.add(x, y, b.colour, 0.32f * across * along);
      }
    }
  }
}

// Towers of random widths and heights, dark against the glow, with some windows lit.
void draw_skyline(Canvas& c, std::mt19937& rng) {
  std::uniform_real_distribution<float> width(40, 130), height(60, 330), unit(0, 1);
  const Colour tower{0.03f, 0.035f, 0.08f, 1}, window{1.0f, 0.85f, 0.5f, 0.85f};
  for (float x = -20; x < kW;) {
    const float w = width(rng), h = height(rng) * (unit(rng) < 0.12f ? 1.6f : 1.0f);
    c.fill_rect(x, kHorizon - h, x + w, static_cast<float>(kH), tower);
    for (float wy = kHorizon - h + 14; wy < kHorizon - 8; wy += 18) {
      for (float wx = x + 8; wx < x + w - 12; wx += 16) {
        if (unit(rng) < 0.3f) c.fill_rect(wx, wy, wx + 7, wy + 9, window);
      }
    }
    x += w + 4;
  }
  c.fill_rect(0, kHorizon, kW, kH, tower);
  for (int y = static_cast<int>(kHorizon); y < kH; ++y) {  // the lake: the beams' glow reflected
    const float fade = 1 - (static_cast<float>(y) - kHorizon) / (kH - kHorizon);
    for (int x = 0; x < kW; x += 1) c.add(x, y, {0.35f, 0.2f, 0.6f, 1}, 0.12f * fade * fade);
  }
}

std::string text_of(const nlohmann::json& localized, const char* lang) {
  return localized.is_object() && localized.contains(lang) ? localized[lang].get<std::string>() : "";
}

}  // namespace

bool draw_key_visual(const Font& font, const nlohmann::json& conference, const std::filesystem::path& out) {
  Canvas c(kW, kH);
  c.vertical_gradient({{0.0f, {0.02f, 0.03f, 0.12f, 1}},
                       {0.45f, {0.12f, 0.06f, 0.3f, 1}},
                       {0.72f, {0.65f, 0.2f, 0.45f, 1}},
                       {0.76f, {0.95f, 0.45f, 0.35f, 1}},
                       {1.0f, {0.05f, 0.04f, 0.1f, 1}}});
  std::mt19937 rng(2027);
  draw_stars(c, rng);
  draw_beams(c);
  draw_skyline(c, rng);
  const Colour white{1, 1, 1, 1};
  font.draw_centred(c, text_of(conference["name"], "zh"), 120, kW / 2.0f, kH * 0.22f, white);
  font.draw_centred(c, text_of(conference["name"], "en"), 72, kW / 2.0f, kH * 0.36f, white);
  font.draw_centred(c, text_of(conference["tagline"], "en"), 40, kW / 2.0f, kH * 0.45f, {1, 1, 1, 0.8f});
  return c.save_jpeg(out, 85);
}

}  // namespace marquee::tools
