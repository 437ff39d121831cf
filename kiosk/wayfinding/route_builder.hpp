#pragma once
// Turns a path up a shortest-path tree into a Route: legs per level, totals and steps (turns from
// the heading change at each node, level changes from the edge kinds).
#include "wayfinding/route.hpp"

namespace marquee::wayfinding {

// Heading changes smaller than this are bends in a corridor, not turns.
inline constexpr double kTurnDegrees = 35.0;

// The route from tree.origin to `to`; the caller checks tree.reaches(to) first.
Route build_route(const RouteGraph& graph, const PathTree& tree, NodeIndex to, Target target);

}  // namespace marquee::wayfinding
