#pragma once
// The route the map shows, asked of the Wayfinder only when the request changes (target, profile,
// or a new Wayfinder: new content or staff closures), not every frame.
#include <optional>
#include <string>

#include "ui/ui_state.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::ui {

wayfinding::Profile profile_of(const RouteRequest& request);

class RouteCache {
 public:
  // The route from `from_node` for the request; null when nothing is asked or routes are not
  // there yet (wayfinder null).
  const wayfinding::RouteResult* get(const wayfinding::Wayfinder* wayfinder, const std::string& from_node,
                                     const RouteRequest& request);
  // Forget the cached route (a new Wayfinder may reuse the old one's address).
  void invalidate() { valid_ = false; }
  // What the last get() returned (tests read the route drawn in the last frame).
  const wayfinding::RouteResult* last() const { return valid_ && result_ ? &*result_ : nullptr; }

 private:
  const wayfinding::Wayfinder* wayfinder_ = nullptr;
  std::string from_, to_;
  bool step_free_ = false;
  bool valid_ = false;
  std::optional<wayfinding::RouteResult> result_;
};

}  // namespace marquee::ui
