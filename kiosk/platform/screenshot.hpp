#pragma once
#include <filesystem>

#include "core/result.hpp"
#include "platform/frame_renderer.hpp"

namespace marquee::platform {

// Reads back what the renderer drew this frame (call before present()) and writes a PNG.
core::Status save_screenshot(FrameRenderer& renderer, const std::filesystem::path& png_path);
// Writes RGBA pixels as a PNG (creating the folder), e.g. a frame read back with read_pixels().
core::Status write_png(const RgbaImage& image, const std::filesystem::path& png_path);

}  // namespace marquee::platform
