#pragma once
// The hand-off from the sync thread to the UI thread: a single slot holding the newest content.
// The sync thread publishes a finished snapshot; the UI takes it between frames. A newer snapshot
// replaces one the UI has not taken yet (only the latest matters).
#include <memory>
#include <mutex>

#include "content/model.hpp"

namespace marquee::sync {

class ContentMailbox {
 public:
  void publish(std::shared_ptr<const content::Content> content) {
    std::lock_guard lock(mutex_);
    slot_ = std::move(content);
  }
  // Returns the pending snapshot and empties the slot, or null when nothing new arrived.
  std::shared_ptr<const content::Content> take() {
    std::lock_guard lock(mutex_);
    return std::exchange(slot_, nullptr);
  }

 private:
  std::mutex mutex_;
  std::shared_ptr<const content::Content> slot_;
};

}  // namespace marquee::sync
