#pragma once
// The SDL window and renderer. Full-screen on a real display; headless runs use SDL's dummy video
// driver with the software renderer, which draws exactly the pixels a kiosk would show.
#include <SDL.h>

#include <memory>
#include <string>

#include "core/result.hpp"

namespace marquee::platform {

struct VideoOptions {
  int width = 1920;
  int height = 1080;
  bool headless = false;
  bool fullscreen = true;  // --windowed clears it
  int display_index = 0;
  bool vsync = true;
  bool force_software = false;
};

class Video {
 public:
  static core::Result<std::unique_ptr<Video>> open(const VideoOptions& options);
  ~Video();
  Video(const Video&) = delete;
  Video& operator=(const Video&) = delete;

  SDL_Window* window() const { return window_; }
  SDL_Renderer* renderer() const { return renderer_; }
  // The size being rendered, in pixels.
  int width() const;
  int height() const;
  bool headless() const { return headless_; }
  bool software() const { return software_; }
  std::string describe() const;  // "dummy driver, software renderer, 1920x1080"

 private:
  Video() = default;
  SDL_Window* window_ = nullptr;
  SDL_Renderer* renderer_ = nullptr;
  bool headless_ = false;
  bool software_ = false;
};

// True when no display server is reachable (no DISPLAY / WAYLAND_DISPLAY).
bool display_available();

}  // namespace marquee::platform
