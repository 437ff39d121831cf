#include "wayfinding/route_builder.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace marquee::wayfinding {
namespace {

// A walk shorter than this between two decisions is not worth its own step.
constexpr double kMinWalkStepMetres = 1.0;
// The shortest stretch whose direction counts as a heading (see Builder::walk).
constexpr double kMinHeadingMetres = 5.0;

StepKind level_change_kind(content::EdgeKind kind) {
  switch (kind) {
    case content::EdgeKind::Lift:
      return StepKind::TakeLift;
    case content::EdgeKind::Stairs:
      return StepKind::TakeStairs;
    case content::EdgeKind::EscalatorUp:
    case content::EdgeKind::EscalatorDown:
      return StepKind::TakeEscalator;
    case content::EdgeKind::Ramp:
      return StepKind::TakeRamp;
    default:
      return StepKind::Walk;  // a corridor across levels: the loader rejects it
  }
}

struct Builder {
  const RouteGraph& graph;
  Route& route;
  double walked = 0;      // since the last step
  double hx = 0, hy = 0;  // heading of the last segment on this level; (0, 0) when unknown
  std::size_t last_change = static_cast<std::size_t>(-1);  // path position of the last level change
  NodeIndex group = kNoIndex;      // first node of the edges not yet long enough for a heading
  double walked_before_group = 0;  // `walked` when that group started

  LevelLeg& leg() { return route.legs.back(); }

  Step at(StepKind kind, NodeIndex n) const {
    Step s;
    s.kind = kind;
    s.node = n;
    s.leg = route.legs.size() - 1;
    const content::Level* l = graph.level_of(n);
    s.level = l ? l->id : "";
    s.level_label = l ? l->label : "";
    const content::WalkNode& node = graph.node(n);
    if (!node.name.empty()) {
      s.landmark_id = node.id;
      s.landmark = node.name;
    }
    return s;
  }

  void flush_walk(NodeIndex n) {
    if (walked >= kMinWalkStepMetres) {
      Step s = at(StepKind::Walk, n);
      s.metres = walked;
      s.landmark_id.clear();
      s.landmark = {};
      route.steps.push_back(std::move(s));
    }
    walked = 0;
  }

  void level_change(std::size_t i, NodeIndex a, NodeIndex b, const GraphEdge& e) {
    flush_walk(a);
    const StepKind kind = level_change_kind(e.kind);
    const content::Level* to = graph.level_of(b);
    const bool continues = last_change + 1 == i && !route.steps.empty() && route.steps.back().kind == kind;
    if (!continues) route.steps.push_back(at(kind, a));
    Step& s = route.steps.back();
    s.metres += e.metres;
    s.level = to ? to->id : "";
    s.level_label = to ? to->label : "";
    last_change = i;
    // A level only passed through (stairs from 1 to 3) gets no leg of its own.
    LevelLeg next{s.level, {graph.node(b).position}, 0};
    if (continues) {
      route.legs.back() = std::move(next);
    } else {
      route.legs.push_back(std::move(next));
    }
    hx = hy = 0;
    group = kNoIndex;
  }

  // Headings are measured over at least kMinHeadingMetres: a door a metre to the side, or a kiosk
  // standing off the aisle, is not a turn. Short edges are grouped until the group is that long,
  // and a turn is placed at the node where the group starts.
  void walk(NodeIndex a, NodeIndex b, const GraphEdge& e) {
    if (group == kNoIndex) {
      group = a;
      walked_before_group = walked;
    }
    walked += e.metres;
    leg().points.push_back(graph.node(b).position);
    leg().metres += e.metres;
    if (walked - walked_before_group < kMinHeadingMetres) return;
    const content::Point p = graph.node(group).position, q = graph.node(b).position;
    const double dx = q.x - p.x, dy = q.y - p.y;
    if (dx != 0 || dy != 0) {
      if (hx != 0 || hy != 0) turn_if_needed(dx, dy);
      hx = dx;
      hy = dy;
    }
    group = kNoIndex;
  }

  void turn_if_needed(double dx, double dy) {
    // Map y grows downwards, so a positive cross product is a clockwise (right) turn.
    const double cross = hx * dy - hy * dx, dot = hx * dx + hy * dy;
    const double degrees = std::atan2(cross, dot) * 180.0 / std::numbers::pi;
    if (std::abs(degrees) < kTurnDegrees) return;
    const double after = walked - walked_before_group;
    walked = walked_before_group;
    flush_walk(group);
    route.steps.push_back(at(degrees > 0 ? StepKind::TurnRight : StepKind::TurnLeft, group));
    walked = after;
  }
};

}  // namespace

Route build_route(const RouteGraph& graph, const PathTree& tree, NodeIndex to, Target target) {
  Route r;
  r.target = std::move(target);
  r.from_node = graph.node(tree.origin).id;
  r.profile = tree.profile;
  r.metres = tree.metres[to];
  r.seconds = tree.seconds[to];
  std::vector<NodeIndex> nodes{to};
  for (NodeIndex n = to; n != tree.origin; n = tree.parent[n]) nodes.push_back(tree.parent[n]);
  std::reverse(nodes.begin(), nodes.end());
  const content::Level* start = graph.level_of(tree.origin);
  r.legs.push_back({start ? start->id : "", {graph.node(tree.origin).position}, 0});
  Builder b{graph, r};
  for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
    const EdgeIndex e = tree.via[nodes[i + 1]];
    const GraphEdge& edge = graph.edge(e);
    r.edges.push_back(graph.edge_id(e));
    if (edge.kind == content::EdgeKind::Lift) ++r.lift_rides;
    if (graph.level_of(nodes[i]) != graph.level_of(nodes[i + 1])) {
      b.level_change(i, nodes[i], nodes[i + 1], edge);
    } else {
      b.walk(nodes[i], nodes[i + 1], edge);
    }
  }
  b.flush_walk(to);
  Step arrive = b.at(StepKind::Arrive, to);
  arrive.landmark_id = r.target.place;
  arrive.landmark = r.target.name;
  r.steps.push_back(std::move(arrive));
  return r;
}

}  // namespace marquee::wayfinding
