#pragma once
// A one-value hand-off between threads where only the newest value matters: a worker publishes,
// the UI thread takes between frames. A value published before the last one was taken replaces it
// (a content update superseded by a newer one, an atlas for a text size already changed again).
// Neither side ever waits for the other for longer than a move.
//
// Used by the sync thread (new content), the font builder, the content indexer and the route
// closures worker: one type, so every hand-off to the UI thread behaves the same way.
#include <mutex>
#include <optional>
#include <utility>

namespace marquee::core {

template <class T>
class LatestValue {
 public:
  void publish(T value) {
    std::optional<T> replaced;  // destroyed after the lock is released: it may be the last
    {                           // reference to a whole content snapshot or search index
      std::lock_guard lock(mutex_);
      replaced = std::exchange(slot_, std::move(value));
    }
  }
  // The value published since the last take, and the slot empties; nothing when none arrived.
  std::optional<T> take() {
    std::lock_guard lock(mutex_);
    return std::exchange(slot_, std::nullopt);
  }

 private:
  std::mutex mutex_;
  std::optional<T> slot_;
};

}  // namespace marquee::core
