#include "platform/screenshot.hpp"

#include <stb_image_write.h>  // implemented in Debian's libstb

namespace marquee::platform {

core::Status save_screenshot(FrameRenderer& renderer, const std::filesystem::path& png_path) {
  auto image = renderer.read_pixels();
  if (!image) return image.error();
  return write_png(*image, png_path);
}

core::Status write_png(const RgbaImage& image, const std::filesystem::path& png_path) {
  if (png_path.has_parent_path()) {
    std::error_code ec;
    std::filesystem::create_directories(png_path.parent_path(), ec);
  }
  if (!stbi_write_png(png_path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4)) {
    return core::make_error("cannot write " + png_path.string());
  }
  return core::Ok{};
}

}  // namespace marquee::platform
