#include "platform/screenshot.hpp"

#include <vector>

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>
#define STB_IMAGE_IMPLEMENTATION  // the one definition of stb_image for this module (texture_cache.cpp)
#include <stb_image.h>

namespace marquee::platform {

core::Status save_screenshot(SDL_Renderer* renderer, const std::filesystem::path& png_path) {
  int w = 0, h = 0;
  if (SDL_GetRendererOutputSize(renderer, &w, &h) != 0 || w <= 0 || h <= 0) {
    return core::make_error(std::string("cannot read renderer size: ") + SDL_GetError());
  }
  std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
  if (SDL_RenderReadPixels(renderer, nullptr, SDL_PIXELFORMAT_ABGR8888, pixels.data(), w * 4) != 0) {
    return core::make_error(std::string("cannot read pixels: ") + SDL_GetError());
  }
  for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;  // the screen is opaque
  if (png_path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(png_path.parent_path(), ec);
  }
  if (!stbi_write_png(png_path.c_str(), w, h, 4, pixels.data(), w * 4)) {
    return core::make_error("cannot write " + png_path.string());
  }
  return core::Ok{};
}

}  // namespace marquee::platform
