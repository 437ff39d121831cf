#include "platform/image_loader.hpp"

#include <malloc.h>

namespace marquee::platform {

ImageLoader::ImageLoader(PrepareFn prepare)
    : prepare_(std::move(prepare)), worker_([this](const std::stop_token& stop) { run(stop); }) {}

ImageLoader::~ImageLoader() {
  worker_.request_stop();
  wake_.notify_all();
}

void ImageLoader::request(ImageJob job) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(job));
  }
  wake_.notify_one();
}

std::vector<DecodedImage> ImageLoader::take_finished() {
  std::lock_guard lock(mutex_);
  std::vector<DecodedImage> out;
  out.swap(finished_);
  return out;
}

std::size_t ImageLoader::busy() const {
  std::lock_guard lock(mutex_);
  return queue_.size() + decoding_;
}

core::Result<PreparedImage> ImageLoader::prepare(core::Result<RgbaImage> image) const {
  if (!image) return image.error();
  return prepare_(std::move(*image));
}

void ImageLoader::run(const std::stop_token& stop) {
  std::unique_lock lock(mutex_);
  while (!stop.stop_requested()) {
    if (!wake_.wait(lock, stop, [this] { return !queue_.empty(); })) return;
    // Newest first: what was asked for last is what is on screen now (a fast scroll leaves older
    // requests behind).
    ImageJob job = std::move(queue_.back());
    queue_.pop_back();
    ++decoding_;
    lock.unlock();
    DecodedImage done{job.key, prepare(decode_image(job.content_dir, job.asset, job.box))};
    lock.lock();
    finished_.push_back(std::move(done));
    --decoding_;
    if (queue_.empty()) {
      // Decoding allocates full-size buffers in this thread's malloc arena, which glibc keeps
      // after they are freed; give them back while idle so a burst of decodes does not stay in
      // the kiosk's resident memory.
      lock.unlock();
      malloc_trim(0);
      lock.lock();
    }
  }
}

}  // namespace marquee::platform
