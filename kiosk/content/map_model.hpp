#pragma once
// map.json geometry and wayfinding: floors, the rooms sessions take place in, amenities and the
// walking graph routes are computed on (docs/wayfinding.md). Every part is optional, so a map
// written before wayfinding still loads; it simply has no routes.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "content/localized_text.hpp"

namespace marquee::content {

struct Point {
  double x = 0, y = 0;
};
using Polygon = std::vector<Point>;

// A floor of a venue. `floor` orders them (0 = ground, negative = basement); `label` is what
// signs and step texts print ("Take the lift to level 2", "乘电梯到 2 层").
struct Level {
  std::string id, venue;
  int floor = 0;
  std::string label;   // defaults to the floor number
  LocalizedText name;  // optional longer name ("Conference floor")
};

// Where a room of event.json is drawn: the session's room appears on the map like a booth.
struct MapRoom {
  std::string id;  // the event.json room id
  std::string level, node;
  Polygon outline;
};

enum class AmenityKind {
  Restroom,
  AccessibleRestroom,
  Exit,
  FirstAid,
  Information,
  Food,
  PrayerRoom,
  Charging
};
inline constexpr int kAmenityKindCount = 8;
std::string_view amenity_kind_id(AmenityKind kind);  // "restroom", "accessible_restroom", ...
std::optional<AmenityKind> amenity_kind_from_id(std::string_view id);

struct Amenity {
  std::string id;
  AmenityKind kind = AmenityKind::Information;
  LocalizedText name;
  std::string level, node;
  Point position;
};

// How one stretch of the walk is made. Escalators run one way: from `from` to `to`.
enum class EdgeKind { Corridor, Door, Stairs, EscalatorUp, EscalatorDown, Lift, Ramp, Outdoor };
inline constexpr int kEdgeKindCount = 8;
std::string_view edge_kind_id(EdgeKind kind);  // "corridor", "door", "stairs", "escalator_up", ...
std::optional<EdgeKind> edge_kind_from_id(std::string_view id);
// Kinds that may join two levels.
bool changes_level(EdgeKind kind);
// Kinds a wheelchair, a pram or a suitcase can take (everything but stairs and escalators).
bool is_step_free(EdgeKind kind);
bool is_one_way(EdgeKind kind);

struct WalkNode {
  std::string id, level;
  Point position;
  LocalizedText name;  // optional: named nodes become step landmarks ("Turn left at Hall B")
  bool kiosk = false;  // a kiosk stands here: every target must be reachable from it
};

struct WalkEdge {
  std::string id;  // explicit id, else "<from>-<to>"; staff close edges by it
  std::string from, to;
  EdgeKind kind = EdgeKind::Corridor;
  std::string lift;     // lift edges of one car share this id, so closing the lift closes them all
  double length_m = 0;  // given, else computed from positions, metres_per_unit and storey height
};

struct WalkingMap {
  double metres_per_unit = 0;    // map.json "metres_per_unit"; 0 when absent
  double storey_height_m = 4.5;  // map.json "storey_height_m": added to stairs/lift/ramp lengths
  std::vector<Level> levels;
  std::vector<MapRoom> rooms;
  std::vector<Amenity> amenities;
  std::vector<WalkNode> nodes;
  std::vector<WalkEdge> edges;

  bool has_graph() const { return !nodes.empty(); }
  const Level* level(std::string_view id) const;
  const MapRoom* room(std::string_view id) const;
  const Amenity* amenity(std::string_view id) const;
  const WalkNode* node(std::string_view id) const;
  void build_indexes();

 private:
  using Index = std::unordered_map<std::string, std::size_t>;
  Index level_index_, room_index_, amenity_index_, node_index_;
};

}  // namespace marquee::content
