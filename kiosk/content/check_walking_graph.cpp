// The walking graph as a whole: edge lengths (computed where not given), edges that change level
// without stairs/escalator/lift/ramp, parts of a venue's graph cut off from the rest, and targets
// a kiosk cannot reach (an error) or cannot reach step-free (a warning).
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

struct GraphView {
  const WalkingMap& map;
  std::unordered_map<std::string, std::size_t> node_index;  // first definition wins
  std::vector<std::string> node_venue;                      // "" when the level is unknown
  std::vector<std::size_t> edge_from, edge_to;              // kNone when the id is unknown

  std::size_t index(const std::string& id) const {
    auto it = node_index.find(id);
    return it == node_index.end() ? kNone : it->second;
  }
};

GraphView view_of(const WalkingMap& w) {
  GraphView g{w, {}, {}, {}, {}};
  for (std::size_t i = 0; i < w.nodes.size(); ++i) {
    g.node_index.emplace(w.nodes[i].id, i);
    const Level* l = w.level(w.nodes[i].level);
    g.node_venue.push_back(l ? l->venue : "");
  }
  for (const auto& e : w.edges) {
    g.edge_from.push_back(g.index(e.from));
    g.edge_to.push_back(g.index(e.to));
  }
  return g;
}

std::string in_quotes(const std::string& s) {
  return core::quote_value(s);  // escaped and capped: an id cannot forge diagnostic lines
}

// Dangling ends, self-loops, venue crossings, level changes, escalator direction, length.
void check_edge(ParseState& state, const GraphView& g, std::size_t i) {
  WalkingMap& w = state.content.walking;
  WalkEdge& e = w.edges[i];
  const Origin& o = state.origins.edges[i];
  Diagnostics& d = state.diagnostics;
  if (g.edge_from[i] == kNone) d.error(o.file, o.path + "/from", "unknown node " + in_quotes(e.from));
  if (g.edge_to[i] == kNone) d.error(o.file, o.path + "/to", "unknown node " + in_quotes(e.to));
  if (g.edge_from[i] == kNone || g.edge_to[i] == kNone) return;
  const WalkNode& a = w.nodes[g.edge_from[i]];
  const WalkNode& b = w.nodes[g.edge_to[i]];
  if (&a == &b) d.error(o.file, o.path + "/to", "edge joins node " + in_quotes(a.id) + " to itself");
  const std::string &va = g.node_venue[g.edge_from[i]], &vb = g.node_venue[g.edge_to[i]];
  if (!va.empty() && !vb.empty() && va != vb)
    d.error(o.file, o.path, "edge joins venues " + in_quotes(va) + " and " + in_quotes(vb));
  const Level* la = w.level(a.level);
  const Level* lb = w.level(b.level);
  if (la && lb && la != lb && !changes_level(e.kind)) {
    d.error(o.file, o.path + "/kind",
            std::string(edge_kind_id(e.kind)) + " edge joins levels " + in_quotes(la->id) + " and " +
                in_quotes(lb->id) +
                " (only stairs, escalator_up, escalator_down, lift and ramp change level)");
  }
  if (la && lb && e.kind == EdgeKind::EscalatorUp && lb->floor <= la->floor)
    d.error(o.file, o.path + "/kind",
            "escalator_up edge does not go up (from floor " + std::to_string(la->floor) + " to " +
                std::to_string(lb->floor) + ")");
  if (la && lb && e.kind == EdgeKind::EscalatorDown && lb->floor >= la->floor)
    d.error(o.file, o.path + "/kind",
            "escalator_down edge does not go down (from floor " + std::to_string(la->floor) + " to " +
                std::to_string(lb->floor) + ")");
  if (e.length_m > 0) return;
  if (w.metres_per_unit <= 0) {
    d.error(o.file, o.path, "edge has no \"length_m\" and map.json has no \"metres_per_unit\" to compute it");
    return;
  }
  const double planar = std::hypot(b.position.x - a.position.x, b.position.y - a.position.y);
  const int floors = la && lb ? std::abs(lb->floor - la->floor) : 0;
  e.length_m = planar * w.metres_per_unit + floors * w.storey_height_m;
}

// Union-find over the undirected graph: which part of its venue each node belongs to.
struct Parts {
  std::vector<std::size_t> parent;
  explicit Parts(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t{0}); }
  std::size_t root(std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(std::size_t a, std::size_t b) { parent[root(a)] = root(b); }
};

// Every part of a venue's graph but its largest is reported once, at its first node (file order).
void check_components(ParseState& state, const GraphView& g) {
  const WalkingMap& w = state.content.walking;
  Parts parts(w.nodes.size());
  for (std::size_t i = 0; i < w.edges.size(); ++i) {
    if (g.edge_from[i] != kNone && g.edge_to[i] != kNone) parts.join(g.edge_from[i], g.edge_to[i]);
  }
  std::vector<std::vector<std::size_t>> members(w.nodes.size());  // by root, nodes in file order
  for (std::size_t i = 0; i < w.nodes.size(); ++i) members[parts.root(i)].push_back(i);
  std::unordered_map<std::string, std::size_t> largest;  // venue -> root; the first on a tie
  for (std::size_t i = 0; i < w.nodes.size(); ++i) {
    const std::size_t root = parts.root(i);
    if (members[root].front() != i) continue;
    auto [it, inserted] = largest.emplace(g.node_venue[i], root);
    if (!inserted && members[root].size() > members[it->second].size()) it->second = root;
  }
  for (std::size_t i = 0; i < w.nodes.size(); ++i) {
    const std::size_t root = parts.root(i);
    const auto& nodes = members[root];
    if (nodes.front() != i || largest[g.node_venue[i]] == root) continue;
    std::string names;
    for (std::size_t k = 0; k < nodes.size() && k < 5; ++k) names += (k ? ", " : "") + w.nodes[nodes[k]].id;
    if (nodes.size() > 5) names += ", ...";
    const Origin& o = state.origins.nodes[i];
    state.diagnostics.error(o.file, o.path,
                            "node " + in_quotes(w.nodes[i].id) + " is cut off from the rest of venue " +
                                in_quotes(g.node_venue[i]) + "'s walking graph (" +
                                std::to_string(nodes.size()) + (nodes.size() == 1 ? " node" : " nodes") +
                                " apart: " + names + ")");
  }
}

struct Arc {
  std::size_t to;
  bool step_free;
};

std::vector<std::vector<Arc>> arcs_of(const WalkingMap& w, const GraphView& g) {
  std::vector<std::vector<Arc>> arcs(w.nodes.size());
  for (std::size_t i = 0; i < w.edges.size(); ++i) {
    const std::size_t a = g.edge_from[i], b = g.edge_to[i];
    if (a == kNone || b == kNone || a == b) continue;
    const bool free = is_step_free(w.edges[i].kind);
    arcs[a].push_back({b, free});
    if (!is_one_way(w.edges[i].kind)) arcs[b].push_back({a, free});
  }
  return arcs;
}

std::vector<bool> reachable(const std::vector<std::vector<Arc>>& arcs, std::size_t from,
                            bool step_free_only) {
  std::vector<bool> seen(arcs.size(), false);
  std::vector<std::size_t> frontier{from};
  seen[from] = true;
  while (!frontier.empty()) {
    const std::size_t n = frontier.back();
    frontier.pop_back();
    for (const Arc& a : arcs[n]) {
      if (seen[a.to] || (step_free_only && !a.step_free)) continue;
      seen[a.to] = true;
      frontier.push_back(a.to);
    }
  }
  return seen;
}

// Something a route leads to: a booth, a room on the map or an amenity.
struct Target {
  std::string what, venue;
  std::size_t node;
  const Origin* origin;
};

std::vector<Target> targets_of(const ParseState& state, const GraphView& g) {
  const Content& c = state.content;
  std::vector<Target> out;
  auto add = [&](std::string what, const std::string& node, const Origin& o) {
    const std::size_t n = g.index(node);
    if (n != kNone) out.push_back({std::move(what), g.node_venue[n], n, &o});
  };
  for (std::size_t i = 0; i < c.booths.size(); ++i)
    add("booth " + in_quotes(c.booths[i].id), c.booths[i].node, state.origins.booths[i]);
  for (std::size_t i = 0; i < c.walking.rooms.size(); ++i)
    add("room " + in_quotes(c.walking.rooms[i].id), c.walking.rooms[i].node, state.origins.map_rooms[i]);
  for (std::size_t i = 0; i < c.walking.amenities.size(); ++i)
    add("amenity " + in_quotes(c.walking.amenities[i].id), c.walking.amenities[i].node,
        state.origins.amenities[i]);
  return out;
}

// From every kiosk node: each target of its venue must be reachable (error), and reachable
// step-free (warning: the route exists, but not for a wheelchair).
void check_kiosk_reach(ParseState& state, const GraphView& g) {
  const WalkingMap& w = state.content.walking;
  const auto arcs = arcs_of(w, g);
  const auto targets = targets_of(state, g);
  for (std::size_t k = 0; k < w.nodes.size(); ++k) {
    if (!w.nodes[k].kiosk || g.node_index.at(w.nodes[k].id) != k) continue;
    const auto walk = reachable(arcs, k, false);
    const auto free = reachable(arcs, k, true);
    const std::string from = " from kiosk node " + in_quotes(w.nodes[k].id);
    for (const Target& t : targets) {
      if (t.venue != g.node_venue[k]) continue;
      const Origin& o = *t.origin;
      if (!walk[t.node]) {
        state.diagnostics.error(o.file, o.path + "/node", t.what + " cannot be reached" + from);
      } else if (!free[t.node]) {
        state.diagnostics.warning(o.file, o.path + "/node", t.what + " cannot be reached step-free" + from);
      }
    }
  }
}

}  // namespace

void check_walking_graph(ParseState& state) {
  const GraphView g = view_of(state.content.walking);
  for (std::size_t i = 0; i < state.content.walking.edges.size(); ++i) check_edge(state, g, i);
  check_components(state, g);
  check_kiosk_reach(state, g);
}

}  // namespace marquee::content
