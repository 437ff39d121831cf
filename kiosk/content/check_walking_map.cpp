// Wayfinding references in map.json: duplicate ids, levels, nodes named by booths, rooms and
// amenities, defaults filled in (a booth's level is its hall's), and what must be on the map once
// a venue has a walking graph: every booth and every session's room attached to a node.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "content/id_checks.hpp"
#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace {

struct WalkIds {
  std::unordered_set<std::string> levels, nodes;
  std::unordered_set<std::string> graph_venues;  // venues whose map has walking nodes
};

// The venue's level with the lowest floor, or "" when the venue has none.
std::string lowest_level(const WalkingMap& w, const std::string& venue) {
  const Level* best = nullptr;
  for (const auto& l : w.levels) {
    if (l.venue == venue && (!best || l.floor < best->floor)) best = &l;
  }
  return best ? best->id : "";
}

std::string venue_of_level(const WalkingMap& w, const std::string& level) {
  const Level* l = w.level(level);
  return l ? l->venue : "";
}

void check_levels(ParseState& state, const std::unordered_set<std::string>& venues, WalkIds& ids) {
  Content& c = state.content;
  Diagnostics& d = state.diagnostics;
  for (std::size_t i = 0; i < c.walking.levels.size(); ++i)
    check_ref(venues, c.walking.levels[i].venue, "venue", state.origins.levels[i], "/venue", d);
  for (std::size_t i = 0; i < c.halls.size(); ++i) {
    Hall& h = c.halls[i];
    for (std::size_t k = 0; k < h.levels.size(); ++k)
      check_ref(ids.levels, h.levels[k], "level", state.origins.halls[i], "/levels/" + std::to_string(k), d);
    if (h.levels.empty()) {
      if (auto l = lowest_level(c.walking, h.venue); !l.empty()) h.levels.push_back(l);
    }
  }
  for (std::size_t i = 0; i < c.walking.nodes.size(); ++i) {
    const WalkNode& n = c.walking.nodes[i];
    check_ref(ids.levels, n.level, "level", state.origins.nodes[i], "/level", d);
    if (auto v = venue_of_level(c.walking, n.level); !v.empty()) ids.graph_venues.insert(v);
  }
}

// A thing drawn on the map that a route can lead to: it must name a node when its venue has a graph.
void check_attachment(const std::string& node, const std::string& venue, const std::string& what,
                      const Origin& o, const WalkIds& ids, Diagnostics& d) {
  if (!node.empty()) {
    check_ref(ids.nodes, node, "node", o, "/node", d);
  } else if (ids.graph_venues.count(venue)) {
    d.error(o.file, o.path, what + " is not attached to the walking graph (add \"node\")");
  }
}

void check_booths(ParseState& state, const WalkIds& ids) {
  Content& c = state.content;
  for (std::size_t i = 0; i < c.booths.size(); ++i) {
    Booth& b = c.booths[i];
    const Hall* hall = c.hall(b.hall);
    check_ref(ids.levels, b.level, "level", state.origins.booths[i], "/level", state.diagnostics);
    if (b.level.empty() && hall && !hall->levels.empty()) b.level = hall->levels.front();
    check_attachment(b.node, hall ? hall->venue : "", "booth " + core::quote_value(b.id), state.origins.booths[i], ids,
                     state.diagnostics);
  }
}

void check_map_rooms(ParseState& state, const std::unordered_set<std::string>& rooms, const WalkIds& ids) {
  Content& c = state.content;
  for (std::size_t i = 0; i < c.walking.rooms.size(); ++i) {
    MapRoom& m = c.walking.rooms[i];
    const Origin& o = state.origins.map_rooms[i];
    check_ref(rooms, m.id, "room", o, "/id", state.diagnostics);
    check_ref(ids.levels, m.level, "level", o, "/level", state.diagnostics);
    const Room* room = c.room(m.id);
    if (m.level.empty()) {
      if (const WalkNode* n = c.walking.node(m.node)) {
        m.level = n->level;
      } else if (const Hall* h = room ? c.hall(room->hall) : nullptr; h && !h->levels.empty()) {
        m.level = h->levels.front();
      }
    }
    check_attachment(m.node, room ? room->venue : "", "room " + core::quote_value(m.id), o, ids, state.diagnostics);
  }
}

void check_amenities(ParseState& state, const WalkIds& ids) {
  Content& c = state.content;
  for (std::size_t i = 0; i < c.walking.amenities.size(); ++i) {
    Amenity& a = c.walking.amenities[i];
    const Origin& o = state.origins.amenities[i];
    check_ref(ids.levels, a.level, "level", o, "/level", state.diagnostics);
    check_ref(ids.nodes, a.node, "node", o, "/node", state.diagnostics);
    if (const WalkNode* n = c.walking.node(a.node); n && a.level.empty()) a.level = n->level;
  }
}

// Every room a session takes place in is drawn on the map once its venue has a walking graph:
// "Directions" to a session leads to its room.
void check_session_rooms(ParseState& state, const WalkIds& ids) {
  const Content& c = state.content;
  std::unordered_set<std::string> reported;
  for (std::size_t i = 0; i < c.sessions.size(); ++i) {
    const Session& s = c.sessions[i];
    const Room* room = c.room(s.room);
    if (!room || !ids.graph_venues.count(room->venue) || c.walking.room(s.room)) continue;
    if (!reported.insert(s.room).second) continue;
    const Origin& o = state.origins.sessions[i];
    state.diagnostics.error(o.file, o.path + "/room",
                            "room " + core::quote_value(s.room) +
                                " is not drawn on the map (add it to map.json \"rooms\" "
                                "with its outline and node)");
  }
}

}  // namespace

void check_walking_map(ParseState& state) {
  Content& c = state.content;
  Origins& o = state.origins;
  Diagnostics& d = state.diagnostics;
  WalkIds ids;
  ids.levels = check_duplicates(c.walking.levels, o.levels, "level", d);
  check_duplicates(c.walking.rooms, o.map_rooms, "map room", d);
  check_duplicates(c.walking.amenities, o.amenities, "amenity", d);
  ids.nodes = check_duplicates(c.walking.nodes, o.nodes, "node", d);
  check_duplicates(c.walking.edges, o.edges, "edge", d);
  c.walking.build_indexes();

  std::unordered_set<std::string> venues, rooms;
  for (const auto& v : c.venues) venues.insert(v.id);
  for (const auto& r : c.rooms) rooms.insert(r.id);
  check_levels(state, venues, ids);
  check_booths(state, ids);
  check_map_rooms(state, rooms, ids);
  check_amenities(state, ids);
  check_session_rooms(state, ids);
  check_walking_graph(state);
}

}  // namespace marquee::content
