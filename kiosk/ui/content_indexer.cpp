#include "ui/content_indexer.hpp"

#include <spdlog/spdlog.h>

namespace marquee::ui {

ContentIndexer::~ContentIndexer() {
  if (worker_.joinable()) worker_.join();
}

void ContentIndexer::start(std::shared_ptr<const content::Content> content, std::string origin,
                           wayfinding::Closures closed) {
  if (worker_.joinable()) worker_.join();
  requested_ = content;
  worker_ = std::jthread([slot = slot_, content = std::move(content), origin = std::move(origin),
                          closed = std::move(closed)] {
    // The A-Z exhibitor list in each language first: the likeliest first tap after search.
    for (content::Lang lang : content::kAllLangs) content->exhibitor_order(lang);
    auto index = content::search::build_search_index(*content);
    // One shortest-path tree per profile from "You are here": a route is then a walk up a tree.
    auto routes = wayfinding::Wayfinder::precompute(content, {origin}, closed);
    if (!routes->unknown_origins().empty() && routes->has_graph())
      spdlog::warn("[kiosk] node \"{}\" is not in the content's walking graph: no routes from this kiosk",
                   origin);
    slot->publish(Built{std::move(index), std::move(routes), content});
  });
}

std::optional<ContentIndexer::Built> ContentIndexer::take() {
  auto built = slot_->take();
  if (!built || built->built_for != requested_) return std::nullopt;
  last_built_for_ = built->built_for;
  return built;
}

}  // namespace marquee::ui
