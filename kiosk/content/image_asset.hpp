#pragma once
// Images that content refers to (exhibitor logos, speaker photos, sponsor banners, the event's key
// visual) are files inside the content directory. inspect_image() checks one without decoding it:
// the path stays inside the directory, the file is a PNG or JPEG, and its size and dimensions are
// within limits a kiosk can afford. The loader runs it on every reference (see check_images).
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/result.hpp"

namespace marquee::content {

struct ImageLimits {
  std::uintmax_t max_bytes = std::uintmax_t{4} << 20;  // 4 MiB: a 1080p JPEG is well under 1 MiB
  int max_width = 4096;
  int max_height = 4096;
};

enum class ImageFormat { Png, Jpeg };

struct ImageInfo {
  ImageFormat format = ImageFormat::Png;
  int width = 0, height = 0;
  std::uintmax_t bytes = 0;
};

// The file an asset path names, if the path is a plain relative path ("images/logo.png": no "..",
// no absolute path, no backslashes) that does not leave the directory (symbolic links included).
core::Result<std::filesystem::path> resolve_asset(const std::filesystem::path& content_dir,
                                                  const std::string& asset);

// Reads only the image's header. The error says what is wrong in words an editor can act on.
core::Result<ImageInfo> inspect_image(const std::filesystem::path& content_dir, const std::string& asset,
                                      const ImageLimits& limits = {});

}  // namespace marquee::content
