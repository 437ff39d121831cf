#include "platform/rasterizer.hpp"

#include <algorithm>
#include <cmath>

namespace marquee::platform {
namespace {

constexpr std::int64_t kSub = 256;  // fixed-point steps per pixel
constexpr std::int64_t kHalf = kSub / 2;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {  // b > 0
  const std::int64_t q = a / b;
  return (a % b != 0 && a < 0) ? q - 1 : q;
}
std::int64_t ceil_div(std::int64_t a, std::int64_t b) {  // b > 0
  return -floor_div(-a, b);
}
std::int64_t to_fixed(float v) {
  return std::llround(static_cast<double>(v) * kSub);
}

// Far beyond any screen, yet small enough that edge functions cannot overflow 64 bits.
constexpr float kMaxCoordinate = 1 << 22;
bool drawable(const ImDrawVert& v) {
  return std::isfinite(v.pos.x) && std::isfinite(v.pos.y) && std::abs(v.pos.x) < kMaxCoordinate &&
         std::abs(v.pos.y) < kMaxCoordinate;
}

// x * y / 255, rounded, for bytes.
std::uint32_t mul255(std::uint32_t x, std::uint32_t y) {
  const std::uint32_t t = x * y + 128;
  return (t + (t >> 8)) >> 8;
}

std::uint32_t modulate(std::uint32_t a, std::uint32_t b) {
  if (b == 0xFFFFFFFFu) return a;
  return (mul255(a >> 24, b >> 24) << 24) | (mul255((a >> 16) & 0xFF, (b >> 16) & 0xFF) << 16) |
         (mul255((a >> 8) & 0xFF, (b >> 8) & 0xFF) << 8) | mul255(a & 0xFF, b & 0xFF);
}

// A source colour with its alpha applied once, so blending a run of pixels costs two multiplies
// per pixel (red+blue in one lane pair, green in another).
struct Source {
  std::uint32_t rb;     // (r, b) * alpha + rounding
  std::uint32_t g;      // g * alpha + rounding
  std::uint32_t ia;     // 255 - alpha
  std::uint32_t solid;  // the opaque pixel when alpha is 255
  std::uint32_t alpha;

  explicit Source(std::uint32_t argb) : ia(255 - (argb >> 24)), solid(argb | 0xFF000000u), alpha(argb >> 24) {
    rb = (argb & 0xFF00FFu) * alpha + 0x800080u;
    g = (argb & 0xFF00u) * alpha + 0x8000u;
  }
  std::uint32_t over(std::uint32_t dst) const {
    std::uint32_t rb_sum = rb + (dst & 0xFF00FFu) * ia;
    rb_sum = ((rb_sum + ((rb_sum >> 8) & 0xFF00FFu)) >> 8) & 0xFF00FFu;
    std::uint32_t g_sum = g + (dst & 0xFF00u) * ia;
    g_sum = ((g_sum + ((g_sum >> 8) & 0xFF00u)) >> 8) & 0xFF00u;
    return 0xFF000000u | rb_sum | g_sum;
  }
};

std::uint32_t blend(std::uint32_t dst, std::uint32_t src) {
  const std::uint32_t a = src >> 24;
  if (a == 255) return src;
  if (a == 0) return dst;
  return Source(src).over(dst);
}

// Kept out of line on purpose: inlined into the scan loops, GCC emits the fill as a scalar store
// per pixel; on its own it is vectorised (a fifth of the map's frame went to that loop).
[[gnu::noinline]] void fill_opaque(std::uint32_t* first, std::uint32_t* last, std::uint32_t pixel) {
  for (; first != last; ++first) *first = pixel;
}

void fill_span(std::uint32_t* row, int x0, int x1, const Source& s) {
  if (s.alpha == 255) {
    fill_opaque(row + x0, row + x1, s.solid);
  } else if (s.alpha != 0) {
    for (int x = x0; x < x1; ++x) row[x] = s.over(row[x]);
  }
}

// Walks floor(m / d) as m grows by a fixed step per row, without a division per row.
struct FloorWalker {
  std::int64_t q = 0, r = 0, d = 1, step_q = 0, step_r = 0;
  void init(std::int64_t m, std::int64_t step, std::int64_t divisor) {
    d = divisor;
    q = floor_div(m, d);
    r = m - q * d;
    step_q = floor_div(step, d);
    step_r = step - step_q * d;
  }
  void advance() {
    q += step_q;
    r += step_r;
    if (r >= d) {
      r -= d;
      ++q;
    }
  }
};

struct FixedPoint {
  std::int64_t x, y;
};

// Linear interpolation of one attribute over the triangle, evaluated at pixel centres.
struct Gradient {
  float at_origin, dx, dy;  // value at pixel (0, 0)'s centre, and per pixel
};

Gradient gradient(const float (&pos)[3][2], float a0, float a1, float a2, float inv_det) {
  const float ex1 = pos[1][0] - pos[0][0], ey1 = pos[1][1] - pos[0][1];
  const float ex2 = pos[2][0] - pos[0][0], ey2 = pos[2][1] - pos[0][1];
  const float dx = ((a1 - a0) * ey2 - (a2 - a0) * ey1) * inv_det;
  const float dy = ((a2 - a0) * ex1 - (a1 - a0) * ex2) * inv_det;
  return {a0 + dx * (0.5f - pos[0][0]) + dy * (0.5f - pos[0][1]), dx, dy};
}

int clamp_byte(float v) {
  return v <= 0.0f ? 0 : v >= 255.0f ? 255 : static_cast<int>(v + 0.5f);
}

class TriangleRasterizer {
 public:
  TriangleRasterizer(Canvas& canvas, const PixelRect& clip, const SoftTexture* texture)
      : canvas_(canvas), clip_(clip), texture_(texture) {}

  void draw(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c);
  // ImGui's PrimRect / PrimRectUV: two triangles (a, b, c) + (a, c, d) over an axis-aligned
  // rectangle with one colour. Returns false if the six indices are not such a quad.
  bool try_quad(const ImDrawVert* v, const ImDrawIdx* idx);

 private:
  template <typename SpanFn>
  void scan(const ImDrawVert* v[3], SpanFn&& span);
  void draw_fading(const ImDrawVert* v[3], std::uint32_t rgb, const Gradient& alpha);
  void fill_rect(float x0, float y0, float x1, float y1, std::uint32_t argb);
  void blit_rect(const ImDrawVert& tl, const ImDrawVert& br, std::uint32_t colour);
  bool image_row_1to1(std::uint32_t* dst, int x0, int x1, std::int64_t u_start, int ty,
                      std::uint32_t colour) const;
  std::uint32_t sample(float u, float v) const {
    if (!texture_) return 0xFFFFFFFFu;
    return texture_->texel(static_cast<int>(std::floor(u * static_cast<float>(texture_->width))),
                           static_cast<int>(std::floor(v * static_cast<float>(texture_->height))));
  }
  std::uint32_t* row(int y) { return canvas_.pixels + static_cast<std::ptrdiff_t>(y) * canvas_.stride; }

  Canvas& canvas_;
  PixelRect clip_;
  const SoftTexture* texture_;
};

// Calls span(y, x0, x1) for each row of pixels whose centres are inside the triangle, clipped.
template <typename SpanFn>
void TriangleRasterizer::scan(const ImDrawVert* v[3], SpanFn&& span) {
  FixedPoint p[3];
  for (int k = 0; k < 3; ++k) p[k] = {to_fixed(v[k]->pos.x), to_fixed(v[k]->pos.y)};
  std::int64_t area = (p[1].x - p[0].x) * (p[2].y - p[0].y) - (p[2].x - p[0].x) * (p[1].y - p[0].y);
  if (area == 0) return;
  if (area < 0) std::swap(p[1], p[2]);  // make every edge function positive inside

  const std::int64_t ymin = std::min({p[0].y, p[1].y, p[2].y}), ymax = std::max({p[0].y, p[1].y, p[2].y});
  const std::int64_t xmin = std::min({p[0].x, p[1].x, p[2].x}), xmax = std::max({p[0].x, p[1].x, p[2].x});
  const auto y_lo = static_cast<int>(std::max<std::int64_t>(clip_.y0, ceil_div(ymin - kHalf, kSub)));
  const auto y_hi = static_cast<int>(std::min<std::int64_t>(clip_.y1 - 1, floor_div(ymax - kHalf, kSub)));
  const auto x_lo = static_cast<int>(std::max<std::int64_t>(clip_.x0, ceil_div(xmin - kHalf, kSub)));
  const auto x_hi = static_cast<int>(std::min<std::int64_t>(clip_.x1 - 1, floor_div(xmax - kHalf, kSub)));
  if (y_lo > y_hi || x_lo > x_hi) return;

  // Edge a->b: E(p) = A*px + B*py + C, >= 0 inside. A pixel exactly on an edge belongs to the
  // triangle only for left and top edges (A > 0, or A == 0 and B > 0): E - bias >= 0.
  FloorWalker lower[3], upper[3];
  int n_lower = 0, n_upper = 0;
  std::int64_t flat_k[3], flat_step[3];
  int n_flat = 0;
  const std::int64_t py0 = static_cast<std::int64_t>(y_lo) * kSub + kHalf;
  for (int e = 0; e < 3; ++e) {
    const FixedPoint& pa = p[e];
    const FixedPoint& pb = p[(e + 1) % 3];
    const std::int64_t A = pa.y - pb.y, B = pb.x - pa.x;
    const std::int64_t C = -(A * pa.x + B * pa.y);
    const bool top_left = A > 0 || (A == 0 && B > 0);
    // E at the first row, at pixel x = i: A*(kSub*i + kHalf) + B*py0 + C - bias >= 0.
    const std::int64_t k = B * py0 + C - (top_left ? 0 : 1) + A * kHalf;
    if (A > 0) {  // i >= ceil(-k / (kSub*A))
      const std::int64_t d = kSub * A;
      lower[n_lower++].init(-k + d - 1, -B * kSub, d);
    } else if (A < 0) {  // i <= floor(k / (kSub*-A))
      upper[n_upper++].init(k, B * kSub, -kSub * A);
    } else {
      flat_k[n_flat] = k;
      flat_step[n_flat++] = B * kSub;
    }
  }
  for (int y = y_lo; y <= y_hi; ++y) {
    std::int64_t x0 = x_lo, x1 = x_hi;
    bool inside = true;
    for (int e = 0; e < n_lower; ++e) x0 = std::max(x0, lower[e].q), lower[e].advance();
    for (int e = 0; e < n_upper; ++e) x1 = std::min(x1, upper[e].q), upper[e].advance();
    for (int e = 0; e < n_flat; ++e) inside = inside && flat_k[e] >= 0, flat_k[e] += flat_step[e];
    if (inside && x0 <= x1) span(y, static_cast<int>(x0), static_cast<int>(x1) + 1);
  }
}

void TriangleRasterizer::draw(const ImDrawVert& a, const ImDrawVert& b, const ImDrawVert& c) {
  if (!drawable(a) || !drawable(b) || !drawable(c)) return;  // NaN or absurd: nothing sensible to draw
  const ImDrawVert* v[3] = {&a, &b, &c};
  const bool one_colour = a.col == b.col && b.col == c.col;
  const bool one_uv = a.uv.x == b.uv.x && a.uv.x == c.uv.x && a.uv.y == b.uv.y && a.uv.y == c.uv.y;
  if (one_colour && one_uv) {  // a flat shape: the texel is the same everywhere (ImGui's white pixel)
    const Source s(modulate(argb_from_imgui(a.col), sample(a.uv.x, a.uv.y)));
    if (s.alpha == 0) return;
    scan(v, [&](int y, int x0, int x1) { fill_span(row(y), x0, x1, s); });
    return;
  }
  const float pos[3][2] = {{a.pos.x, a.pos.y}, {b.pos.x, b.pos.y}, {c.pos.x, c.pos.y}};
  const float det =
      (pos[1][0] - pos[0][0]) * (pos[2][1] - pos[0][1]) - (pos[2][0] - pos[0][0]) * (pos[1][1] - pos[0][1]);
  if (det == 0.0f) return;
  const float inv = 1.0f / det;
  if (one_uv) {
    // An anti-aliased fringe: one colour whose alpha fades to 0 across a pixel or two, around
    // every filled shape and line. Only alpha varies, so only alpha is interpolated.
    const std::uint32_t texel = sample(a.uv.x, a.uv.y);
    const std::uint32_t ca = modulate(argb_from_imgui(a.col), texel), cb = modulate(argb_from_imgui(b.col), texel),
                        cc = modulate(argb_from_imgui(c.col), texel);
    if ((((ca ^ cb) | (ca ^ cc)) & 0x00FFFFFFu) == 0) {  // the same colour at every corner
      draw_fading(v, ca & 0x00FFFFFFu, gradient(pos, static_cast<float>(ca >> 24), static_cast<float>(cb >> 24),
                                                static_cast<float>(cc >> 24), inv));
      return;
    }
  }
  // Gradients, lines textured from the atlas and images: interpolate colour and texture coordinates.
  auto channel = [&](int shift) {
    auto ch = [shift](ImU32 col) { return static_cast<float>((col >> shift) & 0xFF); };
    return gradient(pos, ch(a.col), ch(b.col), ch(c.col), inv);
  };
  const Gradient gr = channel(IM_COL32_R_SHIFT), gg = channel(IM_COL32_G_SHIFT),
                 gb = channel(IM_COL32_B_SHIFT), ga = channel(IM_COL32_A_SHIFT);
  const float tw = texture_ ? static_cast<float>(texture_->width) : 1.0f;
  const float th = texture_ ? static_cast<float>(texture_->height) : 1.0f;
  const Gradient gu = gradient(pos, a.uv.x * tw, b.uv.x * tw, c.uv.x * tw, inv);
  const Gradient gv = gradient(pos, a.uv.y * th, b.uv.y * th, c.uv.y * th, inv);
  scan(v, [&](int y, int x0, int x1) {
    const auto fy = static_cast<float>(y), fx = static_cast<float>(x0);
    float r = gr.at_origin + gr.dx * fx + gr.dy * fy, g = gg.at_origin + gg.dx * fx + gg.dy * fy;
    float bl = gb.at_origin + gb.dx * fx + gb.dy * fy, al = ga.at_origin + ga.dx * fx + ga.dy * fy;
    float u = gu.at_origin + gu.dx * fx + gu.dy * fy, t = gv.at_origin + gv.dx * fx + gv.dy * fy;
    std::uint32_t* dst = row(y);
    for (int x = x0; x < x1; ++x) {
      const auto colour = (static_cast<std::uint32_t>(clamp_byte(al)) << 24) |
                          (static_cast<std::uint32_t>(clamp_byte(r)) << 16) |
                          (static_cast<std::uint32_t>(clamp_byte(g)) << 8) |
                          static_cast<std::uint32_t>(clamp_byte(bl));
      const std::uint32_t texel =
          texture_ ? texture_->texel(static_cast<int>(std::floor(u)), static_cast<int>(std::floor(t)))
                   : 0xFFFFFFFFu;
      dst[x] = blend(dst[x], modulate(colour, texel));
      r += gr.dx, g += gg.dx, bl += gb.dx, al += ga.dx, u += gu.dx, t += gv.dx;
    }
  });
}

void TriangleRasterizer::draw_fading(const ImDrawVert* v[3], std::uint32_t rgb, const Gradient& alpha) {
  const std::uint32_t solid = rgb | 0xFF000000u;
  scan(v, [&](int y, int x0, int x1) {
    float al = alpha.at_origin + alpha.dx * static_cast<float>(x0) + alpha.dy * static_cast<float>(y);
    std::uint32_t* dst = row(y);
    for (int x = x0; x < x1; ++x, al += alpha.dx) {
      const auto a = static_cast<std::uint32_t>(clamp_byte(al));
      if (a == 0) continue;
      dst[x] = a == 255 ? solid : Source(rgb | (a << 24)).over(dst[x]);  // as glyph edges are blended
    }
  });
}

bool TriangleRasterizer::try_quad(const ImDrawVert* v, const ImDrawIdx* idx) {
  if (idx[3] != idx[0] || idx[4] != idx[2]) return false;
  const ImDrawVert &a = v[idx[0]], &b = v[idx[1]], &c = v[idx[2]], &d = v[idx[5]];
  if (!drawable(a) || !drawable(c)) return false;  // the triangle path drops it
  if (a.pos.y != b.pos.y || b.pos.x != c.pos.x || c.pos.y != d.pos.y || d.pos.x != a.pos.x) return false;
  if (a.col != b.col || a.col != c.col || a.col != d.col) return false;
  if (b.uv.x != c.uv.x || b.uv.y != a.uv.y || d.uv.x != a.uv.x || d.uv.y != c.uv.y) return false;
  if (a.uv.x == c.uv.x && a.uv.y == c.uv.y) {
    fill_rect(a.pos.x, a.pos.y, c.pos.x, c.pos.y, modulate(argb_from_imgui(a.col), sample(a.uv.x, a.uv.y)));
  } else {
    blit_rect(a, c, argb_from_imgui(a.col));
  }
  return true;
}

// Pixels whose centres are in [lo, hi), as [first, last): the top-left rule for rectangles.
struct PixelRange {
  int first, last;
};
PixelRange pixel_range(float lo, float hi, int clip_lo, int clip_hi) {
  const std::int64_t first = ceil_div(to_fixed(lo) - kHalf, kSub);
  const std::int64_t last = ceil_div(to_fixed(hi) - kHalf, kSub);
  return {static_cast<int>(std::max<std::int64_t>(first, clip_lo)),
          static_cast<int>(std::min<std::int64_t>(last, clip_hi))};
}

void TriangleRasterizer::fill_rect(float x0, float y0, float x1, float y1, std::uint32_t argb) {
  const Source s(argb);
  if (s.alpha == 0) return;
  const PixelRange xs = pixel_range(std::min(x0, x1), std::max(x0, x1), clip_.x0, clip_.x1);
  const PixelRange ys = pixel_range(std::min(y0, y1), std::max(y0, y1), clip_.y0, clip_.y1);
  if (xs.first >= xs.last) return;
  for (int y = ys.first; y < ys.last; ++y) fill_span(row(y), xs.first, xs.last, s);
}

// A rectangle mapped onto an axis-aligned part of the texture: glyphs, images.
void TriangleRasterizer::blit_rect(const ImDrawVert& p0, const ImDrawVert& p1, std::uint32_t colour) {
  if ((colour >> 24) == 0) return;
  const bool flip_x = p1.pos.x < p0.pos.x, flip_y = p1.pos.y < p0.pos.y;
  const ImDrawVert& left = flip_x ? p1 : p0;
  const ImDrawVert& right = flip_x ? p0 : p1;
  const ImDrawVert& top = flip_y ? p1 : p0;
  const ImDrawVert& bottom = flip_y ? p0 : p1;
  const PixelRange xs = pixel_range(left.pos.x, right.pos.x, clip_.x0, clip_.x1);
  const PixelRange ys = pixel_range(top.pos.y, bottom.pos.y, clip_.y0, clip_.y1);
  if (xs.first >= xs.last || ys.first >= ys.last) return;
  const double tw = texture_ ? texture_->width : 1, th = texture_ ? texture_->height : 1;
  // Texel coordinates at pixel centres, in 16.16 fixed point.
  const double du = (right.uv.x - left.uv.x) * tw / (right.pos.x - left.pos.x);
  const double dv = (bottom.uv.y - top.uv.y) * th / (bottom.pos.y - top.pos.y);
  const double u0 = left.uv.x * tw + (xs.first + 0.5 - left.pos.x) * du;
  const double v0 = top.uv.y * th + (ys.first + 0.5 - top.pos.y) * dv;
  // Rounded, not floored: a glyph drawn 1:1 steps exactly one texel per pixel, where float error
  // in du (0.99999...) would otherwise skip a texel column every so often.
  const auto u_start = std::llround(u0 * 65536.0);
  const auto u_step = std::llround(du * 65536.0);
  const Source solid(colour);
  if (texture_ && (std::abs(du - 1.0) > 1e-3 || std::abs(dv - 1.0) > 1e-3)) {
    // Scaled text or an image: filter, as a GPU's linear sampler would.
    for (int y = ys.first; y < ys.last; ++y) {
      const auto v = std::llround((v0 + (y - ys.first) * dv) * 65536.0);
      std::uint32_t* dst = row(y);
      std::int64_t u = u_start;
      for (int x = xs.first; x < xs.last; ++x, u += u_step) {
        dst[x] = blend(dst[x], modulate(colour, texture_->bilinear(u, v)));
      }
    }
    return;
  }
  for (int y = ys.first; y < ys.last; ++y) {
    const auto ty = static_cast<int>(std::floor(v0 + (y - ys.first) * dv));
    std::uint32_t* dst = row(y);
    std::int64_t u = u_start;
    if (!texture_) {
      fill_span(dst, xs.first, xs.last, solid);
    } else if (texture_->alpha_only && ty >= 0 && ty < texture_->height) {
      // Glyphs: the texel is coverage; the colour is the vertex colour.
      const std::uint8_t* src = texture_->alpha.data() + static_cast<std::ptrdiff_t>(ty) * texture_->width;
      const std::uint32_t rgb = colour & 0x00FFFFFFu, ca = colour >> 24;
      const int last_texel = texture_->width - 1;
      for (int x = xs.first; x < xs.last; ++x, u += u_step) {
        const std::uint32_t cov = src[std::clamp(static_cast<int>(u >> 16), 0, last_texel)];
        if (cov == 0) continue;
        const std::uint32_t a = ca == 255 ? cov : mul255(cov, ca);
        dst[x] = a == 255 ? (rgb | 0xFF000000u) : Source(rgb | (a << 24)).over(dst[x]);
      }
    } else if (u_step != 65536 || !image_row_1to1(dst, xs.first, xs.last, u_start, ty, colour)) {
      for (int x = xs.first; x < xs.last; ++x, u += u_step) {
        dst[x] = blend(dst[x], modulate(colour, texture_->texel(static_cast<int>(u >> 16), ty)));
      }
    }
  }
}

// An untinted image row drawn 1:1 inside the texture (logos, photos, a full-screen key visual
// decoded at the display's size): copied, or blended by texel alpha, without per-pixel
// clamping and modulation. At 1080p this is the difference between 8 ms and under 1 ms.
bool TriangleRasterizer::image_row_1to1(std::uint32_t* dst, int x0, int x1, std::int64_t u_start, int ty,
                                        std::uint32_t colour) const {
  const auto tx = static_cast<int>(u_start >> 16);
  if (colour != 0xFFFFFFFFu || ty < 0 || ty >= texture_->height || tx < 0 || tx + (x1 - x0) > texture_->width)
    return false;
  const std::uint32_t* src = texture_->argb.data() + static_cast<std::ptrdiff_t>(ty) * texture_->width + tx;
  if (texture_->opaque) {
    std::copy_n(src, x1 - x0, dst + x0);
    return true;
  }
  for (int x = x0; x < x1; ++x, ++src) dst[x] = blend(dst[x], *src);
  return true;
}

}  // namespace

SoftTexture SoftTexture::from_alpha(int width, int height, const std::uint8_t* alpha) {
  SoftTexture t;
  t.width = width, t.height = height, t.alpha_only = true;
  t.alpha.assign(alpha, alpha + static_cast<std::ptrdiff_t>(width) * height);
  return t;
}

SoftTexture SoftTexture::from_rgba(int width, int height, const std::uint8_t* rgba) {
  SoftTexture t;
  t.width = width, t.height = height;
  t.argb.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  for (std::size_t i = 0; i < t.argb.size(); ++i) {
    const std::uint8_t* p = rgba + i * 4;
    t.argb[i] = (std::uint32_t{p[3]} << 24) | (std::uint32_t{p[0]} << 16) | (std::uint32_t{p[1]} << 8) | p[2];
  }
  t.opaque = std::all_of(t.argb.begin(), t.argb.end(), [](std::uint32_t px) { return (px >> 24) == 255; });
  return t;
}

std::uint32_t SoftTexture::texel(int x, int y) const {
  x = std::clamp(x, 0, width - 1);
  y = std::clamp(y, 0, height - 1);
  const auto i = static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
  return alpha_only ? (std::uint32_t{alpha[i]} << 24) | 0x00FFFFFFu : argb[i];
}

std::uint32_t SoftTexture::bilinear(std::int64_t u, std::int64_t v) const {
  // Texel centres sit at +0.5: step back half a texel, then weigh the four neighbours (8-bit).
  u -= 32768, v -= 32768;
  const auto x = static_cast<int>(u >> 16), y = static_cast<int>(v >> 16);
  const auto fx = static_cast<std::uint32_t>((u >> 8) & 0xFF),
             fy = static_cast<std::uint32_t>((v >> 8) & 0xFF);
  const std::uint32_t t00 = texel(x, y), t10 = texel(x + 1, y), t01 = texel(x, y + 1),
                      t11 = texel(x + 1, y + 1);
  std::uint32_t out = 0;
  for (int shift = 0; shift < 32; shift += 8) {
    auto ch = [shift](std::uint32_t t) { return (t >> shift) & 0xFF; };
    const std::uint32_t top = ch(t00) * (256 - fx) + ch(t10) * fx;
    const std::uint32_t bottom = ch(t01) * (256 - fx) + ch(t11) * fx;
    out |= (((top * (256 - fy) + bottom * fy) + 32768) >> 16) << shift;
  }
  return out;
}

void clear(Canvas& canvas, std::uint32_t argb) {
  for (int y = 0; y < canvas.height; ++y) {
    std::uint32_t* row = canvas.pixels + static_cast<std::ptrdiff_t>(y) * canvas.stride;
    std::fill(row, row + canvas.width, argb | 0xFF000000u);
  }
}

void draw_triangles(Canvas& canvas, const PixelRect& clip_in, const SoftTexture* texture,
                    const ImDrawVert* vertices, const ImDrawIdx* indices, std::size_t index_count) {
  const PixelRect clip{std::max(clip_in.x0, 0), std::max(clip_in.y0, 0), std::min(clip_in.x1, canvas.width),
                       std::min(clip_in.y1, canvas.height)};
  if (clip.x0 >= clip.x1 || clip.y0 >= clip.y1) return;
  TriangleRasterizer r(canvas, clip, texture);
  std::size_t i = 0;
  while (i + 3 <= index_count) {
    if (i + 6 <= index_count && r.try_quad(vertices, indices + i)) {
      i += 6;
      continue;
    }
    r.draw(vertices[indices[i]], vertices[indices[i + 1]], vertices[indices[i + 2]]);
    i += 3;
  }
}

void draw_imgui(Canvas& canvas, const ImDrawData& data) {
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList* list = data.CmdLists[n];
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback) {
        if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
        continue;
      }
      const float cx0 = cmd.ClipRect.x - data.DisplayPos.x, cy0 = cmd.ClipRect.y - data.DisplayPos.y;
      const float cx1 = cmd.ClipRect.z - data.DisplayPos.x, cy1 = cmd.ClipRect.w - data.DisplayPos.y;
      if (cx1 <= cx0 || cy1 <= cy0) continue;
      // The same integer clip rectangle as ImGui's SDL_Renderer backend.
      const PixelRect clip{static_cast<int>(cx0), static_cast<int>(cy0),
                           static_cast<int>(cx0) + static_cast<int>(cx1 - cx0),
                           static_cast<int>(cy0) + static_cast<int>(cy1 - cy0)};
      draw_triangles(canvas, clip, static_cast<const SoftTexture*>(cmd.GetTexID()),
                     list->VtxBuffer.Data + cmd.VtxOffset, list->IdxBuffer.Data + cmd.IdxOffset,
                     cmd.ElemCount);
    }
  }
}

}  // namespace marquee::platform
