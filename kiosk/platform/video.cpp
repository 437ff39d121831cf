#include "platform/video.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

#include "platform/sdl_frame_renderer.hpp"
#include "platform/software_frame_renderer.hpp"

namespace marquee::platform {
namespace {

// Mesa's llvmpipe/softpipe call themselves accelerated, but they rasterise on the CPU, on
// several threads, with 55 MB of LLVM mapped in: our rasteriser is the better software path.
bool is_cpu_opengl(SDL_Renderer* r) {
  SDL_RendererInfo info{};
  if (SDL_GetRendererInfo(r, &info) != 0 || !info.name || std::string(info.name).rfind("opengl", 0) != 0)
    return false;
  using GetString = const unsigned char* (*)(unsigned int);
  auto get_string = reinterpret_cast<GetString>(SDL_GL_GetProcAddress("glGetString"));  // NOLINT
  constexpr unsigned int kGlRenderer = 0x1F01;
  const unsigned char* name = get_string ? get_string(kGlRenderer) : nullptr;
  if (!name) return false;
  const std::string renderer(reinterpret_cast<const char*>(name));  // NOLINT
  return renderer.find("llvmpipe") != std::string::npos || renderer.find("softpipe") != std::string::npos ||
         renderer.find("Software Rasterizer") != std::string::npos;
}

std::unique_ptr<FrameRenderer> sdl_renderer(SDL_Window* window, Uint32 flags, bool vsync,
                                            bool reject_cpu_gl) {
  SDL_Renderer* r = SDL_CreateRenderer(window, -1, flags | (vsync ? SDL_RENDERER_PRESENTVSYNC : 0));
  if (!r) return nullptr;
  if (reject_cpu_gl && is_cpu_opengl(r)) {
    SDL_DestroyRenderer(r);
    return nullptr;
  }
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
  // A driver named outright counts too: marquee.service runs with SDL_VIDEODRIVER=kmsdrm,
  // straight on DRM with neither X11 nor Wayland.
  const char* driver = std::getenv("SDL_VIDEODRIVER");  // NOLINT(concurrency-mt-unsafe)
  const bool named =
      driver && *driver && std::string_view(driver) != "dummy" && std::string_view(driver) != "offscreen";
  return (x11 && *x11) || (wayland && *wayland) || named;
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
        video->renderer_ = sdl_renderer(video->window_, SDL_RENDERER_ACCELERATED, options.vsync, true);
      break;
    case RendererChoice::SdlSoftware:
      video->renderer_ = sdl_renderer(video->window_, SDL_RENDERER_SOFTWARE, false, false);
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
