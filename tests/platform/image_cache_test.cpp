// Images off the UI thread: decoding and scaling (image_decode), the worker (image_loader) and the
// texture cache with its memory budget and LRU eviction, on a real headless SDL window and
// renderer and real PNG/JPEG files.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "../support/image_files.hpp"
#include "platform/image_decode.hpp"
#include "platform/texture_cache.hpp"
#include "platform/video.hpp"

namespace marquee::platform {
namespace {

using marquee::testing::ImageFolder;

TEST(FittedSize, ShrinksKeepingAspectAndNeverEnlarges) {
  EXPECT_EQ(fitted_size({400, 200}, {100, 100}), (PixelSize{100, 50}));
  EXPECT_EQ(fitted_size({200, 400}, {100, 100}), (PixelSize{50, 100}));
  EXPECT_EQ(fitted_size({1920, 1080}, {320, 160}), (PixelSize{284, 160}));
  EXPECT_EQ(fitted_size({64, 32}, {320, 160}), (PixelSize{64, 32}));
  EXPECT_EQ(fitted_size({5000, 1}, {100, 100}), (PixelSize{100, 1}));
}

TEST(DecodeImage, ScalesToTheRequestedBoxAndKeepsColours) {
  ImageFolder f;
  f.solid("logo.png", 400, 200, 200, 30, 60);
  auto img = decode_image(f.dir(), "logo.png", {100, 100});
  ASSERT_TRUE(img) << img.error().message;
  EXPECT_EQ(img->width, 100);
  EXPECT_EQ(img->height, 50);
  ASSERT_EQ(img->rgba.size(), 100u * 50u * 4u);
  const std::size_t mid = (25 * 100 + 50) * 4;
  EXPECT_NEAR(img->rgba[mid], 200, 2);
  EXPECT_NEAR(img->rgba[mid + 1], 30, 2);
  EXPECT_NEAR(img->rgba[mid + 2], 60, 2);
  EXPECT_EQ(img->rgba[mid + 3], 255);
}

TEST(DecodeImage, JpegAtItsOwnSizeWhenTheBoxIsLarger) {
  ImageFolder f;
  f.solid("photos/p.jpg", 120, 90, 20, 120, 220);
  auto img = decode_image(f.dir(), "photos/p.jpg", {1920, 1080});
  ASSERT_TRUE(img) << img.error().message;
  EXPECT_EQ(img->width, 120);
  EXPECT_EQ(img->height, 90);
  EXPECT_NEAR(img->rgba[(45 * 120 + 60) * 4 + 2], 220, 6);  // JPEG is lossy
}

TEST(DecodeImage, ErrorsNameTheImageAndTheProblem) {
  ImageFolder f;
  f.solid("good.png", 64, 64, 1, 2, 3);
  const std::string png = f.read("good.png");
  f.raw("truncated.png", png.substr(0, 60));  // signature and header, most of the data missing
  f.raw("anim.gif", "GIF89a\x01\x00\x01\x00");
  auto truncated = decode_image(f.dir(), "truncated.png", {64, 64});
  ASSERT_FALSE(truncated);
  EXPECT_NE(truncated.error().message.find("\"truncated.png\""), std::string::npos)
      << truncated.error().message;
  auto gif = decode_image(f.dir(), "anim.gif", {64, 64});
  ASSERT_FALSE(gif);
  EXPECT_NE(gif.error().message.find("is a GIF, not a PNG or JPEG image"), std::string::npos)
      << gif.error().message;
  auto missing = decode_image(f.dir(), "nope.png", {64, 64});
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("not found"), std::string::npos);
  auto escape = decode_image(f.dir() / "sub", "../good.png", {64, 64});
  ASSERT_FALSE(escape);
  EXPECT_NE(escape.error().message.find("leaves the content folder"), std::string::npos);
  auto big = decode_image(f.dir(), "good.png", {64, 64}, content::ImageLimits{1 << 20, 32, 32});
  ASSERT_FALSE(big);
  EXPECT_NE(big.error().message.find("64x64 pixels; at most 32x32"), std::string::npos)
      << big.error().message;
}

class TextureCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    VideoOptions o;
    o.width = 640;
    o.height = 480;
    o.headless = true;
    o.renderer = RendererChoice::Software;
    auto v = Video::open(o);
    ASSERT_TRUE(v) << v.error().message;
    video_ = std::move(*v);
    for (const char* name : {"a.png", "b.png", "c.png", "d.png", "e.png"})
      folder_.solid(name, 100, 100, 50, 90, 130);
  }
  // Frames as the kiosk runs them: pump, then the frame's requests. Returns the frame count
  // after which every asset in `wanted` was resident (or -1 after max_frames).
  int frames_until_resident(TextureCache& cache, const std::vector<std::string>& wanted,
                            int max_frames = 400) {
    for (int frame = 1; frame <= max_frames; ++frame) {
      cache.pump();
      bool all = true;
      for (const auto& a : wanted) all = cache.get(folder_.dir(), a, kBox).texture != nullptr && all;
      if (all) return frame;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return -1;
  }
  static constexpr PixelSize kBox{100, 100};
  static constexpr std::size_t kImageBytes = 100 * 100 * 4;
  ImageFolder folder_;
  std::unique_ptr<Video> video_;
};

TEST_F(TextureCacheTest, AnImageArrivesSomeFramesAfterItsFirstRequest) {
  TextureCache cache(video_->renderer());
  EXPECT_EQ(cache.get(folder_.dir(), "a.png", {50, 40}).texture, nullptr)
      << "decoding happens off this thread";
  EXPECT_FALSE(cache.resident(folder_.dir(), "a.png"));
  CachedTexture t;
  for (int frame = 0; frame < 400 && !t.texture; ++frame) {
    cache.pump();
    t = cache.get(folder_.dir(), "a.png", {50, 40});
    if (!t.texture) std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_NE(t.texture, nullptr);
  EXPECT_EQ(t.size, (PixelSize{40, 40}));
  EXPECT_TRUE(cache.resident(folder_.dir(), "a.png"));
  EXPECT_EQ(cache.resident_bytes(), 40u * 40u * 4u);
  EXPECT_EQ(cache.decoding(), 0u);
}

TEST_F(TextureCacheTest, EvictsTheLeastRecentlyUsedToStayWithinItsBudget) {
  TextureCache cache(video_->renderer(), 3 * kImageBytes);
  ASSERT_GT(frames_until_resident(cache, {"a.png", "b.png", "c.png"}), 0);
  EXPECT_EQ(cache.resident_bytes(), 3 * kImageBytes);
  cache.pump();
  cache.get(folder_.dir(), "b.png", kBox);  // order of use now: a, c, b (most recent last)
  cache.get(folder_.dir(), "a.png", kBox);  // ... c, b, a: c is the least recently used
  cache.pump();
  cache.get(folder_.dir(), "b.png", kBox);
  cache.get(folder_.dir(), "a.png", kBox);
  ASSERT_GT(frames_until_resident(cache, {"d.png"}), 0);
  cache.pump();  // d arrived over budget: the next pump evicts
  EXPECT_FALSE(cache.resident(folder_.dir(), "c.png"));
  EXPECT_TRUE(cache.resident(folder_.dir(), "b.png"));
  EXPECT_TRUE(cache.resident(folder_.dir(), "a.png"));
  EXPECT_TRUE(cache.resident(folder_.dir(), "d.png"));
  EXPECT_LE(cache.resident_bytes(), cache.budget_bytes());
  ASSERT_GT(frames_until_resident(cache, {"e.png"}), 0);
  cache.pump();
  EXPECT_FALSE(cache.resident(folder_.dir(), "b.png")) << "b was used before a and d";
  EXPECT_TRUE(cache.resident(folder_.dir(), "e.png"));
  EXPECT_EQ(cache.evictions(), 2u);
  EXPECT_EQ(cache.resident_count(), 3u);
  EXPECT_LE(cache.resident_bytes(), cache.budget_bytes());
}

TEST_F(TextureCacheTest, ImagesDrawnEveryFrameStayEvenOverBudgetInsteadOfThrashing) {
  TextureCache cache(video_->renderer(), kImageBytes);  // room for one, two on screen
  ASSERT_GT(frames_until_resident(cache, {"a.png", "b.png"}), 0);
  for (int frame = 0; frame < 20; ++frame) {
    cache.pump();
    EXPECT_NE(cache.get(folder_.dir(), "a.png", kBox).texture, nullptr);
    EXPECT_NE(cache.get(folder_.dir(), "b.png", kBox).texture, nullptr);
  }
  EXPECT_EQ(cache.evictions(), 0u);
  cache.pump();
  cache.pump();  // neither drawn in the last frame: back under budget
  EXPECT_EQ(cache.evictions(), 1u);
  EXPECT_LE(cache.resident_bytes(), cache.budget_bytes());
}

TEST_F(TextureCacheTest, AnImageThatCannotBeDecodedStaysAPlaceholderWithoutRetrying) {
  folder_.raw("broken.jpg", std::string("\xFF\xD8\xFF\xE0", 4) + std::string(200, 'x'));
  TextureCache cache(video_->renderer());
  for (int frame = 0; frame < 50; ++frame) {
    cache.pump();
    EXPECT_EQ(cache.get(folder_.dir(), "broken.jpg", kBox).texture, nullptr);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  EXPECT_EQ(cache.decoding(), 0u);
  EXPECT_EQ(cache.resident_count(), 0u);
  EXPECT_EQ(cache.get(folder_.dir(), "", kBox).texture, nullptr);
}

}  // namespace
}  // namespace marquee::platform
