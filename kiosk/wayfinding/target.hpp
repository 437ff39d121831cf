#pragma once
// What an id names, for "Directions": the place a route ends at and its walking-graph node.
#include <optional>
#include <string_view>

#include "content/model.hpp"
#include "wayfinding/route.hpp"

namespace marquee::wayfinding {

// Booth, room, amenity, exhibitor (its booth), session (its room), then walking-graph node; the
// target's node is empty when the place is not attached to a graph. nullopt: no such id.
std::optional<Target> resolve_target(const content::Content& content, std::string_view id);

}  // namespace marquee::wayfinding
