#pragma once
// Builds font atlases on a worker thread, so new content (or a text-size change) never stalls
// a frame: the kiosk keeps drawing with the old atlas until the new one is ready.
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "ui/fonts.hpp"

namespace marquee::app {

class FontBuilder {
 public:
  FontBuilder() = default;
  ~FontBuilder();  // waits for a build in progress (it touches nothing but its own slot)
  FontBuilder(const FontBuilder&) = delete;
  FontBuilder& operator=(const FontBuilder&) = delete;

  // Starts building `spec` unless it is already built, being built or failed. While another
  // spec is still building, nothing starts: call again next frame.
  void request(const ui::FontSpec& spec);
  // The atlas for `spec` once it is built. A failed build is logged once and never retried
  // (the kiosk keeps the atlas it has).
  std::optional<ui::Fonts> take(const ui::FontSpec& spec);

 private:
  struct Slot {  // shared with the worker, so the worker never touches the builder itself
    std::mutex mutex;
    bool done = false;
    std::optional<ui::Fonts> fonts;
    std::string error;
  };
  std::shared_ptr<Slot> slot_;
  std::optional<ui::FontSpec> requested_;
  bool reported_ = false;
  std::jthread worker_;
};

}  // namespace marquee::app
