#pragma once
// Content images as textures: requested by the UI at the size they are drawn, decoded and scaled
// on the image loader's worker, uploaded on the UI thread in pump(), and kept under a memory budget
// by evicting the least recently drawn. A request returns null until its image has arrived (the UI
// draws a placeholder); it arrives a few frames later. Logos, photos, banners, the key visual and
// show-scene images all go through one cache. UI thread only (except the loader's worker).
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <list>
#include <string>
#include <unordered_map>

#include "platform/frame_renderer.hpp"
#include "platform/image_loader.hpp"

namespace marquee::platform {

struct CachedTexture {
  ImTextureID texture = nullptr;  // null: not decoded yet, or the image cannot be used
  PixelSize size;                 // the texture's pixels (the image fitted into the requested box)
};

class TextureCache {
 public:
  static constexpr std::size_t kDefaultBudgetBytes = std::size_t{24} << 20;

  explicit TextureCache(FrameRenderer& renderer, std::size_t budget_bytes = kDefaultBudgetBytes);
  ~TextureCache();
  TextureCache(const TextureCache&) = delete;
  TextureCache& operator=(const TextureCache&) = delete;

  // The texture for an image of a content folder fitted into box (pixels). The first request
  // queues the decode and returns null; so do later ones until pump() has uploaded it. An image
  // that cannot be decoded stays null (logged once).
  CachedTexture get(const std::filesystem::path& content_dir, const std::string& asset, PixelSize box);

  // Once per frame, before the frame is built: uploads what the worker finished, then evicts least
  // recently used textures while over budget. Textures drawn in the frame just finished are never
  // evicted, so a screen whose images alone exceed the budget keeps them (over budget) rather
  // than decoding them again every frame.
  void pump();

  // Introspection for tests, benchmarks and the staff panel.
  bool resident(const std::filesystem::path& content_dir, const std::string& asset) const;
  std::size_t resident_bytes() const { return resident_bytes_; }
  std::size_t resident_count() const { return lru_.size(); }
  std::size_t budget_bytes() const { return budget_bytes_; }
  std::size_t decoding() const { return loader_.busy(); }
  std::size_t evictions() const { return evictions_; }

 private:
  enum class State { Decoding, Resident, Failed };
  struct Entry {
    State state = State::Decoding;
    CachedTexture texture;
    std::size_t bytes = 0;
    std::uint64_t last_used = 0;           // pump() count when last requested
    std::list<std::string>::iterator lru;  // valid while Resident
  };
  void upload(const std::string& key, core::Result<PreparedImage> image);
  void evict_over_budget();

  FrameRenderer& renderer_;
  std::size_t budget_bytes_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> lru_;  // resident keys, most recently used first
  std::size_t resident_bytes_ = 0;
  std::size_t evictions_ = 0;
  std::uint64_t frame_ = 0;
  bool warned_over_budget_ = false;
  ImageLoader loader_;  // last: its worker stops before the rest goes
};

}  // namespace marquee::platform
