#include "app/font_builder.hpp"

#include <spdlog/spdlog.h>

namespace marquee::app {

FontBuilder::~FontBuilder() {
  if (worker_.joinable()) worker_.join();
}

void FontBuilder::request(const ui::FontSpec& spec) {
  if (requested_ && *requested_ == spec) return;
  if (slot_) {
    std::lock_guard lock(slot_->mutex);
    if (!slot_->done) return;  // one build at a time; the next request starts it
  }
  if (worker_.joinable()) worker_.join();
  slot_ = std::make_shared<Slot>();
  requested_ = spec;
  reported_ = false;
  worker_ = std::jthread([slot = slot_, spec] {
    ui::Fonts fonts;
    auto built = fonts.build(spec);
    std::lock_guard lock(slot->mutex);
    if (built) {
      slot->fonts = std::move(fonts);
    } else {
      slot->error = built.error().message;
    }
    slot->done = true;
  });
}

std::optional<ui::Fonts> FontBuilder::take(const ui::FontSpec& spec) {
  if (!slot_ || !requested_ || !(*requested_ == spec)) return std::nullopt;
  std::lock_guard lock(slot_->mutex);
  if (!slot_->done) return std::nullopt;
  if (!slot_->error.empty() && !reported_) {
    spdlog::error("font atlas for new content: {}; keeping the current one", slot_->error);
    reported_ = true;
  }
  std::optional<ui::Fonts> out = std::move(slot_->fonts);
  slot_->fonts.reset();
  return out;
}

}  // namespace marquee::app
