#pragma once
// The walking graph of a Content snapshot in the form Dijkstra wants: nodes and edges numbered,
// adjacency in one flat array (CSR), edge costs in seconds. Built once per snapshot and shared,
// immutable, by every set of precomputed routes (closures included).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "content/model.hpp"

namespace marquee::wayfinding {

using NodeIndex = std::uint32_t;
using EdgeIndex = std::uint32_t;
inline constexpr std::uint32_t kNoIndex = 0xFFFFFFFFu;

struct GraphEdge {
  NodeIndex from = 0, to = 0;
  content::EdgeKind kind = content::EdgeKind::Corridor;
  float metres = 0;   // walked metres (0 for a lift ride)
  float seconds = 0;  // walking_model.hpp
};

// One way an edge can be taken from a node: `to` through `edge`.
struct Arc {
  NodeIndex to;
  EdgeIndex edge;
};

class RouteGraph {
 public:
  // Nodes, levels and edges of content.walking; edges with an unknown end are left out (the
  // loader reports them, and never shares a snapshot with errors).
  static std::shared_ptr<const RouteGraph> build(const content::Content& content);

  std::size_t node_count() const { return nodes_.size(); }
  std::size_t edge_count() const { return edges_.size(); }
  std::optional<NodeIndex> node_index(std::string_view id) const;
  const content::WalkNode& node(NodeIndex n) const { return *nodes_[n]; }
  const content::Level* level_of(NodeIndex n) const { return levels_[n]; }
  const GraphEdge& edge(EdgeIndex e) const { return edges_[e]; }
  const std::string& edge_id(EdgeIndex e) const { return edge_ids_[e]; }
  const std::string& edge_lift(EdgeIndex e) const { return edge_lifts_[e]; }
  // Arcs leaving n (both directions of two-way edges; escalators only forwards).
  const Arc* arcs_begin(NodeIndex n) const { return arcs_.data() + arc_offsets_[n]; }
  const Arc* arcs_end(NodeIndex n) const { return arcs_.data() + arc_offsets_[n + 1]; }

 private:
  std::vector<const content::WalkNode*> nodes_;  // into the snapshot the owner keeps alive
  std::vector<const content::Level*> levels_;    // per node; null when unknown
  std::unordered_map<std::string_view, NodeIndex> node_ids_;
  std::vector<GraphEdge> edges_;
  std::vector<std::string> edge_ids_, edge_lifts_;
  std::vector<std::uint32_t> arc_offsets_;  // node_count() + 1
  std::vector<Arc> arcs_;
};

}  // namespace marquee::wayfinding
