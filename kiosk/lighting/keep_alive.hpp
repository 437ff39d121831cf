#pragma once
// When to (re)send one universe: at once on change, then `repeats` more frames, then one
// keep-alive every `interval` while the data stays the same (receivers drop a silent source
// after 2.5 s; Art-Net recommends 800-1000 ms).
#include <chrono>

#include "core/clock.hpp"

namespace marquee::lighting {

class KeepAlive {
 public:
  KeepAlive(int repeats, std::chrono::milliseconds interval) : repeats_(repeats), interval_(interval) {}

  // Decides for one tick and records the send when it says yes.
  bool due(bool changed, core::MonoTime now) {
    if (changed || !sent_once_) {
      left_ = repeats_;
    } else if (left_ > 0) {
      --left_;
    } else if (now - last_ < interval_) {
      return false;
    }
    sent_once_ = true;
    last_ = now;
    return true;
  }

 private:
  int repeats_;
  std::chrono::milliseconds interval_;
  int left_ = 0;
  bool sent_once_ = false;
  core::MonoTime last_{};
};

}  // namespace marquee::lighting
