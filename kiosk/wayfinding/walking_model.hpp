#pragma once
// How long a walk takes (docs/wayfinding.md, "Walking time"). One model for the shortest-path
// cost and the time shown, so the route a kiosk picks is the one whose time it prints.
#include "content/map_model.hpp"

namespace marquee::wayfinding {

// A relaxed pace for a crowded venue, between a brisk 1.4 m/s and a wheelchair's ~1 m/s.
inline constexpr double kWalkingSpeedMps = 1.2;
// Waiting for a lift car and riding it, whatever the floors: a lift edge costs this instead of its
// length. Maps join every pair of floors a car serves with one lift edge, so a ride is one edge.
inline constexpr double kLiftRideSeconds = 30.0;

// Seconds to take one edge of this kind and length (stairs and ramps are walked at the same
// pace: their length already includes the storey height).
inline double edge_seconds(content::EdgeKind kind, double length_m) {
  return kind == content::EdgeKind::Lift ? kLiftRideSeconds : length_m / kWalkingSpeedMps;
}

// Metres a route shows: a lift ride is not walked.
inline double edge_walked_metres(content::EdgeKind kind, double length_m) {
  return kind == content::EdgeKind::Lift ? 0.0 : length_m;
}

}  // namespace marquee::wayfinding
