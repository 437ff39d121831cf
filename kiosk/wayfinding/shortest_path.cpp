#include "wayfinding/shortest_path.hpp"

#include <limits>
#include <queue>

#include "content/map_model.hpp"

namespace marquee::wayfinding {

const char* profile_id(Profile p) {
  return p == Profile::StepFree ? "step_free" : "walking";
}

PathTree shortest_path_tree(const RouteGraph& graph, NodeIndex origin, Profile profile,
                            const std::vector<char>& closed) {
  const std::size_t n = graph.node_count();
  PathTree t;
  t.origin = origin;
  t.profile = profile;
  t.seconds.assign(n, std::numeric_limits<float>::infinity());
  t.metres.assign(n, 0.0f);
  t.via.assign(n, kNoIndex);
  t.parent.assign(n, kNoIndex);
  if (origin >= n) return t;
  // Binary heap with lazy deletion: on venue graphs (a few arcs per node) this beats a
  // decrease-key heap and needs no per-node handle.
  using Entry = std::pair<float, NodeIndex>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap;
  t.seconds[origin] = 0;
  heap.push({0.0f, origin});
  while (!heap.empty()) {
    const auto [cost, at] = heap.top();
    heap.pop();
    if (cost > t.seconds[at]) continue;
    for (const Arc* a = graph.arcs_begin(at); a != graph.arcs_end(at); ++a) {
      if (!closed.empty() && closed[a->edge]) continue;
      const GraphEdge& e = graph.edge(a->edge);
      if (profile == Profile::StepFree && !content::is_step_free(e.kind)) continue;
      const float next = cost + e.seconds;
      if (next >= t.seconds[a->to]) continue;
      t.seconds[a->to] = next;
      t.metres[a->to] = t.metres[at] + e.metres;
      t.via[a->to] = a->edge;
      t.parent[a->to] = at;
      heap.push({next, a->to});
    }
  }
  return t;
}

}  // namespace marquee::wayfinding
