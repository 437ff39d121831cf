// The software rasteriser against what a GPU would draw: exact pixel coverage (centres, top-left
// rule), no double-blended shared edges, clipping, glyph blits, filtering and interpolation.
#include "platform/rasterizer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <set>

namespace marquee::platform {
namespace {

constexpr std::uint32_t kBlack = 0xFF000000u;

struct Image {
  Image(int w, int h) : pixels(static_cast<std::size_t>(w) * h, kBlack), canvas{pixels.data(), w, h, w} {}
  std::uint32_t at(int x, int y) const { return pixels[static_cast<std::size_t>(y) * canvas.width + x]; }
  int count(std::uint32_t value) const {
    int n = 0;
    for (auto p : pixels) n += p == value ? 1 : 0;
    return n;
  }
  std::vector<std::uint32_t> pixels;
  Canvas canvas;
};

ImDrawVert vert(float x, float y, ImU32 col, float u = 0, float v = 0) {
  ImDrawVert d{};
  d.pos = ImVec2(x, y);
  d.uv = ImVec2(u, v);
  d.col = col;
  return d;
}

const PixelRect kAll{0, 0, 4096, 4096};

void draw(Image& img, const std::vector<ImDrawVert>& v, const std::vector<ImDrawIdx>& idx,
          const SoftTexture* tex = nullptr, PixelRect clip = kAll) {
  draw_triangles(img.canvas, clip, tex, v.data(), idx.data(), idx.size());
}

// ImGui's PrimRect layout: a b c, a c d.
void rect(Image& img, float x0, float y0, float x1, float y1, ImU32 col, PixelRect clip = kAll) {
  draw(img, {vert(x0, y0, col), vert(x1, y0, col), vert(x1, y1, col), vert(x0, y1, col)}, {0, 1, 2, 0, 2, 3},
       nullptr, clip);
}

// Bounding box of the pixels that are not black.
PixelRect painted(const Image& img) {
  PixelRect r{img.canvas.width, img.canvas.height, 0, 0};
  for (int y = 0; y < img.canvas.height; ++y) {
    for (int x = 0; x < img.canvas.width; ++x) {
      if (img.at(x, y) != kBlack)
        r = {std::min(r.x0, x), std::min(r.y0, y), std::max(r.x1, x + 1), std::max(r.y1, y + 1)};
    }
  }
  return r;
}

TEST(Rasterizer, ColourConversionPutsRedHigh) {
  EXPECT_EQ(argb_from_imgui(IM_COL32(0x11, 0x22, 0x33, 0x44)), 0x44112233u);
}

TEST(Rasterizer, RectangleCoversThePixelsWhoseCentresAreInside) {
  Image img(64, 64);
  rect(img, 10.0f, 20.0f, 30.0f, 25.0f, IM_COL32(255, 0, 0, 255));
  const PixelRect r = painted(img);
  EXPECT_EQ(r.x0, 10);
  EXPECT_EQ(r.y0, 20);
  EXPECT_EQ(r.x1, 30);
  EXPECT_EQ(r.y1, 25);
  EXPECT_EQ(img.count(0xFFFF0000u), 20 * 5);

  Image half(64, 64);  // 10.5 is exactly a centre (included); 30.5 is the next centre (excluded)
  rect(half, 10.5f, 20.6f, 30.5f, 25.4f, IM_COL32(255, 0, 0, 255));
  const PixelRect h = painted(half);
  EXPECT_EQ(h.x0, 10);
  EXPECT_EQ(h.x1, 30);
  EXPECT_EQ(h.y0, 21);
  EXPECT_EQ(h.y1, 25);
}

TEST(Rasterizer, TranslucentRectangleBlendsOnce) {
  Image img(8, 8);
  clear(img.canvas, 0x000000FFu);  // blue
  rect(img, 0, 0, 8, 8, IM_COL32(255, 0, 0, 128));
  const std::uint32_t p = img.at(3, 3);
  EXPECT_NEAR(static_cast<int>((p >> 16) & 0xFF), 128, 1);  // half red
  EXPECT_NEAR(static_cast<int>(p & 0xFF), 127, 1);          // half of the blue left
  EXPECT_EQ(p >> 24, 0xFFu);
}

TEST(Rasterizer, TrianglesSharingAnEdgeDrawEachPixelOnce) {
  // A square split along the other diagonal (not ImGui's quad layout, so the triangle path runs)
  // with half-transparent white: a pixel drawn twice would be brighter than the rest.
  for (float offset : {0.0f, 0.25f, 0.5f, 0.37f}) {
    Image img(40, 40);
    const ImU32 c = IM_COL32(255, 255, 255, 128);
    const float a = 3 + offset, b = 33 + offset;
    draw(img, {vert(a, a, c), vert(b, a, c), vert(b, b, c), vert(a, b, c)}, {0, 1, 3, 1, 2, 3});
    std::set<std::uint32_t> colours(img.pixels.begin(), img.pixels.end());
    colours.erase(kBlack);
    ASSERT_EQ(colours.size(), 1u) << "offset " << offset;
    EXPECT_EQ(img.count(*colours.begin()), 30 * 30) << "offset " << offset;
  }
}

TEST(Rasterizer, ConvexFanCoversItsAreaWithoutSeams) {
  // A circle as ImGui draws filled shapes: a fan from the first point, translucent.
  Image img(256, 256);
  const ImU32 c = IM_COL32(0, 255, 0, 100);
  std::vector<ImDrawVert> v;
  const int n = 64;
  const float r = 100.0f;
  for (int i = 0; i < n; ++i) {
    const double t = 2 * std::numbers::pi * i / n;
    v.push_back(
        vert(128.3f + r * static_cast<float>(std::cos(t)), 127.8f + r * static_cast<float>(std::sin(t)), c));
  }
  std::vector<ImDrawIdx> idx;
  for (int i = 1; i + 1 < n; ++i)
    idx.insert(idx.end(), {0, static_cast<ImDrawIdx>(i), static_cast<ImDrawIdx>(i + 1)});
  draw(img, v, idx);
  std::set<std::uint32_t> colours(img.pixels.begin(), img.pixels.end());
  colours.erase(kBlack);
  ASSERT_EQ(colours.size(), 1u);
  const double polygon_area = 0.5 * n * r * r * std::sin(2 * std::numbers::pi / n);
  EXPECT_NEAR(img.count(*colours.begin()), polygon_area, polygon_area * 0.01);
}

TEST(Rasterizer, ClipRectangleIsHonoured) {
  Image img(64, 64);
  rect(img, 0, 0, 64, 64, IM_COL32(255, 255, 255, 255), PixelRect{5, 6, 20, 30});
  const PixelRect r = painted(img);
  EXPECT_EQ(r.x0, 5);
  EXPECT_EQ(r.y0, 6);
  EXPECT_EQ(r.x1, 20);
  EXPECT_EQ(r.y1, 30);
  Image tri(64, 64);  // the triangle path clips the same way
  const ImU32 c = IM_COL32(255, 255, 255, 255);
  draw(tri, {vert(-10, -10, c), vert(100, -10, c), vert(-10, 100, c)}, {0, 1, 2}, nullptr,
       PixelRect{5, 6, 20, 30});
  EXPECT_EQ(painted(tri).x0, 5);
  EXPECT_EQ(painted(tri).y1, 30);
  EXPECT_EQ(tri.count(0xFFFFFFFFu), 15 * 24);
}

TEST(Rasterizer, GlyphsBlitCoverageOneToOne) {
  // A 4x2 "glyph" at texels (2..6, 1..3) of an 8x4 alpha atlas, drawn at (10, 10) in yellow.
  std::vector<std::uint8_t> alpha(8 * 4, 0);
  const std::uint8_t coverage[2][4] = {{255, 128, 0, 64}, {32, 255, 255, 0}};
  for (int y = 0; y < 2; ++y) {
    for (int x = 0; x < 4; ++x) alpha[static_cast<std::size_t>((y + 1) * 8 + x + 2)] = coverage[y][x];
  }
  const SoftTexture atlas = SoftTexture::from_alpha(8, 4, alpha.data());
  Image img(32, 32);
  const ImU32 yellow = IM_COL32(255, 255, 0, 255);
  draw(img,
       {vert(10, 10, yellow, 2 / 8.0f, 1 / 4.0f), vert(14, 10, yellow, 6 / 8.0f, 1 / 4.0f),
        vert(14, 12, yellow, 6 / 8.0f, 3 / 4.0f), vert(10, 12, yellow, 2 / 8.0f, 3 / 4.0f)},
       {0, 1, 2, 0, 2, 3}, &atlas);
  for (int y = 0; y < 2; ++y) {
    for (int x = 0; x < 4; ++x) {
      const std::uint32_t p = img.at(10 + x, 10 + y);
      EXPECT_NEAR(static_cast<int>((p >> 16) & 0xFF), coverage[y][x], 1) << x << "," << y;  // red = coverage
      EXPECT_EQ(p & 0xFF, 0u);
    }
  }
  EXPECT_EQ(painted(img).x1, 14);
}

TEST(Rasterizer, LongGlyphRunsNeverSkipATexel) {
  // 1:1 over 1000 texels whose texture coordinates are not exact in binary: float error in the
  // step (0.99999...) must not drop or repeat a column.
  const int w = 1000, atlas_w = 1003, first = 3;
  std::vector<std::uint8_t> alpha(static_cast<std::size_t>(atlas_w));
  for (int x = 0; x < atlas_w; ++x)
    alpha[static_cast<std::size_t>(x)] = static_cast<std::uint8_t>(x * 7 % 256);
  const SoftTexture atlas = SoftTexture::from_alpha(atlas_w, 1, alpha.data());
  Image img(1100, 4);
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  const float x0 = 37.0f, u0 = static_cast<float>(first) / atlas_w, u1 = 1.0f;
  draw(img,
       {vert(x0, 1, white, u0, 0), vert(x0 + w, 1, white, u1, 0), vert(x0 + w, 2, white, u1, 1),
        vert(x0, 2, white, u0, 1)},
       {0, 1, 2, 0, 2, 3}, &atlas);
  for (int x = 0; x < w; ++x) {
    ASSERT_NEAR(static_cast<int>(img.at(37 + x, 1) & 0xFF), alpha[static_cast<std::size_t>(first + x)], 1)
        << "column " << x;
  }
}

TEST(Rasterizer, ScaledImagesAreFiltered) {
  // A 2x1 black|white image stretched to 64 pixels: a ramp in the middle, not a hard step.
  const std::uint8_t rgba[8] = {0, 0, 0, 255, 255, 255, 255, 255};
  const SoftTexture image = SoftTexture::from_rgba(2, 1, rgba);
  Image img(64, 4);
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  draw(img,
       {vert(0, 0, white, 0, 0), vert(64, 0, white, 1, 0), vert(64, 4, white, 1, 1), vert(0, 4, white, 0, 1)},
       {0, 1, 2, 0, 2, 3}, &image);
  EXPECT_EQ(img.at(2, 1), 0xFF000000u);  // clamped ends stay pure
  EXPECT_EQ(img.at(61, 1), 0xFFFFFFFFu);
  const auto mid = static_cast<int>(img.at(32, 1) & 0xFF);
  EXPECT_GT(mid, 100);
  EXPECT_LT(mid, 160);
  for (int x = 1; x < 64; ++x) EXPECT_GE(img.at(x, 1) & 0xFF, img.at(x - 1, 1) & 0xFF) << x;
}

TEST(Rasterizer, ImagesDrawnOneToOneCopyOpaqueTexelsAndBlendTranslucentOnes) {
  // A 3x2 image at (5, 4): opaque texels copied exactly, a half-transparent one blended over the
  // blue background, a transparent one leaving it; same result opaque-only (the copy path).
  const std::uint8_t rgba[3 * 2 * 4] = {255, 0,  0,  255, 0,   255, 0,   255, 0, 0, 0, 0,
                                        10,  20, 30, 255, 200, 200, 200, 128, 1, 2, 3, 255};
  const SoftTexture image = SoftTexture::from_rgba(3, 2, rgba);
  EXPECT_FALSE(image.opaque);
  Image img(16, 16);
  rect(img, 0, 0, 16, 16, IM_COL32(0, 0, 255, 255));
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  draw(img,
       {vert(5, 4, white, 0, 0), vert(8, 4, white, 1, 0), vert(8, 6, white, 1, 1), vert(5, 6, white, 0, 1)},
       {0, 1, 2, 0, 2, 3}, &image);
  EXPECT_EQ(img.at(5, 4), 0xFFFF0000u);
  EXPECT_EQ(img.at(6, 4), 0xFF00FF00u);
  EXPECT_EQ(img.at(7, 4), 0xFF0000FFu) << "transparent texel";
  EXPECT_EQ(img.at(5, 5), 0xFF0A141Eu);
  EXPECT_EQ(img.at(6, 5), 0xFF6464E3u) << "200 over 0 (and over 255 for blue) at alpha 128";
  EXPECT_EQ(img.at(7, 5), 0xFF010203u);
  EXPECT_EQ(img.at(4, 4), 0xFF0000FFu);
  EXPECT_EQ(img.at(8, 5), 0xFF0000FFu);

  const std::uint8_t solid[2 * 1 * 4] = {9, 8, 7, 255, 6, 5, 4, 255};
  const SoftTexture photo = SoftTexture::from_rgba(2, 1, solid);
  EXPECT_TRUE(photo.opaque);
  draw(img,
       {vert(0, 10, white, 0, 0), vert(2, 10, white, 1, 0), vert(2, 11, white, 1, 1),
        vert(0, 11, white, 0, 1)},
       {0, 1, 2, 0, 2, 3}, &photo, PixelRect{1, 0, 16, 16});
  EXPECT_EQ(img.at(0, 10), 0xFF0000FFu) << "clipped";
  EXPECT_EQ(img.at(1, 10), 0xFF060504u);
  EXPECT_EQ(img.at(2, 10), 0xFF0000FFu);
}

TEST(Rasterizer, ColoursInterpolateAcrossATriangle) {
  Image img(300, 300);
  draw(img,
       {vert(0, 0, IM_COL32(255, 0, 0, 255)), vert(300, 0, IM_COL32(0, 255, 0, 255)),
        vert(0, 300, IM_COL32(0, 0, 255, 255))},
       {0, 1, 2});
  auto channel = [&](int x, int y, int shift) { return static_cast<int>((img.at(x, y) >> shift) & 0xFF); };
  EXPECT_GT(channel(2, 2, 16), 245);          // red corner
  EXPECT_GT(channel(295, 2, 8), 240);         // green corner
  EXPECT_GT(channel(2, 295, 0), 240);         // blue corner
  EXPECT_NEAR(channel(100, 100, 16), 85, 2);  // the centroid mixes all three equally
  EXPECT_NEAR(channel(100, 100, 8), 85, 2);
  EXPECT_NEAR(channel(100, 100, 0), 85, 2);
  EXPECT_EQ(img.at(200, 200), kBlack);  // outside the hypotenuse
}

TEST(Rasterizer, DegenerateAndInvisibleTrianglesDrawNothing) {
  Image img(16, 16);
  const ImU32 c = IM_COL32(255, 255, 255, 255);
  draw(img, {vert(1, 1, c), vert(5, 5, c), vert(9, 9, c)}, {0, 1, 2});  // zero area
  rect(img, 2, 2, 10, 10, IM_COL32(255, 255, 255, 0));                  // fully transparent
  rect(img, 20, 20, 40, 40, c);                                         // off the canvas
  rect(img, -40, -40, -20, -20, c);
  EXPECT_EQ(img.count(kBlack), 16 * 16);
}

TEST(Rasterizer, RandomGeometryNeverWritesOutsideTheCanvasOrClip) {
  // A canvas inside a larger buffer (stride wider than the canvas, rows above and below): random
  // triangles and quads, some far off screen, some NaN, must leave every pixel outside the clip
  // rectangle untouched. (Also run under AddressSanitizer in the debug preset.)
  const int w = 97, h = 61, stride = 128, margin = 8;
  std::vector<std::uint32_t> buffer(static_cast<std::size_t>(stride) * (h + 2 * margin), 0x12345678u);
  Canvas canvas{buffer.data() + static_cast<std::size_t>(margin) * stride + margin, w, h, stride};
  const PixelRect clip{10, 5, 80, 50};
  std::uint32_t seed = 12345;
  auto rnd = [&seed](float lo, float hi) {
    seed = seed * 1664525u + 1013904223u;
    return lo + (hi - lo) * static_cast<float>(seed >> 8) / static_cast<float>(1u << 24);
  };
  std::vector<std::uint8_t> alpha(16 * 16, 200);
  const SoftTexture atlas = SoftTexture::from_alpha(16, 16, alpha.data());
  for (int round = 0; round < 2000; ++round) {
    const float range = round % 10 == 0 ? 1e7f : 200.0f;
    std::vector<ImDrawVert> v;
    for (int k = 0; k < 4; ++k) {
      v.push_back(vert(rnd(-range, range), rnd(-range, range),
                       IM_COL32(255, 0, 0, static_cast<int>(rnd(0, 255))), rnd(-0.5f, 1.5f),
                       rnd(-0.5f, 1.5f)));
    }
    if (round % 7 == 0) v[1].pos.x = std::numeric_limits<float>::quiet_NaN();
    if (round % 3 == 0) {  // an axis-aligned quad, the fast path
      v[1].pos.y = v[0].pos.y, v[2].pos.x = v[1].pos.x, v[3].pos.y = v[2].pos.y, v[3].pos.x = v[0].pos.x;
      v[1].col = v[2].col = v[3].col = v[0].col;
      v[1].uv = ImVec2(v[2].uv.x, v[0].uv.y), v[3].uv = ImVec2(v[0].uv.x, v[2].uv.y);
    }
    const std::vector<ImDrawIdx> idx{0, 1, 2, 0, 2, 3};
    draw_triangles(canvas, clip, round % 2 ? &atlas : nullptr, v.data(), idx.data(), idx.size());
  }
  int touched = 0;
  for (int y = -margin; y < h + margin; ++y) {
    for (int x = -margin; x < stride - margin; ++x) {
      const std::uint32_t p =
          buffer[static_cast<std::size_t>(y + margin) * stride + static_cast<std::size_t>(x + margin)];
      const bool inside = x >= clip.x0 && x < clip.x1 && y >= clip.y0 && y < clip.y1;
      if (!inside) {
        ASSERT_EQ(p, 0x12345678u) << "pixel " << x << "," << y << " outside the clip was written";
      }
      touched += inside && p != 0x12345678u ? 1 : 0;
    }
  }
  EXPECT_GT(touched, (clip.x1 - clip.x0) * (clip.y1 - clip.y0) / 2);  // and it did draw inside
}

}  // namespace
}  // namespace marquee::platform
