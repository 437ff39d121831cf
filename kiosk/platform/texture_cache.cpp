#include "platform/texture_cache.hpp"

#include <spdlog/spdlog.h>
#include <stb_image.h>

namespace marquee::platform {

TextureCache::~TextureCache() {
  for (auto& [path, tex] : textures_) {
    if (tex) renderer_.destroy_texture(tex);
  }
}

ImTextureID TextureCache::get(const std::filesystem::path& path) {
  const std::string key = path.string();
  if (auto it = textures_.find(key); it != textures_.end()) return it->second;
  int w = 0, h = 0, n = 0;
  unsigned char* pixels = stbi_load(key.c_str(), &w, &h, &n, 4);
  ImTextureID tex = nullptr;
  if (!pixels) {
    spdlog::warn("show image {}: {}", key, stbi_failure_reason() ? stbi_failure_reason() : "cannot read");
  } else {
    tex = renderer_.create_texture(w, h, pixels);
    stbi_image_free(pixels);
  }
  textures_[key] = tex;
  return tex;
}

}  // namespace marquee::platform
