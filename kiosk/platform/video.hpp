#pragma once
// The SDL window and the renderer that draws into it. Full-screen on a real display; headless
// runs use SDL's dummy video driver with Marquee's software rasteriser, which draws exactly the
// pixels a kiosk without a GPU shows.
#include <SDL.h>

#include <memory>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "platform/frame_renderer.hpp"

namespace marquee::platform {

enum class RendererChoice {
  Auto,         // the GPU through SDL_Renderer when there is a display and one; else Software
  Software,     // Marquee's rasteriser into the window surface
  SdlSoftware,  // SDL's own software renderer: the baseline benchmarks compare against
};
// "auto", "software", "sdl-software"
std::optional<RendererChoice> renderer_choice_from_name(const std::string& name);

struct VideoOptions {
  int width = 1920;
  int height = 1080;
  bool headless = false;
  bool fullscreen = true;  // --windowed clears it
  int display_index = 0;
  bool vsync = true;
  RendererChoice renderer = RendererChoice::Auto;
};

class Video {
 public:
  static core::Result<std::unique_ptr<Video>> open(const VideoOptions& options);
  ~Video();
  Video(const Video&) = delete;
  Video& operator=(const Video&) = delete;

  SDL_Window* window() const { return window_; }
  FrameRenderer& renderer() const { return *renderer_; }
  // The size being rendered, in pixels.
  int width() const;
  int height() const;
  bool headless() const { return headless_; }
  std::string describe() const;
  // Physical pixels per inch of the window's display as SDL reports it; 0 when unknown
  // (headless, or a driver that cannot tell).
  float display_dpi() const;  // "dummy driver, marquee software rasteriser, 1920x1080"

 private:
  Video() = default;
  SDL_Window* window_ = nullptr;
  std::unique_ptr<FrameRenderer> renderer_;
  bool headless_ = false;
};

// True when there is a screen to draw on: DISPLAY, WAYLAND_DISPLAY, or SDL_VIDEODRIVER naming a
// real driver (kmsdrm for marquee.service); otherwise `marquee run` renders headless.
bool display_available();

}  // namespace marquee::platform
