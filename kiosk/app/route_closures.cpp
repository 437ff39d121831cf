#include "app/route_closures.hpp"

#include <spdlog/spdlog.h>

#include "content/queries.hpp"

namespace marquee::app {

RouteClosures::~RouteClosures() {
  if (worker_.joinable()) worker_.join();
}

void RouteClosures::reopen_at_midnight(ui::KioskUi& ui, core::WallTime now) {
  auto& ids = ui.state().closures.ids;
  const content::Venue* venue = ui.content() ? ui.content()->venue(ui.config().place.venue) : nullptr;
  if (ids.empty() || !venue) {
    closed_on_.clear();
    return;
  }
  const std::string today = content::local_day(*venue, now);
  if (closed_on_.empty()) closed_on_ = today;
  if (today != closed_on_) {  // "for the rest of the day": a new day opens everything again
    spdlog::info("[wayfinding] midnight: reopening {} closed item(s)", ids.size());
    ids.clear();
    closed_on_.clear();
  }
}

void RouteClosures::update(ui::KioskUi& ui, core::WallTime now) {
  reopen_at_midnight(ui, now);
  {
    std::lock_guard lock(slot_->mutex);
    if (slot_->result && slot_->built_for == ui.content()) {  // else made for replaced content: dropped
      ui.set_wayfinder(std::move(slot_->result), slot_->built_for);
    }
    slot_->result.reset();
  }
  const auto base = ui.shared_wayfinder();
  const auto& wanted = ui.state().closures.ids;
  if (!base || base->closures().ids == wanted || slot_->busy) return;
  slot_->busy = true;
  worker_ = std::jthread([slot = slot_, base, ids = wanted, built_for = ui.content()] {
    auto routes = base->with_closures(wayfinding::Closures{ids});
    for (const auto& id : routes->unknown_closures()) spdlog::warn("[wayfinding] closure \"{}\" names nothing", id);
    std::lock_guard lock(slot->mutex);
    slot->result = std::move(routes);
    slot->built_for = built_for;
    slot->busy = false;
  });
}

}  // namespace marquee::app
