#include "wayfinding/wayfinder.hpp"

#include <algorithm>

#include "wayfinding/route_builder.hpp"
#include "wayfinding/target.hpp"

namespace marquee::wayfinding {
namespace {

std::string in_quotes(std::string_view s) {
  return "\"" + std::string(s) + "\"";
}

const std::string& venue_of(const RouteGraph& g, NodeIndex n) {
  static const std::string none;
  const content::Level* l = g.level_of(n);
  return l ? l->venue : none;
}

}  // namespace

const char* route_problem_id(RouteProblem p) {
  switch (p) {
    case RouteProblem::None:
      return "none";
    case RouteProblem::UnknownOrigin:
      return "unknown_origin";
    case RouteProblem::UnknownTarget:
      return "unknown_target";
    case RouteProblem::NotOnMap:
      return "not_on_map";
    case RouteProblem::OtherVenue:
      return "other_venue";
    case RouteProblem::Unreachable:
      break;
  }
  return "unreachable";
}

std::shared_ptr<const Wayfinder> Wayfinder::precompute(std::shared_ptr<const content::Content> content,
                                                       std::vector<std::string> origins, Closures closures) {
  std::shared_ptr<Wayfinder> w(new Wayfinder());
  w->graph_ = RouteGraph::build(*content);
  w->content_ = std::move(content);
  for (auto& o : origins) {
    if (std::find(w->origins_.begin(), w->origins_.end(), o) != w->origins_.end()) continue;
    (w->graph_->node_index(o) ? w->origins_ : w->unknown_origins_).push_back(std::move(o));
  }
  w->close(std::move(closures));
  w->grow_trees();
  return w;
}

std::shared_ptr<const Wayfinder> Wayfinder::with_closures(Closures closures) const {
  std::shared_ptr<Wayfinder> w(new Wayfinder());
  w->content_ = content_;
  w->graph_ = graph_;
  w->origins_ = origins_;
  w->unknown_origins_ = unknown_origins_;
  w->close(std::move(closures));
  w->grow_trees();
  return w;
}

void Wayfinder::close(Closures closures) {
  const RouteGraph& g = *graph_;
  closed_.assign(g.edge_count(), 0);
  for (const std::string& id : closures.ids) {
    bool found = false;
    const auto node = g.node_index(id);
    for (EdgeIndex e = 0; e < g.edge_count(); ++e) {
      const GraphEdge& edge = g.edge(e);
      if (g.edge_id(e) == id || (!g.edge_lift(e).empty() && g.edge_lift(e) == id) ||
          (node && (edge.from == *node || edge.to == *node))) {
        closed_[e] = 1;
        found = true;
      }
    }
    if (!found && !node) unknown_closures_.push_back(id);
  }
  if (std::none_of(closed_.begin(), closed_.end(), [](char c) { return c != 0; })) closed_.clear();
  closures_ = std::move(closures);
}

void Wayfinder::grow_trees() {
  trees_.clear();
  trees_.reserve(origins_.size() * kProfileCount);
  for (const auto& o : origins_) {
    const NodeIndex n = *graph_->node_index(o);
    trees_.push_back(shortest_path_tree(*graph_, n, Profile::Walking, closed_));
    trees_.push_back(shortest_path_tree(*graph_, n, Profile::StepFree, closed_));
  }
}

const PathTree* Wayfinder::tree(std::string_view from_node, Profile profile, PathTree& scratch) const {
  for (std::size_t i = 0; i < origins_.size(); ++i) {
    if (origins_[i] == from_node) return &trees_[i * kProfileCount + static_cast<std::size_t>(profile)];
  }
  const auto n = graph_->node_index(from_node);
  if (!n) return nullptr;
  scratch = shortest_path_tree(*graph_, *n, profile, closed_);
  return &scratch;
}

std::optional<Target> Wayfinder::resolve(std::string_view id) const {
  return resolve_target(*content_, id);
}

RouteResult Wayfinder::route(std::string_view from_node, std::string_view to_id, Profile profile) const {
  RouteResult r;
  PathTree scratch;
  const PathTree* t = tree(from_node, profile, scratch);
  auto fail = [&r](RouteProblem p, std::string message) {
    r.problem = p;
    r.message = std::move(message);
    return r;
  };
  if (!t)
    return fail(RouteProblem::UnknownOrigin,
                "unknown node " + in_quotes(from_node) + " (not in the walking graph)");
  auto target = resolve(to_id);
  if (!target)
    return fail(RouteProblem::UnknownTarget,
                "no booth, room, amenity, exhibitor, session or node has the id " + in_quotes(to_id));
  const std::string what = std::string(target_kind_id(target->kind)) + " " + in_quotes(to_id);
  const auto to = graph_->node_index(target->node);
  if (!to) return fail(RouteProblem::NotOnMap, what + " is not on the walking graph");
  if (venue_of(*graph_, *to) != venue_of(*graph_, t->origin))
    return fail(RouteProblem::OtherVenue, what + " is at venue " + in_quotes(venue_of(*graph_, *to)) +
                                              ", not at " + in_quotes(venue_of(*graph_, t->origin)));
  if (!t->reaches(*to))
    return fail(RouteProblem::Unreachable, what + " cannot be reached from node " + in_quotes(from_node) +
                                               (profile == Profile::StepFree ? " step-free" : "") +
                                               (closures_.ids.empty() ? "" : " with today's closures"));
  r.route = build_route(*graph_, *t, *to, std::move(*target));
  return r;
}

std::optional<Walk> Wayfinder::walk(std::string_view from_node, std::string_view to_id,
                                    Profile profile) const {
  PathTree scratch;
  const PathTree* t = tree(from_node, profile, scratch);
  const auto target = resolve(to_id);
  if (!t || !target) return std::nullopt;
  const auto to = graph_->node_index(target->node);
  if (!to || !t->reaches(*to)) return std::nullopt;
  return Walk{t->metres[*to], t->seconds[*to]};
}

std::optional<NearestAmenity> Wayfinder::nearest(std::string_view from_node, content::AmenityKind kind,
                                                 Profile profile) const {
  PathTree scratch;
  const PathTree* t = tree(from_node, profile, scratch);
  if (!t) return std::nullopt;
  std::optional<NearestAmenity> best;
  for (const auto& a : content_->walking.amenities) {
    if (a.kind != kind) continue;
    const auto n = graph_->node_index(a.node);
    if (!n || !t->reaches(*n)) continue;
    if (!best || t->seconds[*n] < best->seconds) best = NearestAmenity{&a, t->metres[*n], t->seconds[*n]};
  }
  return best;
}

}  // namespace marquee::wayfinding
