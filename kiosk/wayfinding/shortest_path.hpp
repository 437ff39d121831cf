#pragma once
// One shortest-path tree (Dijkstra, costs in seconds) from an origin under a profile, with some
// edges closed. A route to any node is then a walk up the tree: no search at query time.
#include <vector>

#include "wayfinding/route_graph.hpp"

namespace marquee::wayfinding {

enum class Profile { Walking, StepFree };  // StepFree: no stairs, no escalators
inline constexpr int kProfileCount = 2;
const char* profile_id(Profile p);  // "walking", "step_free"

struct PathTree {
  NodeIndex origin = kNoIndex;
  Profile profile = Profile::Walking;
  std::vector<float> seconds;     // per node; +infinity when unreachable
  std::vector<float> metres;      // walked metres along the tree path
  std::vector<EdgeIndex> via;     // per node: the edge it is reached by (kNoIndex at the origin)
  std::vector<NodeIndex> parent;  // per node: the node before it (kNoIndex at the origin)

  bool reaches(NodeIndex n) const { return n < parent.size() && (n == origin || parent[n] != kNoIndex); }
};

// closed: per edge, non-zero when it may not be used (empty: nothing closed).
PathTree shortest_path_tree(const RouteGraph& graph, NodeIndex origin, Profile profile,
                            const std::vector<char>& closed);

}  // namespace marquee::wayfinding
