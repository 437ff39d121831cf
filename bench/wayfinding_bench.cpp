// Wayfinding on a synthetic venue: 3 levels of 50 x 33 aisle crossings (4,950 nodes) plus 50
// amenity nodes = 5,000 nodes, lifts, stairs and escalators between the levels, and 10,000
// booths attached to the crossings. Measures what the kiosk pays on its content-loading worker
// (graph + one tree per profile from its node; targets: <= 50 ms) and per route query on the UI
// thread (target: p99 <= 0.1 ms), reported as counters p50_us / p99_us.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "wayfinding/wayfinder.hpp"

namespace {

using marquee::content::AmenityKind;
using marquee::content::EdgeKind;
using marquee::wayfinding::Profile;
using marquee::wayfinding::Wayfinder;

constexpr int kCols = 50, kRows = 33, kLevels = 3, kAmenities = 50, kBooths = 10000;
constexpr double kSpacing = 10;  // map units between crossings; 0.5 m per unit

std::string cross_id(int level, int col, int row) {
  return "n" + std::to_string(level) + "-" + std::to_string(col) + "-" + std::to_string(row);
}

void add_node(marquee::content::WalkingMap& w, std::string id, int level, double x, double y) {
  marquee::content::WalkNode n;
  n.id = std::move(id);
  n.level = "L" + std::to_string(level);
  n.position = {x, y};
  w.nodes.push_back(std::move(n));
}

void add_edge(marquee::content::WalkingMap& w, const std::string& a, const std::string& b, EdgeKind kind,
              double metres, std::string lift = "") {
  w.edges.push_back({a + "-" + b, a, b, kind, std::move(lift), metres});
}

void add_levels(marquee::content::WalkingMap& w) {
  for (int l = 0; l < kLevels; ++l) {
    w.levels.push_back({"L" + std::to_string(l), "v", l, std::to_string(l + 1), {}});
    for (int c = 0; c < kCols; ++c) {
      for (int r = 0; r < kRows; ++r) {
        add_node(w, cross_id(l, c, r), l, c * kSpacing, r * kSpacing);
        if (c > 0) add_edge(w, cross_id(l, c - 1, r), cross_id(l, c, r), EdgeKind::Corridor, 5);
        if (r > 0) add_edge(w, cross_id(l, c, r - 1), cross_id(l, c, r), EdgeKind::Corridor, 5);
      }
    }
  }
}

// Two lifts serving every floor, stairs and an escalator pair between each pair of floors.
void add_vertical(marquee::content::WalkingMap& w) {
  for (int l = 0; l + 1 < kLevels; ++l) {
    for (int c : {10, 40}) {
      const std::string lift = "lift-" + std::to_string(c);
      for (int up = l + 1; up < kLevels; ++up)
        add_edge(w, cross_id(l, c, 16), cross_id(up, c, 16), EdgeKind::Lift, 4.5 * (up - l), lift);
    }
    for (int c : {0, 25, 49}) add_edge(w, cross_id(l, c, 0), cross_id(l + 1, c, 0), EdgeKind::Stairs, 9);
    add_edge(w, cross_id(l, 25, 32), cross_id(l + 1, 25, 32), EdgeKind::EscalatorUp, 12);
    add_edge(w, cross_id(l + 1, 24, 32), cross_id(l, 24, 32), EdgeKind::EscalatorDown, 12);
  }
}

std::shared_ptr<const marquee::content::Content> make_venue() {
  auto c = std::make_shared<marquee::content::Content>();
  auto& w = c->walking;
  add_levels(w);
  add_vertical(w);
  std::mt19937 rng(12);
  for (int i = 0; i < kAmenities; ++i) {
    const int l = i % kLevels, col = static_cast<int>(rng() % kCols), row = static_cast<int>(rng() % kRows);
    const std::string id = "amenity-" + std::to_string(i);
    add_node(w, id, l, col * kSpacing + 3, row * kSpacing + 3);
    add_edge(w, cross_id(l, col, row), id, EdgeKind::Door, 2);
    marquee::content::Amenity a;
    a.id = id;
    a.kind = static_cast<AmenityKind>(i % marquee::content::kAmenityKindCount);
    a.node = id;
    c->walking.amenities.push_back(std::move(a));
  }
  for (int i = 0; i < kBooths; ++i) {
    const std::size_t n = static_cast<std::size_t>(i) % (kLevels * kCols * kRows);
    c->booths.push_back({"booth-" + std::to_string(i), "h", "B" + std::to_string(i), {}, "", w.nodes[n].id});
  }
  c->build_indexes();
  return c;
}

const std::shared_ptr<const marquee::content::Content>& venue() {
  static const auto v = make_venue();
  return v;
}

const std::string kKiosk = cross_id(0, 0, 0);

void BM_PrecomputeKioskRoutes(benchmark::State& state) {
  const auto& c = venue();
  for (auto _ : state) {
    auto w = Wayfinder::precompute(c, {kKiosk});
    benchmark::DoNotOptimize(w);
  }
  state.counters["nodes"] = static_cast<double>(c->walking.nodes.size());
  state.counters["edges"] = static_cast<double>(c->walking.edges.size());
  state.counters["booths"] = static_cast<double>(c->booths.size());
}
BENCHMARK(BM_PrecomputeKioskRoutes)->Unit(benchmark::kMillisecond);

void BM_CloseALift(benchmark::State& state) {
  const auto w = Wayfinder::precompute(venue(), {kKiosk});
  for (auto _ : state) {
    auto closed = w->with_closures({{"lift-10"}});
    benchmark::DoNotOptimize(closed);
  }
}
BENCHMARK(BM_CloseALift)->Unit(benchmark::kMillisecond);

void report_percentiles(benchmark::State& state, std::vector<double>& us) {
  if (us.empty()) return;
  std::sort(us.begin(), us.end());
  state.counters["p50_us"] = us[us.size() / 2];
  state.counters["p99_us"] = us[us.size() * 99 / 100];
  state.counters["max_us"] = us.back();
}

void BM_RouteQuery(benchmark::State& state) {
  const auto w = Wayfinder::precompute(venue(), {kKiosk});
  const Profile profile = state.range(0) ? Profile::StepFree : Profile::Walking;
  std::mt19937 rng(7);
  std::vector<double> us;
  std::size_t steps = 0;
  for (auto _ : state) {
    const std::string& booth = venue()->booths[rng() % kBooths].id;
    const auto t0 = std::chrono::steady_clock::now();
    auto r = w->route(kKiosk, booth, profile);
    const auto t1 = std::chrono::steady_clock::now();
    if (!r) state.SkipWithError(r.message.c_str());
    steps += r.route.steps.size();
    benchmark::DoNotOptimize(r);
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
  }
  state.counters["steps_per_route"] = static_cast<double>(steps) / static_cast<double>(us.size());
  report_percentiles(state, us);
}
BENCHMARK(BM_RouteQuery)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_WalkTimeQuery(benchmark::State& state) {  // session cards: distance and time only
  const auto w = Wayfinder::precompute(venue(), {kKiosk});
  std::mt19937 rng(9);
  for (auto _ : state) {
    auto walk = w->walk(kKiosk, venue()->booths[rng() % kBooths].id, Profile::Walking);
    benchmark::DoNotOptimize(walk);
  }
}
BENCHMARK(BM_WalkTimeQuery)->Unit(benchmark::kMicrosecond);

void BM_NearestAmenity(benchmark::State& state) {
  const auto w = Wayfinder::precompute(venue(), {kKiosk});
  for (auto _ : state) {
    auto n = w->nearest(kKiosk, AmenityKind::Restroom, Profile::StepFree);
    benchmark::DoNotOptimize(n);
  }
}
BENCHMARK(BM_NearestAmenity)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
