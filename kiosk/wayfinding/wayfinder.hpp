#pragma once
// Routes from "You are here": the entry point the kiosk UI and `marquee route` use.
//
// precompute() builds the graph and one shortest-path tree per (origin, profile); it is a pure
// function of the snapshot, meant for the content-loading worker (the kiosk app runs it next to
// the search index build), never the UI thread. A query is then a walk up a tree: microseconds.
// The result is immutable and shared between threads like the Content it keeps alive.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/model.hpp"
#include "wayfinding/route.hpp"
#include "wayfinding/route_graph.hpp"
#include "wayfinding/shortest_path.hpp"

namespace marquee::wayfinding {

// What staff closed for the rest of the day. Each id names an edge (its "id", or "<from>-<to>"),
// a lift (every edge with that "lift") or a node (every edge touching it).
struct Closures {
  std::vector<std::string> ids;
};

struct NearestAmenity {
  const content::Amenity* amenity = nullptr;  // into the snapshot
  double metres = 0, seconds = 0;
};

// How far a place is, without building the route (session cards: "Forum Hall 2 · 3 min").
struct Walk {
  double metres = 0, seconds = 0;
  int minutes() const { return seconds <= 0 ? 0 : static_cast<int>((seconds + 59.999) / 60.0); }
};

class Wayfinder {
 public:
  // Builds the graph and the trees for every origin node (the kiosk's "node") and both profiles.
  // Origins that are not graph nodes are listed by unknown_origins() and get no tree.
  static std::shared_ptr<const Wayfinder> precompute(std::shared_ptr<const content::Content> content,
                                                     std::vector<std::string> origins,
                                                     Closures closures = {});

  // The same graph and origins with these closures instead (the trees are recomputed, the graph
  // is shared): what the staff panel installs when an edge or a lift is closed.
  std::shared_ptr<const Wayfinder> with_closures(Closures closures) const;

  // From a node to a booth, room, amenity, exhibitor, session or node id. Precomputed origins
  // answer from their tree; any other node costs one Dijkstra run.
  RouteResult route(std::string_view from_node, std::string_view to_id, Profile profile) const;
  // Distance and time only (no polyline, no steps); nullopt when there is no route.
  std::optional<Walk> walk(std::string_view from_node, std::string_view to_id, Profile profile) const;
  // The amenity of this kind with the shortest walk from the node (lift waits included), or none.
  std::optional<NearestAmenity> nearest(std::string_view from_node, content::AmenityKind kind,
                                        Profile profile) const;
  // What an id leads to, or nullopt when nothing has that id.
  std::optional<Target> resolve(std::string_view id) const;

  const content::Content& content() const { return *content_; }
  const RouteGraph& graph() const { return *graph_; }
  bool has_graph() const { return graph_->node_count() > 0; }
  const std::vector<std::string>& origins() const { return origins_; }
  const std::vector<std::string>& unknown_origins() const { return unknown_origins_; }
  const Closures& closures() const { return closures_; }
  // Closure ids that name no edge, lift or node (reported to staff, otherwise ignored).
  const std::vector<std::string>& unknown_closures() const { return unknown_closures_; }

 private:
  Wayfinder() = default;
  void close(Closures closures);
  void grow_trees();
  // The precomputed tree, or a fresh one in `scratch`; null when the node is unknown.
  const PathTree* tree(std::string_view from_node, Profile profile, PathTree& scratch) const;

  std::shared_ptr<const content::Content> content_;
  std::shared_ptr<const RouteGraph> graph_;
  std::vector<std::string> origins_, unknown_origins_, unknown_closures_;
  Closures closures_;
  std::vector<char> closed_;     // per edge
  std::vector<PathTree> trees_;  // origin-major: [origin * kProfileCount + profile]
};

}  // namespace marquee::wayfinding
