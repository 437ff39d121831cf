#pragma once
// A route as plain data for the UI: the line to draw on each level, the totals, and the steps as
// structured records (the UI localizes them, or calls step_text()).
#include <string>
#include <vector>

#include "content/model.hpp"
#include "wayfinding/shortest_path.hpp"

namespace marquee::wayfinding {

enum class TargetKind { Booth, Room, Amenity, Exhibitor, Session, Node };
const char* target_kind_id(TargetKind kind);  // "booth", "room", ...

// What a route leads to, resolved from an id (an exhibitor leads to its booth, a session to its room).
struct Target {
  TargetKind kind = TargetKind::Node;
  std::string id;               // as asked
  std::string place;            // the booth, room, amenity or node id the route ends at
  std::string node;             // walking-graph node of the place
  content::LocalizedText name;  // for "Arrive at ...": the exhibitor's, session room's, amenity's name
};

// The part of a route on one level, in walking order: draw it when that level is shown.
struct LevelLeg {
  std::string level;                   // level id
  std::vector<content::Point> points;  // map coordinates, the first is where the leg starts
  double metres = 0;
};

enum class StepKind { Walk, TurnLeft, TurnRight, TakeLift, TakeStairs, TakeEscalator, TakeRamp, Arrive };
const char* step_kind_id(StepKind kind);  // "walk", "turn_left", ...

struct Step {
  StepKind kind = StepKind::Walk;
  double metres = 0;                // Walk: how far; Take*: length of the stairs/ramp/escalator (0 for lifts)
  std::string level;                // Take*: the level it leads to; others: the level it happens on
  std::string level_label;          // "2": for "Take the lift to level 2"
  std::string landmark_id;          // Turn*: named node it happens at; Arrive: the place; may be empty
  content::LocalizedText landmark;  // its name ("Hall B entrance"); empty when unnamed
  std::size_t leg = 0;              // index into Route::legs where the step happens
  NodeIndex node = kNoIndex;        // graph node where the step starts
};

struct Route {
  Target target;
  std::string from_node;
  Profile profile = Profile::Walking;
  double metres = 0;   // walked (lift rides excluded)
  double seconds = 0;  // walking_model.hpp: metres / 1.2 m/s + 30 s per lift ride
  int lift_rides = 0;
  std::vector<LevelLeg> legs;      // at least one; one per level change plus one
  std::vector<Step> steps;         // ends with Arrive
  std::vector<std::string> edges;  // edge ids in walking order (e.g. to show which one is closed)
  // Whole minutes for a card ("4 min"): at least 1, rounded up.
  int minutes() const { return seconds <= 0 ? 0 : static_cast<int>((seconds + 59.999) / 60.0); }
};

// Why there is no route.
enum class RouteProblem {
  None,
  UnknownOrigin,  // the from node is not in the graph
  UnknownTarget,  // no booth, room, amenity, exhibitor, session or node has that id
  NotOnMap,       // known, but not attached to the walking graph (its venue has no graph)
  OtherVenue,     // at another venue than the origin (show its venue and local time instead)
  Unreachable,    // no path under this profile and these closures
};
const char* route_problem_id(RouteProblem p);  // "unknown_origin", ...

struct RouteResult {
  Route route;  // valid when problem == None
  RouteProblem problem = RouteProblem::None;
  std::string message;  // English, names what was not found or not reachable (for logs and the CLI)
  explicit operator bool() const { return problem == RouteProblem::None; }
};

}  // namespace marquee::wayfinding
