#pragma once
#include <SDL.h>

#include <filesystem>

#include "core/result.hpp"

namespace marquee::platform {

// Reads back what the renderer drew this frame (call before SDL_RenderPresent) and writes a PNG.
core::Status save_screenshot(SDL_Renderer* renderer, const std::filesystem::path& png_path);

}  // namespace marquee::platform
