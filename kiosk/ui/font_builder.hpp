#pragma once
// Builds font atlases on a worker thread, so new content (or a text-size change) never stalls
// a frame: the kiosk keeps drawing with the old atlas until the new one is ready.
#include <memory>
#include <optional>
#include <thread>

#include "core/latest_value.hpp"
#include "core/result.hpp"
#include "ui/fonts.hpp"

namespace marquee::ui {

class FontBuilder {
 public:
  FontBuilder() = default;
  ~FontBuilder();  // waits for a build in progress (it touches nothing but its own slot)
  FontBuilder(const FontBuilder&) = delete;
  FontBuilder& operator=(const FontBuilder&) = delete;

  // Starts building `spec` unless it is already built, being built or failed. While another
  // spec is still building, nothing starts: call again next frame.
  void request(const FontSpec& spec);
  // The atlas for `spec` once it is built. A failed build is logged once and never retried
  // (the kiosk keeps the atlas it has).
  std::optional<Fonts> take(const FontSpec& spec);

 private:
  // Shared with the worker, so the worker never touches the builder itself.
  using Slot = core::LatestValue<core::Result<Fonts>>;
  std::shared_ptr<Slot> slot_ = std::make_shared<Slot>();
  std::optional<FontSpec> requested_;
  bool building_ = false;  // a worker has not yet published the build of requested_
  std::jthread worker_;
};

}  // namespace marquee::ui
