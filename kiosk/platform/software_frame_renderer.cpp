#include "platform/software_frame_renderer.hpp"

#include <algorithm>
#include <string>

namespace marquee::platform {
namespace {

std::uint32_t to_byte(float v) {
  return static_cast<std::uint32_t>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f);
}

}  // namespace

SoftwareFrameRenderer::SoftwareFrameRenderer(SDL_Window* window) : window_(window) {
  // Otherwise SDL backs the window surface with an OpenGL texture on X11, which on a kiosk without
  // a GPU loads Mesa's llvmpipe (55 MB) just to copy the frame: send it with XShm instead.
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
}

void SoftwareFrameRenderer::attach_imgui() {
  ImGui::GetIO().BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
}

void SoftwareFrameRenderer::detach_imgui() {
  ImGui::GetIO().BackendFlags &= ~ImGuiBackendFlags_RendererHasVtxOffset;
}

int SoftwareFrameRenderer::width() const {
  int w = 0, h = 0;
  SDL_GetWindowSizeInPixels(window_, &w, &h);
  return w;
}

int SoftwareFrameRenderer::height() const {
  int w = 0, h = 0;
  SDL_GetWindowSizeInPixels(window_, &w, &h);
  return h;
}

ImTextureID SoftwareFrameRenderer::create_texture(int width, int height, const std::uint8_t* rgba) {
  textures_.push_back(std::make_unique<SoftTexture>(SoftTexture::from_rgba(width, height, rgba)));
  return textures_.back().get();
}

PreparedImage SoftwareFrameRenderer::prepare_image(RgbaImage image) const {
  PreparedImage out;
  out.width = image.width;
  out.height = image.height;
  out.native = SoftTexture::from_rgba(image.width, image.height, image.rgba.data());
  return out;  // the RGBA bytes are freed here, on the worker
}

ImTextureID SoftwareFrameRenderer::upload_prepared(PreparedImage&& image) {
  if (auto* soft = std::any_cast<SoftTexture>(&image.native)) {
    textures_.push_back(std::make_unique<SoftTexture>(std::move(*soft)));
    return textures_.back().get();
  }
  return FrameRenderer::upload_prepared(std::move(image));
}

void SoftwareFrameRenderer::destroy_texture(ImTextureID texture) {
  std::erase_if(textures_, [texture](const auto& t) { return t.get() == texture; });
}

void SoftwareFrameRenderer::upload_font_atlas() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas->GetTexDataAsAlpha8(&pixels, &w, &h);  // a quarter of the RGBA atlas, and the glyph fast path
  font_ = SoftTexture::from_alpha(w, h, pixels);
  atlas->SetTexID(&font_);
  atlas->ClearTexData();
}

Canvas SoftwareFrameRenderer::canvas() {
  SDL_Surface* surface = SDL_GetWindowSurface(window_);
  if (!surface) return {};
  const Uint32 format = surface->format->format;
  converted_ = format != SDL_PIXELFORMAT_RGB888 && format != SDL_PIXELFORMAT_ARGB8888;
  if (!converted_) {
    return {static_cast<std::uint32_t*>(surface->pixels), surface->w, surface->h, surface->pitch / 4};
  }
  own_pixels_.resize(static_cast<std::size_t>(surface->w) * static_cast<std::size_t>(surface->h));
  return {own_pixels_.data(), surface->w, surface->h, surface->w};
}

void SoftwareFrameRenderer::render(const ImDrawData& data, float r, float g, float b) {
  Canvas c = canvas();
  last_ = c;
  if (!c.pixels) return;
  SDL_Surface* surface = converted_ ? nullptr : SDL_GetWindowSurface(window_);
  const bool lock = surface && SDL_MUSTLOCK(surface);
  if (lock) SDL_LockSurface(surface);
  clear(c, (to_byte(r) << 16) | (to_byte(g) << 8) | to_byte(b));
  draw_imgui(c, data);
  if (lock) SDL_UnlockSurface(surface);
}

core::Result<RgbaImage> SoftwareFrameRenderer::read_pixels() {
  if (!last_.pixels) return core::make_error(std::string("no frame drawn: ") + SDL_GetError());
  RgbaImage image{last_.width, last_.height, {}};
  image.rgba.resize(static_cast<std::size_t>(last_.width) * static_cast<std::size_t>(last_.height) * 4);
  std::uint8_t* out = image.rgba.data();
  for (int y = 0; y < last_.height; ++y) {
    const std::uint32_t* row = last_.pixels + static_cast<std::ptrdiff_t>(y) * last_.stride;
    for (int x = 0; x < last_.width; ++x, out += 4) {
      out[0] = static_cast<std::uint8_t>(row[x] >> 16);
      out[1] = static_cast<std::uint8_t>(row[x] >> 8);
      out[2] = static_cast<std::uint8_t>(row[x]);
      out[3] = 255;
    }
  }
  return image;
}

void SoftwareFrameRenderer::present() {
  if (converted_ && last_.pixels) {
    SDL_Surface* src = SDL_CreateRGBSurfaceWithFormatFrom(last_.pixels, last_.width, last_.height, 32,
                                                          last_.stride * 4, SDL_PIXELFORMAT_RGB888);
    if (src) {
      SDL_BlitSurface(src, nullptr, SDL_GetWindowSurface(window_), nullptr);
      SDL_FreeSurface(src);
    }
  }
  SDL_UpdateWindowSurface(window_);
}

}  // namespace marquee::platform
