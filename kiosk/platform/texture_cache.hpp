#pragma once
// Images for show scenes, loaded once (stb_image) into the renderer's textures on the UI thread.
#include <imgui.h>

#include <filesystem>
#include <map>
#include <string>

#include "platform/frame_renderer.hpp"

namespace marquee::platform {

class TextureCache {
 public:
  explicit TextureCache(FrameRenderer& renderer) : renderer_(renderer) {}
  ~TextureCache();
  TextureCache(const TextureCache&) = delete;
  TextureCache& operator=(const TextureCache&) = delete;

  // The texture for an image file, or null if it cannot be read (logged once per path).
  ImTextureID get(const std::filesystem::path& path);

 private:
  FrameRenderer& renderer_;
  std::map<std::string, ImTextureID> textures_;  // null entries remember failures
};

}  // namespace marquee::platform
