#include "content/image_asset.hpp"

#include <stb_image.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string_view>

namespace marquee::content {
namespace fs = std::filesystem;
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

std::string quoted(const std::string& s) {
  return "\"" + s + "\"";
}

bool starts_with(const std::array<unsigned char, 16>& head, std::size_t n, std::string_view magic) {
  if (n < magic.size()) return false;
  for (std::size_t i = 0; i < magic.size(); ++i) {
    if (head[i] != static_cast<unsigned char>(magic[i])) return false;
  }
  return true;
}

// PNG or JPEG by their signatures; anything else gets a name when it is a common image format, so
// the message tells the editor what to convert.
core::Result<ImageFormat> sniff_format(const std::array<unsigned char, 16>& head, std::size_t n) {
  if (starts_with(head, n, "\x89PNG\r\n\x1a\n")) return ImageFormat::Png;
  if (starts_with(head, n, "\xFF\xD8\xFF")) return ImageFormat::Jpeg;
  std::string what = "an unsupported format";
  if (starts_with(head, n, "GIF8")) what = "a GIF";
  if (starts_with(head, n, "BM")) what = "a BMP";
  if (n >= 12 && starts_with(head, n, "RIFF") &&
      std::string_view(reinterpret_cast<const char*>(&head[8]), 4) == "WEBP")
    what = "a WebP";
  if (starts_with(head, n, "<svg") || starts_with(head, n, "<?xml")) what = "an SVG/XML file";
  return core::make_error("is " + what + ", not a PNG or JPEG image");
}

}  // namespace

core::Result<fs::path> resolve_asset(const fs::path& content_dir, const std::string& asset) {
  if (asset.empty()) return core::make_error("empty image path");
  if (asset.find('\\') != std::string::npos || asset.find('\0') != std::string::npos)
    return core::make_error("image path " + quoted(asset) + " must use '/' between folders");
  const fs::path rel(asset);
  if (rel.is_absolute())
    return core::make_error("image path " + quoted(asset) + " must be relative to the content folder");
  for (const auto& part : rel) {
    if (part == "..") return core::make_error("image path " + quoted(asset) + " leaves the content folder");
  }
  std::error_code ec;
  const fs::path file = fs::weakly_canonical(content_dir / rel, ec);
  const fs::path root = fs::weakly_canonical(content_dir, ec);
  if (ec) return core::make_error("image path " + quoted(asset) + ": " + ec.message());
  // A symbolic link inside the bundle must not lead outside it either.
  const auto [end, unused] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  if (end != root.end())
    return core::make_error("image path " + quoted(asset) + " leaves the content folder");
  return file;
}

core::Result<ImageInfo> inspect_image(const fs::path& content_dir, const std::string& asset,
                                      const ImageLimits& limits) {
  auto file = resolve_asset(content_dir, asset);
  if (!file) return file.error();
  const std::string name = "image " + quoted(asset);
  std::error_code ec;
  if (!fs::is_regular_file(*file, ec)) return core::make_error(name + " not found in the content folder");
  ImageInfo info;
  info.bytes = fs::file_size(*file, ec);
  if (ec) return core::make_error(name + ": " + ec.message());
  if (info.bytes == 0) return core::make_error(name + " is empty");
  if (info.bytes > limits.max_bytes) {
    return core::make_error(name + " is " + std::to_string(info.bytes) + " bytes, more than the " +
                            std::to_string(limits.max_bytes) + " allowed");
  }
  File f(std::fopen(file->c_str(), "rb"));
  if (!f) return core::make_error(name + " cannot be read");
  std::array<unsigned char, 16> head{};
  const std::size_t n = std::fread(head.data(), 1, head.size(), f.get());
  auto format = sniff_format(head, n);
  if (!format) return core::make_error(name + " " + format.error().message);
  info.format = *format;
  std::rewind(f.get());
  int channels = 0;
  if (!stbi_info_from_file(f.get(), &info.width, &info.height, &channels)) {
    const char* why = stbi_failure_reason();
    return core::make_error(name + " is a damaged " + (info.format == ImageFormat::Png ? "PNG" : "JPEG") +
                            " (" + (why ? why : "unreadable header") + ")");
  }
  if (info.width <= 0 || info.height <= 0 || info.width > limits.max_width ||
      info.height > limits.max_height) {
    return core::make_error(name + " is " + std::to_string(info.width) + "x" + std::to_string(info.height) +
                            " pixels; at most " + std::to_string(limits.max_width) + "x" +
                            std::to_string(limits.max_height) + " are allowed");
  }
  return info;
}

}  // namespace marquee::content
