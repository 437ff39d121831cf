#include "ui/route_closures.hpp"

#include <spdlog/spdlog.h>

#include "content/queries.hpp"

namespace marquee::ui {

RouteClosures::~RouteClosures() {
  if (worker_.joinable()) worker_.join();
}

void RouteClosures::reopen_at_midnight(KioskUi& ui, core::WallTime now) {
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

void RouteClosures::update(KioskUi& ui, core::WallTime now) {
  reopen_at_midnight(ui, now);
  if (auto built = slot_->take()) {
    busy_ = false;
    // Routes made for content that has since been replaced are dropped.
    if (built->built_for == ui.content()) ui.set_wayfinder(std::move(built->routes), built->built_for);
  }
  const auto base = ui.shared_wayfinder();
  const auto& wanted = ui.state().closures.ids;
  if (!base || base->closures().ids == wanted || busy_) return;
  busy_ = true;
  if (worker_.joinable()) worker_.join();  // finished: it published before busy_ cleared
  worker_ = std::jthread([slot = slot_, base, ids = wanted, built_for = ui.content()] {
    auto routes = base->with_closures(wayfinding::Closures{ids});
    for (const auto& id : routes->unknown_closures()) spdlog::warn("[wayfinding] closure \"{}\" names nothing", id);
    slot->publish(Built{std::move(routes), built_for});
  });
}

}  // namespace marquee::ui
