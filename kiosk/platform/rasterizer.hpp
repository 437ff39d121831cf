#pragma once
// A software rasteriser for Dear ImGui's triangles, for kiosks without a GPU.
//
// SDL's built-in software renderer treats every ImGui triangle as a textured, blended triangle
// and samples the texture per pixel, even for a flat card. Almost every pixel of a kiosk UI is a
// flat rectangle, a glyph or a convex fan of one colour, so this rasteriser recognises those and
// fills spans (a row fill when opaque) or blits glyphs straight from an alpha-only atlas.
// Everything else (anti-aliased fringes, lines, images) goes through a general scan converter.
//
// Coverage follows the usual GPU rules, so output matches an accelerated renderer: a pixel is
// drawn when its centre is inside the triangle; edges are exact in 1/256-pixel fixed point; and
// the top-left rule draws a pixel on an edge shared by two triangles exactly once (no seams or
// double-blended lines in translucent shapes).
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace marquee::platform {

// 32-bit pixels, 0xAARRGGBB. The screen ignores alpha; blending writes 0xFF there.
struct Canvas {
  std::uint32_t* pixels = nullptr;
  int width = 0;
  int height = 0;
  int stride = 0;  // pixels from one row to the next
};

// What the rasteriser samples: the font atlas as alpha only (its colour is white), or an image as
// 0xAARRGGBB with straight (not premultiplied) alpha.
struct SoftTexture {
  int width = 0;
  int height = 0;
  bool alpha_only = false;
  bool opaque = false;              // an image whose every texel has alpha 255 (photos, key visuals)
  std::vector<std::uint8_t> alpha;  // alpha_only: width * height
  std::vector<std::uint32_t> argb;  // otherwise: width * height

  static SoftTexture from_alpha(int width, int height, const std::uint8_t* alpha);
  static SoftTexture from_rgba(int width, int height, const std::uint8_t* rgba);  // R,G,B,A bytes
  std::uint32_t texel(int x, int y) const;                                        // clamped to the edge
  // Filtered between the four nearest texels; u and v in texels, 16.16 fixed point.
  std::uint32_t bilinear(std::int64_t u, std::int64_t v) const;
};

// Pixels [x0, x1) x [y0, y1).
struct PixelRect {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;
};

// ImGui's IM_COL32 (R in the low byte) as 0xAARRGGBB.
constexpr std::uint32_t argb_from_imgui(ImU32 c) {
  return (c & 0xFF00FF00u) | ((c & 0xFFu) << 16) | ((c >> 16) & 0xFFu);
}

void clear(Canvas& canvas, std::uint32_t argb);

// Draws indexed triangles in ImGui's vertex layout, clipped to `clip`, sampling `texture` (null:
// white) modulated by the vertex colour, blended by source alpha over what is there.
void draw_triangles(Canvas& canvas, const PixelRect& clip, const SoftTexture* texture,
                    const ImDrawVert* vertices, const ImDrawIdx* indices, std::size_t index_count);

// ImGui's whole frame. Texture ids must be SoftTexture pointers (or null). Positions are taken
// as pixels: the frame buffer scale must be 1.
void draw_imgui(Canvas& canvas, const ImDrawData& data);

}  // namespace marquee::platform
