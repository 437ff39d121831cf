#include "ui/route_cache.hpp"

namespace marquee::ui {

wayfinding::Profile profile_of(const RouteRequest& request) {
  return request.step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Walking;
}

const wayfinding::RouteResult* RouteCache::get(const wayfinding::Wayfinder* wayfinder, const std::string& from_node,
                                               const RouteRequest& request) {
  if (!wayfinder || request.to.empty()) {
    valid_ = false;
    return nullptr;
  }
  if (!valid_ || wayfinder != wayfinder_ || from_node != from_ || request.to != to_ ||
      request.step_free != step_free_) {
    wayfinder_ = wayfinder;
    from_ = from_node;
    to_ = request.to;
    step_free_ = request.step_free;
    result_ = wayfinder->route(from_node, request.to, profile_of(request));
    valid_ = true;
  }
  return &*result_;
}

}  // namespace marquee::ui
