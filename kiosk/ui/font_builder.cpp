#include "ui/font_builder.hpp"

#include <spdlog/spdlog.h>

namespace marquee::ui {

FontBuilder::~FontBuilder() {
  if (worker_.joinable()) worker_.join();
}

void FontBuilder::request(const FontSpec& spec) {
  if (requested_ && *requested_ == spec) return;
  // One build at a time; a finished build of a spec no longer wanted is dropped.
  if (building_ && !slot_->take()) return;
  if (worker_.joinable()) worker_.join();
  requested_ = spec;
  building_ = true;
  worker_ = std::jthread([slot = slot_, spec] {
    Fonts fonts;
    auto built = fonts.build(spec);
    if (built) {
      slot->publish(std::move(fonts));
    } else {
      slot->publish(built.error());
    }
  });
}

std::optional<Fonts> FontBuilder::take(const FontSpec& spec) {
  if (!building_ || !requested_ || !(*requested_ == spec)) return std::nullopt;
  auto built = slot_->take();
  if (!built) return std::nullopt;
  building_ = false;  // requested_ stays: a failed spec is not requested again
  if (!*built) {
    spdlog::error("font atlas for new content: {}; keeping the current one", built->error().message);
    return std::nullopt;
  }
  return std::move(**built);
}

}  // namespace marquee::ui
