#include "platform/video.hpp"

#include <cstdlib>

namespace marquee::platform {

bool display_available() {
  const char* x11 = std::getenv("DISPLAY");              // NOLINT(concurrency-mt-unsafe)
  const char* wayland = std::getenv("WAYLAND_DISPLAY");  // NOLINT(concurrency-mt-unsafe)
  return (x11 && *x11) || (wayland && *wayland);
}

core::Result<std::unique_ptr<Video>> Video::open(const VideoOptions& options) {
  if (options.headless) SDL_SetHint(SDL_HINT_VIDEODRIVER, "dummy");
  // Touch screens: SDL turns touches into mouse events too, which ImGui understands; we also
  // read the finger events ourselves for scrolling.
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
  SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_EVENTS) != 0) {
    return core::make_error(std::string("cannot start SDL video: ") + SDL_GetError());
  }
  std::unique_ptr<Video> video(new Video());
  video->headless_ = options.headless;
  Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI;
  if (!options.headless && options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
  const int pos = static_cast<int>(SDL_WINDOWPOS_CENTERED_DISPLAY(options.display_index));
  video->window_ = SDL_CreateWindow("Marquee", pos, pos, options.width, options.height, flags);
  if (!video->window_) return core::make_error(std::string("cannot create window: ") + SDL_GetError());

  const bool software = options.headless || options.force_software;
  if (!software) {
    Uint32 rflags = SDL_RENDERER_ACCELERATED;
    if (options.vsync) rflags |= SDL_RENDERER_PRESENTVSYNC;
    video->renderer_ = SDL_CreateRenderer(video->window_, -1, rflags);
  }
  if (!video->renderer_) {  // software fallback: always available
    video->renderer_ = SDL_CreateRenderer(video->window_, -1, SDL_RENDERER_SOFTWARE);
    video->software_ = true;
  }
  if (!video->renderer_) return core::make_error(std::string("cannot create renderer: ") + SDL_GetError());
  if (!options.headless) SDL_ShowCursor(SDL_DISABLE);
  return video;
}

Video::~Video() {
  if (renderer_) SDL_DestroyRenderer(renderer_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

int Video::width() const {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(renderer_, &w, &h);
  return w;
}

int Video::height() const {
  int w = 0, h = 0;
  SDL_GetRendererOutputSize(renderer_, &w, &h);
  return h;
}

std::string Video::describe() const {
  SDL_RendererInfo info{};
  SDL_GetRendererInfo(renderer_, &info);
  return std::string(SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "?") + " driver, " +
         (info.name ? info.name : "?") + " renderer, " + std::to_string(width()) + "x" +
         std::to_string(height());
}

}  // namespace marquee::platform
