#pragma once
// SDL_Renderer + ImGui's SDL_Renderer backend: the GPU path (or SDL's software renderer).
#include <SDL.h>

#include "platform/frame_renderer.hpp"

namespace marquee::platform {

class SdlFrameRenderer final : public FrameRenderer {
 public:
  // Takes ownership of the renderer.
  SdlFrameRenderer(SDL_Renderer* renderer, bool vsync);
  ~SdlFrameRenderer() override;
  SdlFrameRenderer(const SdlFrameRenderer&) = delete;
  SdlFrameRenderer& operator=(const SdlFrameRenderer&) = delete;

  const char* name() const override { return name_; }
  int width() const override;
  int height() const override;
  bool vsync() const override { return vsync_; }
  void attach_imgui() override;
  void detach_imgui() override;
  ImTextureID create_texture(int width, int height, const std::uint8_t* rgba) override;
  void destroy_texture(ImTextureID texture) override;
  void upload_font_atlas() override;
  void render(const ImDrawData& data, float clear_r, float clear_g, float clear_b) override;
  core::Result<RgbaImage> read_pixels() override;
  void present() override;

 private:
  SDL_Renderer* renderer_;
  bool vsync_;
  const char* name_;
};

}  // namespace marquee::platform
