#pragma once
// Turns a frame of Dear ImGui draw data into pixels on the window. Two ways:
//  - SdlFrameRenderer: SDL_Renderer with ImGui's backend; GPU-accelerated when the kiosk has one
//    (or SDL's own software renderer, kept as the baseline that benchmarks compare against);
//  - SoftwareFrameRenderer: Marquee's rasteriser straight into the window's surface, for kiosks
//    and headless runs without a GPU (several times faster than SDL's software renderer on a UI).
// Textures are ImTextureID values made by the renderer that draws them.
#include <imgui.h>

#include <any>
#include <cstdint>
#include <vector>

#include "core/result.hpp"

namespace marquee::platform {

struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // R, G, B, A bytes, row after row
};

// An image made ready for upload off the UI thread: the pixels, or (native set) the renderer's own
// texture layout, so that create_texture on the UI thread is a move, not a conversion.
struct PreparedImage {
  RgbaImage rgba;
  std::any native;  // renderer-specific; empty: upload from rgba
  int width = 0, height = 0;
};

class FrameRenderer {
 public:
  virtual ~FrameRenderer() = default;
  virtual const char* name() const = 0;
  virtual int width() const = 0;  // pixels being drawn
  virtual int height() const = 0;
  // True when present() waits for the display's refresh (so the loop needs no pacing).
  virtual bool vsync() const = 0;

  // Called by ImGuiLayer right after it creates ImGui's context and before it destroys it.
  virtual void attach_imgui() {}
  virtual void detach_imgui() {}

  // An image (R, G, B, A bytes, straight alpha) as a texture ImGui can draw; null if impossible.
  virtual ImTextureID create_texture(int width, int height, const std::uint8_t* rgba) = 0;
  virtual void destroy_texture(ImTextureID texture) = 0;
  // Off the UI thread (uses no renderer state): converts an image into what upload_prepared takes.
  virtual PreparedImage prepare_image(RgbaImage image) const {
    const int w = image.width, h = image.height;
    return {std::move(image), {}, w, h};
  }
  // On the UI thread: a prepared image as a texture; null if impossible.
  virtual ImTextureID upload_prepared(PreparedImage&& image) {
    return create_texture(image.width, image.height, image.rgba.rgba.data());
  }
  // After ImGui's font atlas was (re)built: makes it the font texture. The atlas's CPU copy of
  // the pixels is freed afterwards.
  virtual void upload_font_atlas() = 0;

  // Clears to the colour and draws the frame completely (nothing left queued), so the time spent
  // here is the real cost of drawing it.
  virtual void render(const ImDrawData& data, float clear_r, float clear_g, float clear_b) = 0;
  // What render() drew, for screenshots (before present()).
  virtual core::Result<RgbaImage> read_pixels() = 0;
  virtual void present() = 0;
};

}  // namespace marquee::platform
