// map.json, wayfinding part: levels, room shapes, amenities and the walking graph (nodes, edges).
// Only the shape of each item is checked here; references and the graph are checked in
// check_walking_map.cpp once every file is read.
#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace {

void parse_level(const ObjectReader& r, ParseState& state) {
  Level l;
  l.id = r.string("id", Need::Required).value_or("");
  l.venue = r.string("venue", Need::Required).value_or("");
  if (auto floor = r.number("floor", Need::Required)) {
    if (*floor != static_cast<int>(*floor) || *floor < -20 || *floor > 200) {
      r.context().error(r.path_of("floor"), "expected a whole floor number between -20 and 200");
    } else {
      l.floor = static_cast<int>(*floor);
    }
  }
  l.label = r.string("label", Need::Optional).value_or(std::to_string(l.floor));
  l.name = r.text("name", Need::Optional, Translations::AnyOne);
  state.origins.levels.push_back({r.context().file, r.path()});
  state.content.walking.levels.push_back(std::move(l));
}

void parse_map_room(const ObjectReader& r, ParseState& state) {
  MapRoom m;
  m.id = r.string("id", Need::Required).value_or("");
  m.level = r.string("level", Need::Optional).value_or("");
  m.node = r.string("node", Need::Optional).value_or("");
  m.outline = r.polygon("outline", Need::Required).value_or(Polygon{});
  state.origins.map_rooms.push_back({r.context().file, r.path()});
  state.content.walking.rooms.push_back(std::move(m));
}

void parse_amenity(const ObjectReader& r, ParseState& state) {
  Amenity a;
  a.id = r.string("id", Need::Required).value_or("");
  if (auto kind = r.string("kind", Need::Required)) {
    if (auto k = amenity_kind_from_id(*kind)) {
      a.kind = *k;
    } else {
      r.context().error(r.path_of("kind"), "unknown amenity kind " + core::quote_value(*kind) +
                                               " (known: restroom, accessible_restroom, exit, first_aid, "
                                               "information, food, prayer_room, charging)");
    }
  }
  a.name = r.text("name", Need::Required, Translations::EnZhRequired);
  a.level = r.string("level", Need::Optional).value_or("");
  a.node = r.string("node", Need::Required).value_or("");
  a.position = r.point("position", Need::Required).value_or(Point{});
  state.origins.amenities.push_back({r.context().file, r.path()});
  state.content.walking.amenities.push_back(std::move(a));
}

void parse_node(const ObjectReader& r, ParseState& state) {
  WalkNode n;
  n.id = r.string("id", Need::Required).value_or("");
  n.level = r.string("level", Need::Required).value_or("");
  n.position = r.point("position", Need::Required).value_or(Point{});
  n.name = r.text("name", Need::Optional, Translations::AnyOne);
  n.kiosk = r.boolean("kiosk", Need::Optional).value_or(false);
  state.origins.nodes.push_back({r.context().file, r.path()});
  state.content.walking.nodes.push_back(std::move(n));
}

void parse_edge(const ObjectReader& r, ParseState& state) {
  WalkEdge e;
  e.from = r.string("from", Need::Required).value_or("");
  e.to = r.string("to", Need::Required).value_or("");
  e.id = r.string("id", Need::Optional).value_or(e.from + "-" + e.to);
  if (auto kind = r.string("kind", Need::Optional)) {
    if (auto k = edge_kind_from_id(*kind)) {
      e.kind = *k;
    } else {
      r.context().error(r.path_of("kind"), "unknown edge kind " + core::quote_value(*kind) +
                                               " (known: corridor, door, stairs, escalator_up, "
                                               "escalator_down, lift, ramp, outdoor)");
    }
  }
  e.lift = r.string("lift", Need::Optional).value_or("");
  if (auto length = r.number("length_m", Need::Optional)) {
    if (*length <= 0) {
      r.context().error(r.path_of("length_m"), "expected a length in metres above 0");
    } else {
      e.length_m = *length;
    }
  }
  state.origins.edges.push_back({r.context().file, r.path()});
  state.content.walking.edges.push_back(std::move(e));
}

void parse_scale(const ObjectReader& r, WalkingMap& map) {
  if (auto m = r.number("metres_per_unit", Need::Optional)) {
    if (*m <= 0) {
      r.context().error(r.path_of("metres_per_unit"), "expected metres per map unit above 0");
    } else {
      map.metres_per_unit = *m;
    }
  }
  if (auto h = r.number("storey_height_m", Need::Optional)) {
    if (*h <= 0 || *h > 50) {
      r.context().error(r.path_of("storey_height_m"),
                        "expected a storey height in metres, above 0 and up to 50");
    } else {
      map.storey_height_m = *h;
    }
  }
}

}  // namespace

void parse_walking_map(const Json& root, ParseState& state, const FileContext& ctx) {
  parse_scale(ObjectReader(root, "", ctx), state.content.walking);
  for_each_object(root, "levels", "", ctx, [&](const ObjectReader& r) { parse_level(r, state); });
  for_each_object(root, "rooms", "", ctx, [&](const ObjectReader& r) { parse_map_room(r, state); });
  for_each_object(root, "amenities", "", ctx, [&](const ObjectReader& r) { parse_amenity(r, state); });
  for_each_object(root, "nodes", "", ctx, [&](const ObjectReader& r) { parse_node(r, state); });
  for_each_object(root, "edges", "", ctx, [&](const ObjectReader& r) { parse_edge(r, state); });
}

}  // namespace marquee::content
