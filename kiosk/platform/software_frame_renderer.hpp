#pragma once
// Marquee's rasteriser (rasterizer.hpp) drawing straight into the SDL window's surface: no
// SDL_Renderer, no intermediate texture, one copy of the frame in memory.
#include <SDL.h>

#include <memory>
#include <vector>

#include "platform/frame_renderer.hpp"
#include "platform/rasterizer.hpp"

namespace marquee::platform {

class SoftwareFrameRenderer final : public FrameRenderer {
 public:
  explicit SoftwareFrameRenderer(SDL_Window* window);
  ~SoftwareFrameRenderer() override = default;
  SoftwareFrameRenderer(const SoftwareFrameRenderer&) = delete;
  SoftwareFrameRenderer& operator=(const SoftwareFrameRenderer&) = delete;

  const char* name() const override { return "marquee software rasteriser"; }
  int width() const override;
  int height() const override;
  bool vsync() const override { return false; }
  // Tells ImGui that draw_imgui honours ImDrawCmd::VtxOffset, so one window may hold more than
  // 65,536 vertices (the home mini-map of a 10k-booth expo does); without it ImGui asserts.
  void attach_imgui() override;
  void detach_imgui() override;
  ImTextureID create_texture(int width, int height, const std::uint8_t* rgba) override;
  void destroy_texture(ImTextureID texture) override;
  // The rasteriser's texture (ARGB words) is built on the image worker; uploading moves it in.
  PreparedImage prepare_image(RgbaImage image) const override;
  ImTextureID upload_prepared(PreparedImage&& image) override;
  void upload_font_atlas() override;
  void render(const ImDrawData& data, float clear_r, float clear_g, float clear_b) override;
  core::Result<RgbaImage> read_pixels() override;
  void present() override;

 private:
  // The window's surface when it holds 32-bit xRGB pixels (dummy driver, X11, Wayland, KMS);
  // otherwise a buffer of ours that present() converts.
  Canvas canvas();

  SDL_Window* window_;
  SoftTexture font_;
  std::vector<std::unique_ptr<SoftTexture>> textures_;
  std::vector<std::uint32_t> own_pixels_;
  Canvas last_{};
  bool converted_ = false;
};

}  // namespace marquee::platform
