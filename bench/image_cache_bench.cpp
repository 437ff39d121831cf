// Every image of the demo content through the kiosk's image path (worker decode + scale, upload in
// pump(), LRU texture budget) on a headless software renderer: time until each kind has arrived,
// the UI thread's cost per frame (pump: uploads and evictions), resident bytes against the
// budget, and the process's peak RSS on top of a bare SDL window.
// usage: image_cache_bench [CONTENT_DIR] [BUDGET_MB]   (default: the demo content, 24 MB)
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "content/loader.hpp"
#include "core/paths.hpp"
#include "platform/frame_stats.hpp"
#include "platform/texture_cache.hpp"
#include "platform/video.hpp"

namespace {

using namespace marquee;

struct Batch {
  const char* what;
  std::vector<std::string> assets;
  platform::PixelSize box;  // the size screens draw them at (1080p)
};

std::vector<Batch> demo_batches(const content::Content& c) {
  Batch logos{"exhibitor logos (card 320x160)", {}, {320, 160}};
  Batch photos{"speaker photos (160x160)", {}, {160, 160}};
  Batch banners{"sponsor banners (1200x300)", {}, {1200, 300}};
  for (const auto& e : c.exhibitors) logos.assets.push_back(e.logo);
  for (const auto& s : c.speakers) photos.assets.push_back(s.photo);
  for (const auto& s : c.sponsors) banners.assets.push_back(s.banner);
  return {Batch{"key visual (1920x1080)", {c.conference.key_visual}, {1920, 1080}}, logos, photos, banners};
}

// Frames at 60 Hz until every asset of the batch has been resident once; returns the frame count.
int run_batch(platform::TextureCache& cache, const std::filesystem::path& dir, const Batch& b,
              std::vector<double>& pump_ms) {
  std::vector<bool> seen(b.assets.size(), false);
  for (int frame = 1; frame <= 6000; ++frame) {
    const double t0 = platform::thread_cpu_ms();
    cache.pump();
    pump_ms.push_back(platform::thread_cpu_ms() - t0);
    // A screen shows a dozen at a time: request the first dozen not yet seen, like a list scrolling.
    int shown = 0;
    for (std::size_t i = 0; i < b.assets.size() && shown < 12; ++i) {
      if (seen[i]) continue;
      ++shown;
      seen[i] = cache.get(dir, b.assets[i], b.box).texture != nullptr;
    }
    if (std::all_of(seen.begin(), seen.end(), [](bool s) { return s; })) return frame;
    std::this_thread::sleep_for(std::chrono::microseconds(16667));
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  mallopt(M_MMAP_THRESHOLD, 1 << 20);  // as the kiosk does (kiosk_app.cpp)
  const std::filesystem::path dir = argc > 1 ? argv[1] : core::demo_content_dir();
  const std::size_t budget = (argc > 2 ? std::stoul(argv[2]) : 24) << 20;
  const auto loaded = content::load_content(dir);
  if (!loaded.content) return std::fprintf(stderr, "invalid content in %s\n", dir.c_str()), 1;
  auto video = platform::Video::open({1920, 1080, true, false, 0, false, platform::RendererChoice::Software});
  if (!video) return std::fprintf(stderr, "%s\n", video.error().message.c_str()), 1;
  const double rss_before = platform::peak_rss_mb();
  platform::TextureCache cache((*video)->renderer(), budget);
  std::vector<double> pump_ms;
  for (const Batch& b : demo_batches(*loaded.content)) {
    const auto t0 = std::chrono::steady_clock::now();
    const int frames = run_batch(cache, loaded.content->dir, b, pump_ms);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf(
        "%-32s %3zu images: all arrived after %4d frames, %7.1f ms (%.1f ms per image); resident %5.1f MB\n",
        b.what, b.assets.size(), frames, ms, ms / static_cast<double>(b.assets.size()),
        static_cast<double>(cache.resident_bytes()) / (1 << 20));
  }
  std::sort(pump_ms.begin(), pump_ms.end());
  const auto pct = [&](double p) {
    return pump_ms[static_cast<std::size_t>(p * static_cast<double>(pump_ms.size() - 1))];
  };
  std::printf(
      "UI thread per frame (pump: uploads + evictions): p50 %.3f ms, p99 %.3f ms, max %.3f ms over %zu "
      "frames\n",
      pct(0.5), pct(0.99), pump_ms.back(), pump_ms.size());
  std::printf("budget %zu MB, resident %.1f MB in %zu textures, %zu evictions\n", budget >> 20,
              static_cast<double>(cache.resident_bytes()) / (1 << 20), cache.resident_count(),
              cache.evictions());
  std::printf("peak RSS %.1f MB (%.1f MB before the first image)\n", platform::peak_rss_mb(), rss_before);
  return 0;
}
