#include "platform/texture_cache.hpp"

#include <spdlog/spdlog.h>

namespace marquee::platform {
namespace {

// One cache key per image and size: the same logo in a list row and on a detail card are two
// textures, each decoded at the size it is drawn (no scaling per frame, no oversized textures).
std::string key_of(const std::filesystem::path& dir, const std::string& asset, PixelSize box) {
  return dir.string() + '\n' + asset + '\n' + std::to_string(box.width) + 'x' + std::to_string(box.height);
}

std::string image_prefix(const std::filesystem::path& dir, const std::string& asset) {
  return dir.string() + '\n' + asset + '\n';
}

}  // namespace

TextureCache::TextureCache(FrameRenderer& renderer, std::size_t budget_bytes)
    : renderer_(renderer),
      budget_bytes_(budget_bytes),
      loader_([&renderer](RgbaImage image) { return renderer.prepare_image(std::move(image)); }) {}

TextureCache::~TextureCache() {
  for (auto& [key, entry] : entries_) {
    if (entry.state == State::Resident) renderer_.destroy_texture(entry.texture.texture);
  }
}

CachedTexture TextureCache::get(const std::filesystem::path& content_dir, const std::string& asset,
                                PixelSize box) {
  if (content_dir.empty() || asset.empty() || box.width <= 0 || box.height <= 0) return {};
  const std::string key = key_of(content_dir, asset, box);
  auto [it, inserted] = entries_.try_emplace(key);
  Entry& e = it->second;
  e.last_used = frame_;
  if (inserted) {
    loader_.request({key, content_dir, asset, box});
    return {};
  }
  if (e.state != State::Resident) return {};
  lru_.splice(lru_.begin(), lru_, e.lru);  // most recently used
  return e.texture;
}

void TextureCache::pump() {
  for (DecodedImage& done : loader_.take_finished()) upload(done.key, std::move(done.image));
  evict_over_budget();
  ++frame_;
}

void TextureCache::upload(const std::string& key, core::Result<PreparedImage> image) {
  auto it = entries_.find(key);
  if (it == entries_.end()) return;
  Entry& e = it->second;
  if (!image) {
    spdlog::warn("image: {}", image.error().message);
    e.state = State::Failed;
    return;
  }
  const PixelSize size{image->width, image->height};
  e.texture.texture = renderer_.upload_prepared(std::move(*image));
  if (!e.texture.texture) {
    spdlog::warn("image: the renderer cannot make a {}x{} texture", size.width, size.height);
    e.state = State::Failed;
    return;
  }
  e.state = State::Resident;
  e.texture.size = size;
  e.bytes = static_cast<std::size_t>(size.width) * static_cast<std::size_t>(size.height) * 4;
  resident_bytes_ += e.bytes;
  lru_.push_front(key);
  e.lru = lru_.begin();
}

void TextureCache::evict_over_budget() {
  // From the least recently used end; what the frame just finished drew stays.
  for (auto it = lru_.end(); resident_bytes_ > budget_bytes_ && it != lru_.begin();) {
    --it;
    auto victim = entries_.find(*it);
    if (victim->second.last_used >= frame_) continue;
    renderer_.destroy_texture(victim->second.texture.texture);
    resident_bytes_ -= victim->second.bytes;
    entries_.erase(victim);  // asked for again later: decoded again
    it = lru_.erase(it);
    ++evictions_;
  }
  if (resident_bytes_ > budget_bytes_ && !warned_over_budget_) {
    spdlog::warn("images on screen need {} KiB, more than the {} KiB texture budget", resident_bytes_ >> 10,
                 budget_bytes_ >> 10);
    warned_over_budget_ = true;
  }
}

bool TextureCache::resident(const std::filesystem::path& content_dir, const std::string& asset) const {
  const std::string prefix = image_prefix(content_dir, asset);
  for (const std::string& key : lru_) {
    if (key.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

}  // namespace marquee::platform
