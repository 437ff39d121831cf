#include "wayfinding/route_graph.hpp"

#include "wayfinding/walking_model.hpp"

namespace marquee::wayfinding {

std::shared_ptr<const RouteGraph> RouteGraph::build(const content::Content& content) {
  const content::WalkingMap& w = content.walking;
  auto g = std::make_shared<RouteGraph>();
  g->nodes_.reserve(w.nodes.size());
  g->levels_.reserve(w.nodes.size());
  g->node_ids_.reserve(w.nodes.size());
  for (const auto& n : w.nodes) {
    if (!g->node_ids_.emplace(n.id, static_cast<NodeIndex>(g->nodes_.size())).second) continue;
    g->nodes_.push_back(&n);
    g->levels_.push_back(w.level(n.level));
  }
  std::vector<std::uint32_t> degree(g->nodes_.size() + 1, 0);
  for (const auto& e : w.edges) {
    const auto from = g->node_index(e.from), to = g->node_index(e.to);
    if (!from || !to || *from == *to) continue;
    g->edges_.push_back({*from, *to, e.kind, static_cast<float>(edge_walked_metres(e.kind, e.length_m)),
                         static_cast<float>(edge_seconds(e.kind, e.length_m))});
    g->edge_ids_.push_back(e.id);
    g->edge_lifts_.push_back(e.lift);
    ++degree[*from];
    if (!content::is_one_way(e.kind)) ++degree[*to];
  }
  // Counting sort of the arcs by their start node: one flat array, no per-node vectors.
  g->arc_offsets_.assign(g->nodes_.size() + 1, 0);
  for (std::size_t n = 0; n < g->nodes_.size(); ++n) g->arc_offsets_[n + 1] = g->arc_offsets_[n] + degree[n];
  g->arcs_.resize(g->arc_offsets_.back());
  std::vector<std::uint32_t> fill(g->arc_offsets_.begin(), g->arc_offsets_.end() - 1);
  for (EdgeIndex i = 0; i < g->edges_.size(); ++i) {
    const GraphEdge& e = g->edges_[i];
    g->arcs_[fill[e.from]++] = {e.to, i};
    if (!content::is_one_way(e.kind)) g->arcs_[fill[e.to]++] = {e.from, i};
  }
  return g;
}

std::optional<NodeIndex> RouteGraph::node_index(std::string_view id) const {
  auto it = node_ids_.find(id);
  if (it == node_ids_.end()) return std::nullopt;
  return it->second;
}

}  // namespace marquee::wayfinding
