// Directions on the real kiosk (demo content, Beijing Hall A entrance, two floors in the
// conference centre), driven with injected taps: the route drawn starts at You are here and ends
// at the place asked for; Step-free and staff closures change it; rooms and Nearest buttons work.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "kiosk_driver.hpp"
#include "wayfinding/route.hpp"

namespace marquee::app {
namespace {

class WayfindingUiTest : public KioskDriver {
 public:
  void SetUp() override {
    KioskDriver::SetUp();
    for (int i = 0; i < 300 && !app_->ui().wayfinder(); ++i) frames(1);  // routes come from a worker
    ASSERT_NE(app_->ui().wayfinder(), nullptr);
  }
  const content::Content& content() { return *app_->ui().content(); }
  const wayfinding::RouteResult& route() {
    const wayfinding::RouteResult* r = app_->ui().route();
    EXPECT_NE(r, nullptr) << "no route drawn in the last frame";
    static const wayfinding::RouteResult none{};
    return r ? *r : none;
  }
  content::Point node_position(const std::string& id) {
    const content::WalkNode* n = content().walking.node(id);
    EXPECT_NE(n, nullptr) << id;
    return n ? n->position : content::Point{};
  }
  static bool uses(const wayfinding::Route& r, wayfinding::StepKind kind) {
    return std::any_of(r.steps.begin(), r.steps.end(), [&](const auto& s) { return s.kind == kind; });
  }
  // A single tap: press, release, then wait out the double-tap window.
  void single_tap(const std::string& name) {
    tap(name);
    frames(12);
  }
};

void expect_at(content::Point got, content::Point want, const char* what) {
  EXPECT_NEAR(got.x, want.x, 1e-6) << what;
  EXPECT_NEAR(got.y, want.y, 1e-6) << what;
}

TEST_F(WayfindingUiTest, ExhibitorDirectionsDrawARouteFromYouAreHereToTheBooth) {
  const content::Exhibitor* ex = nullptr;  // the first exhibitor at this venue with a booth on the graph
  for (const auto& e : content().exhibitors) {
    const content::Booth* b = content().booth(e.booth);
    const content::Hall* h = b ? content().hall(b->hall) : nullptr;
    if (h && h->venue == "bj" && !b->node.empty()) {
      ex = &e;
      break;
    }
  }
  ASSERT_NE(ex, nullptr);
  state().selected_exhibitor = ex->id;
  state().screen = ui::Screen::Exhibitors;
  frames(2);
  ASSERT_TRUE(on_screen("qr")) << "the card hands the website over as a QR code";
  tap("Directions");
  EXPECT_EQ(state().screen, ui::Screen::Map);
  EXPECT_EQ(state().route.to, ex->id);
  const wayfinding::RouteResult& r = route();
  ASSERT_TRUE(r) << r.message;
  EXPECT_EQ(r.route.target.place, ex->booth);
  expect_at(r.route.legs.front().points.front(), node_position("bj-a-kiosk"), "starts at You are here");
  expect_at(r.route.legs.back().points.back(), node_position(content().booth(ex->booth)->node), "ends at the booth");
  EXPECT_GT(r.route.minutes(), 0);
  EXPECT_TRUE(on_screen("step-free")) << "the step-free toggle is on the map, not in settings";
  EXPECT_GT(state().map_camera.zoom, 1.0f) << "the view is fitted to the route";
}

TEST_F(WayfindingUiTest, StepFreeToggleTakesTheLiftToTheSecondFloor) {
  ui::show_directions(state(), "bj-room-301");  // on level 2 of the conference centre
  frames(2);
  const wayfinding::Route walking = route().route;
  ASSERT_TRUE(route()) << route().message;
  ASSERT_EQ(walking.legs.size(), 2u) << "a route across two floors";
  EXPECT_FALSE(uses(walking, wayfinding::StepKind::TakeLift)) << "on foot the stairs or escalator are faster";
  ASSERT_TRUE(on_screen("leg:1")) << "one chip per level change";
  tap("step-free");
  EXPECT_TRUE(state().route.step_free);
  const wayfinding::Route step_free = route().route;
  ASSERT_TRUE(route()) << route().message;
  EXPECT_TRUE(uses(step_free, wayfinding::StepKind::TakeLift));
  EXPECT_FALSE(uses(step_free, wayfinding::StepKind::TakeStairs));
  EXPECT_FALSE(uses(step_free, wayfinding::StepKind::TakeEscalator));
  EXPECT_NE(step_free.edges, walking.edges);
  // The second level's chip shows that level's part of the route.
  tap("leg:1");
  EXPECT_EQ(state().route.leg, 1);
  EXPECT_TRUE(on_screen("room:bj-room-301")) << "level 2 is on the map";
  EXPECT_FALSE(on_screen("room:bj-forum-1")) << "level 1's rooms are not";
}

TEST_F(WayfindingUiTest, ClosingTheLiftLeavesNoStepFreeRouteUpstairs) {
  ui::show_directions(state(), "bj-room-301");
  state().route.step_free = true;
  frames(2);
  ASSERT_TRUE(route()) << route().message;
  state().closures.ids = {"bj-lift"};  // what the staff panel's "Close today" does
  for (int i = 0; i < 300 && app_->ui().wayfinder()->closures().ids.empty(); ++i) frames(1);
  ASSERT_EQ(app_->ui().wayfinder()->closures().ids, std::vector<std::string>{"bj-lift"});
  frames(1);
  EXPECT_EQ(route().problem, wayfinding::RouteProblem::Unreachable);
  tap("step-free");  // on foot, the stairs still lead there
  ASSERT_TRUE(route()) << route().message;
  EXPECT_FALSE(uses(route().route, wayfinding::StepKind::TakeLift));
  // Reopened: routes use the lift again.
  state().closures.ids.clear();
  state().route.step_free = true;
  for (int i = 0; i < 300 && !app_->ui().wayfinder()->closures().ids.empty(); ++i) frames(1);
  frames(1);
  ASSERT_TRUE(route()) << route().message;
  EXPECT_TRUE(uses(route().route, wayfinding::StepKind::TakeLift));
}

TEST_F(WayfindingUiTest, TheMapOpensOnTheWholeVenue) {
  tap("Map");
  frames(1);
  // Tap areas are clipped to the map canvas, so a place the opening view cuts off has a tap area
  // of the wrong shape. Not only the halls must be whole: the plaza east of the conference centre
  // and the first-aid post and food court at the foot of Hall B were cut off before.
  auto outline_aspect = [&](const content::Polygon& poly) {
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const auto& p : poly) x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    return (x1 - x0) / (y1 - y0);
  };
  auto aspect = [](const ui::TapTarget& t) { return (t.max.x - t.min.x) / (t.max.y - t.min.y); };
  for (const char* id : {"bj-plaza", "bj-forum-2", "bj-auditorium"}) {
    const content::MapRoom* room = content().walking.room(id);
    ASSERT_NE(room, nullptr) << id;
    const ui::TapTarget* t = app_->ui().tap_targets().find(std::string("room:") + id);
    ASSERT_NE(t, nullptr) << id;
    EXPECT_NEAR(aspect(*t), outline_aspect(room->outline), 0.03 * outline_aspect(room->outline)) << id << " is cut off";
  }
  for (const char* id : {"bj-first-aid", "bj-food-court", "bj-charging", "bj-information", "bj-restrooms-b"}) {
    const ui::TapTarget* t = app_->ui().tap_targets().find(std::string("amenity:") + id);
    ASSERT_NE(t, nullptr) << id;
    EXPECT_NEAR(aspect(*t), 1.0, 0.02) << id << " is cut off";
  }
  // The first-aid post sits clear of the food court's symbol.
  const ui::TapTarget* aid = app_->ui().tap_targets().find("amenity:bj-first-aid");
  const ui::TapTarget* food = app_->ui().tap_targets().find("amenity:bj-food-court");
  const float dx = aid->centre().x - food->centre().x, dy = aid->centre().y - food->centre().y;
  EXPECT_GT(std::sqrt(dx * dx + dy * dy), (food->max.x - food->min.x) * 0.8f);
}

TEST_F(WayfindingUiTest, TappingARoomOnTheMapOpensItsSessions) {
  tap("Map");
  frames(1);
  single_tap("room:bj-forum-1");
  EXPECT_EQ(state().map_place, "bj-forum-1");
  EXPECT_EQ(state().screen, ui::Screen::Map);
  EXPECT_TRUE(on_screen("session:main-4")) << "the next session in the room (14:00) is listed";
  tap("Directions");
  EXPECT_EQ(state().route.to, "bj-forum-1");
  ASSERT_TRUE(route()) << route().message;
}

TEST_F(WayfindingUiTest, NearestRestroomIsTheClosestByWalking) {
  tap("Map");
  frames(1);
  tap("nearest:restroom");
  const std::string chosen = state().route.to;
  ASSERT_FALSE(chosen.empty());
  const auto* w = app_->ui().wayfinder();
  const auto chosen_walk = w->walk("bj-a-kiosk", chosen, wayfinding::Profile::Walking);
  ASSERT_TRUE(chosen_walk);
  int others = 0;
  for (const auto& a : content().walking.amenities) {
    if (a.kind != content::AmenityKind::Restroom || a.id == chosen) continue;
    if (const auto walk = w->walk("bj-a-kiosk", a.id, wayfinding::Profile::Walking)) {
      ++others;
      EXPECT_LE(chosen_walk->seconds, walk->seconds) << a.id << " is closer on foot than " << chosen;
    }
  }
  EXPECT_GT(others, 0) << "the demo has restrooms on both floors to choose between";
  ASSERT_TRUE(route()) << route().message;
  EXPECT_EQ(route().route.target.place, chosen);
}

}  // namespace
}  // namespace marquee::app
