#pragma once
// A worker thread that decodes and scales images (image_decode) so the UI thread never does. The
// UI thread queues jobs and, once per frame, takes what is finished and uploads it as textures.
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "platform/image_decode.hpp"

namespace marquee::platform {

struct ImageJob {
  std::string key;  // the requester's name for the result
  std::filesystem::path content_dir;
  std::string asset;
  PixelSize box;
};

struct DecodedImage {
  std::string key;
  core::Result<PreparedImage> image;
};

// Turns decoded pixels into what the UI thread uploads (FrameRenderer::prepare_image); called on
// the worker.
using PrepareFn = std::function<PreparedImage(RgbaImage)>;

class ImageLoader {
 public:
  explicit ImageLoader(PrepareFn prepare);
  ~ImageLoader();  // stops the worker after the job in hand; queued jobs are dropped
  ImageLoader(const ImageLoader&) = delete;
  ImageLoader& operator=(const ImageLoader&) = delete;

  void request(ImageJob job);
  // Everything finished since the last call, in the order it finished.
  std::vector<DecodedImage> take_finished();
  // Jobs queued or being decoded.
  std::size_t busy() const;

 private:
  void run(const std::stop_token& stop);
  core::Result<PreparedImage> prepare(core::Result<RgbaImage> image) const;

  mutable std::mutex mutex_;
  std::condition_variable_any wake_;
  std::deque<ImageJob> queue_;
  std::vector<DecodedImage> finished_;
  std::size_t decoding_ = 0;
  PrepareFn prepare_;
  std::jthread worker_;  // last: starts after, and stops before, everything it uses
};

}  // namespace marquee::platform
