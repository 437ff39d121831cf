#pragma once
// Images for show scenes, loaded once (stb_image) into SDL textures on the UI thread.
#include <SDL.h>

#include <filesystem>
#include <map>
#include <string>

namespace marquee::platform {

class TextureCache {
 public:
  explicit TextureCache(SDL_Renderer* renderer) : renderer_(renderer) {}
  ~TextureCache();
  TextureCache(const TextureCache&) = delete;
  TextureCache& operator=(const TextureCache&) = delete;

  // The texture for an image file, or null if it cannot be read (logged once per path).
  SDL_Texture* get(const std::filesystem::path& path);

 private:
  SDL_Renderer* renderer_;
  std::map<std::string, SDL_Texture*> textures_;  // null entries remember failures
};

}  // namespace marquee::platform
