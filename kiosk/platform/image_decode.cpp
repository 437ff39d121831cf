#include "platform/image_decode.hpp"

#include <stb_image.h>
#include <stb_image_resize.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>

namespace marquee::platform {
namespace {

struct StbiFree {
  void operator()(unsigned char* p) const { stbi_image_free(p); }
};

core::Result<std::string> read_bytes(const std::filesystem::path& file, std::uintmax_t size) {
  std::ifstream in(file, std::ios::binary);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size())))
    return core::make_error(file.filename().string() + ": cannot be read");
  return bytes;
}

}  // namespace

PixelSize fitted_size(PixelSize image, PixelSize box) {
  if (image.width <= 0 || image.height <= 0) return {1, 1};
  const double sx = static_cast<double>(std::max(box.width, 1)) / image.width;
  const double sy = static_cast<double>(std::max(box.height, 1)) / image.height;
  const double s = std::min({sx, sy, 1.0});
  return {std::max(1, static_cast<int>(std::lround(image.width * s))),
          std::max(1, static_cast<int>(std::lround(image.height * s)))};
}

core::Result<RgbaImage> decode_image(const std::filesystem::path& content_dir, const std::string& asset,
                                     PixelSize box, const content::ImageLimits& limits) {
  auto info = content::inspect_image(content_dir, asset, limits);
  if (!info) return info.error();
  auto file = content::resolve_asset(content_dir, asset);
  if (!file) return file.error();
  auto bytes = read_bytes(*file, info->bytes);
  if (!bytes) return bytes.error();
  int w = 0, h = 0, channels = 0;
  std::unique_ptr<unsigned char, StbiFree> pixels(
      stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes->data()), static_cast<int>(bytes->size()),
                            &w, &h, &channels, 4));
  if (!pixels) {
    const char* why = stbi_failure_reason();
    return core::make_error("image \"" + asset + "\" cannot be decoded (" + (why ? why : "unknown reason") +
                            ")");
  }
  bytes->clear();
  bytes->shrink_to_fit();  // the compressed bytes are not needed while resizing
  const PixelSize out = fitted_size({w, h}, box);
  RgbaImage image{out.width, out.height, {}};
  image.rgba.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 4);
  if (out.width == w && out.height == h) {
    std::copy_n(pixels.get(), image.rgba.size(), image.rgba.data());
    return image;
  }
  if (!stbir_resize_uint8_srgb(pixels.get(), w, h, 0, image.rgba.data(), out.width, out.height, 0, 4, 3, 0))
    return core::make_error("image \"" + asset + "\" cannot be resized");
  return image;
}

}  // namespace marquee::platform
