#include "platform/texture_cache.hpp"

#include <spdlog/spdlog.h>
#include <stb_image.h>

namespace marquee::platform {

TextureCache::~TextureCache() {
  for (auto& [path, tex] : textures_) {
    if (tex) SDL_DestroyTexture(tex);
  }
}

SDL_Texture* TextureCache::get(const std::filesystem::path& path) {
  const std::string key = path.string();
  if (auto it = textures_.find(key); it != textures_.end()) return it->second;
  int w = 0, h = 0, n = 0;
  unsigned char* pixels = stbi_load(key.c_str(), &w, &h, &n, 4);
  SDL_Texture* tex = nullptr;
  if (!pixels) {
    spdlog::warn("show image {}: {}", key, stbi_failure_reason() ? stbi_failure_reason() : "cannot read");
  } else {
    tex = SDL_CreateTexture(renderer_, SDL_PIXELFORMAT_ABGR8888, SDL_TEXTUREACCESS_STATIC, w, h);
    if (tex) SDL_UpdateTexture(tex, nullptr, pixels, w * 4);
    stbi_image_free(pixels);
  }
  textures_[key] = tex;
  return tex;
}

}  // namespace marquee::platform
