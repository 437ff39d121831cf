#include "platform/video.hpp"

#include <cstdlib>

#include "platform/sdl_frame_renderer.hpp"
#include "platform/software_frame_renderer.hpp"

namespace marquee::platform {
namespace {

std::unique_ptr<FrameRenderer> sdl_renderer(SDL_Window* window, Uint32 flags, bool vsync) {
  SDL_Renderer* r = SDL_CreateRenderer(window, -1, flags | (vsync ? SDL_RENDERER_PRESENTVSYNC : 0));
  if (!r) return nullptr;
  return std::make_unique<SdlFrameRenderer>(r, vsync);
}

}  // namespace

std::optional<RendererChoice> renderer_choice_from_name(const std::string& name) {
  if (name == "auto") return RendererChoice::Auto;
  if (name == "software") return RendererChoice::Software;
  if (name == "sdl-software") return RendererChoice::SdlSoftware;
  return std::nullopt;
}

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

  switch (options.renderer) {
    case RendererChoice::Auto:
      // A GPU draws faster than any CPU; without one (or headless) our rasteriser beats SDL's.
      if (!options.headless)
        video->renderer_ = sdl_renderer(video->window_, SDL_RENDERER_ACCELERATED, options.vsync);
      break;
    case RendererChoice::SdlSoftware:
      video->renderer_ = sdl_renderer(video->window_, SDL_RENDERER_SOFTWARE, false);
      if (!video->renderer_)
        return core::make_error(std::string("cannot create renderer: ") + SDL_GetError());
      break;
    case RendererChoice::Software:
      break;
  }
  if (!video->renderer_) video->renderer_ = std::make_unique<SoftwareFrameRenderer>(video->window_);
  if (!options.headless) SDL_ShowCursor(SDL_DISABLE);
  return video;
}

Video::~Video() {
  renderer_.reset();
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

int Video::width() const {
  return renderer_->width();
}

int Video::height() const {
  return renderer_->height();
}

float Video::display_dpi() const {
  if (headless_) return 0;
  float ddpi = 0, hdpi = 0, vdpi = 0;
  const int display = SDL_GetWindowDisplayIndex(window_);
  if (display < 0 || SDL_GetDisplayDPI(display, &ddpi, &hdpi, &vdpi) != 0) return 0;
  return hdpi > 0 ? hdpi : ddpi;
}

std::string Video::describe() const {
  return std::string(SDL_GetCurrentVideoDriver() ? SDL_GetCurrentVideoDriver() : "?") + " driver, " +
         renderer_->name() + ", " + std::to_string(width()) + "x" + std::to_string(height());
}

}  // namespace marquee::platform
