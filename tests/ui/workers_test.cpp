// The workers that prepare things for the UI thread off it: the content indexer (search index and
// routes for new content), the route-closures worker (staff closures, midnight reopening) and the
// font builder. Each is driven like the kiosk drives it: start, then poll between "frames".
#include <gtest/gtest.h>
#include <imgui.h>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "../support/graph_builder.hpp"
#include "core/time_zone.hpp"
#include "ui/content_indexer.hpp"
#include "ui/font_builder.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/route_closures.hpp"

namespace marquee::ui {
namespace {

using marquee::testing::GraphBuilder;

// Polls `ready` every 5 ms for up to 20 s (a loaded CI machine builds a CJK atlas in seconds).
template <class F>
bool eventually(F ready) {
  for (int i = 0; i < 4000; ++i) {
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

//   k --10-- a --10-- t (booth T1, exhibitor "Aurora Robotics")
//            |
//            5  (the lift "lift-a" to L1, for closures)
//            |
//   L1:      u
std::shared_ptr<const content::Content> small_venue(const std::string& exhibitor_name = "Aurora Robotics") {
  GraphBuilder g;
  g.node("k", 0, 0).node("a", 10, 0).node("t", 20, 0).node("u", 10, 0, "L1");
  g.edge("k", "a", 10).edge("a", "t", 10).edge("a", "u", 5, content::EdgeKind::Lift, "lift-a");
  g.booth("T1", "t");
  content::Venue v;
  v.id = "v";
  v.time_zone_name = "Asia/Shanghai";
  v.time_zone = core::TimeZone::find("Asia/Shanghai").value();
  g.content().venues.push_back(v);
  content::Exhibitor e;
  e.id = "aurora";
  e.name.set(content::Lang::En, exhibitor_name);
  e.booth = "T1";
  g.content().exhibitors.push_back(e);
  return g.build();
}

TEST(ContentIndexer, HandsOverASearchIndexAndRoutesFromTheKioskBuiltOffTheCallingThread) {
  const auto content = small_venue();
  ContentIndexer indexer;
  indexer.start(content, "k", {});
  std::optional<ContentIndexer::Built> built;
  ASSERT_TRUE(eventually([&] { return (built = indexer.take()).has_value(); }));
  EXPECT_EQ(built->built_for, content);
  ASSERT_TRUE(built->index);
  const auto hits = built->index->search("aurora");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front().id, "aurora");
  ASSERT_TRUE(built->routes);
  const auto route = built->routes->route("k", "T1", wayfinding::Profile::Walking);
  ASSERT_TRUE(route) << route.message;
  EXPECT_DOUBLE_EQ(route.route.metres, 20);
  EXPECT_FALSE(indexer.take().has_value()) << "a build is handed over once";
}

TEST(ContentIndexer, TheNewestContentWinsAndTodaysClosuresCarryOver) {
  const auto older = small_venue("Old Name");
  const auto newer = small_venue("Borealis Labs");
  ContentIndexer indexer;
  indexer.start(older, "k", {});
  indexer.start(newer, "k", wayfinding::Closures{{"lift-a"}});  // before the first was taken
  std::optional<ContentIndexer::Built> built;
  ASSERT_TRUE(eventually([&] { return (built = indexer.take()).has_value(); }));
  EXPECT_EQ(built->built_for, newer);
  EXPECT_FALSE(built->index->search("borealis").empty());
  EXPECT_TRUE(built->index->search("old name").empty());
  EXPECT_EQ(built->routes->closures().ids, std::vector<std::string>{"lift-a"});
  EXPECT_FALSE(built->routes->route("k", "u", wayfinding::Profile::StepFree)) << "the only lift is closed";
}

class RouteClosuresTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    config_.place.venue = "v";
    config_.place.venue_configured = true;
    config_.place.node = "k";
    ui_ = std::make_unique<KioskUi>(config_);
    content_ = small_venue();
    ui_->set_content(content_);
    ui_->set_wayfinder(wayfinding::Wayfinder::precompute(content_, {"k"}), content_.get());
    now_ = core::parse_iso8601("2027-03-26T21:00:00+08:00").value();
  }
  void TearDown() override {
    ui_.reset();
    ImGui::DestroyContext();
  }
  // Frames until the UI's routes were made with `ids` (the worker finished and was taken).
  bool routes_reach(const std::vector<std::string>& ids) {
    return eventually([&] {
      closures_.update(*ui_, now_);
      return ui_->wayfinder() && ui_->wayfinder()->closures().ids == ids;
    });
  }
  UiConfig config_;
  std::unique_ptr<KioskUi> ui_;
  std::shared_ptr<const content::Content> content_;
  RouteClosures closures_;
  core::WallTime now_{};
};

TEST_F(RouteClosuresTest, StaffClosuresReachTheRoutesAndOpenAgainAtTheVenuesMidnight) {
  ui_->state().closures.ids = {"lift-a"};  // what the staff panel's "Close today" does
  ASSERT_TRUE(routes_reach({"lift-a"}));
  EXPECT_FALSE(ui_->wayfinder()->route("k", "u", wayfinding::Profile::StepFree));

  now_ += std::chrono::hours(2);  // 23:00 in Beijing: still today
  for (int i = 0; i < 5; ++i) closures_.update(*ui_, now_);
  EXPECT_EQ(ui_->state().closures.ids, std::vector<std::string>{"lift-a"});

  now_ += std::chrono::hours(1) + std::chrono::minutes(1);  // 00:01 the next day
  ASSERT_TRUE(routes_reach({}));
  EXPECT_TRUE(ui_->state().closures.ids.empty());
  EXPECT_TRUE(ui_->wayfinder()->route("k", "u", wayfinding::Profile::StepFree));
}

TEST_F(RouteClosuresTest, RoutesMadeForReplacedContentAreDropped) {
  ui_->state().closures.ids = {"lift-a"};
  closures_.update(*ui_, now_);  // the worker starts on content_
  const auto replacement = small_venue("Borealis Labs");
  ui_->set_content(replacement);
  ui_->set_wayfinder(wayfinding::Wayfinder::precompute(replacement, {"k"}), replacement.get());
  // The worker's routes for content_ never reach the UI; the next run is made for the replacement.
  ASSERT_TRUE(routes_reach({"lift-a"}));
  EXPECT_EQ(&ui_->wayfinder()->content(), replacement.get());
}

TEST(FontBuilder, BuildsTheAtlasOffTheUiThreadAndGivesUpOnAFontThatFails) {
  ImGui::CreateContext();
  const auto path = Fonts::locate("");
  ASSERT_TRUE(path.ok()) << path.error().message;
  const auto content = small_venue();
  FontBuilder builder;

  // What the builder logs, to count its failed builds.
  auto log = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
  spdlog::default_logger()->sinks().push_back(log);
  const FontSpec broken{"/nonexistent/font.ttc", content, 1.0f, 1.0f, {}};
  builder.request(broken);
  // A failed build gives nothing, now or later (the kiosk keeps the atlas it has), and is not
  // tried again: one error in the log, not one per frame.
  for (int i = 0; i < 200; ++i) {
    builder.request(broken);
    ASSERT_FALSE(builder.take(broken).has_value());
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  spdlog::default_logger()->sinks().pop_back();
  const auto lines = log->last_formatted();
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                          [](const std::string& l) { return l.find("font atlas for new content") != std::string::npos; }),
            1);

  const FontSpec wanted{*path, content, 1.0f, 1.0f, "Aurora"};
  std::optional<Fonts> fonts;
  ASSERT_TRUE(eventually([&] {  // as the kiosk does once a frame
    builder.request(wanted);
    return (fonts = builder.take(wanted)).has_value();
  }));
  ASSERT_NE(fonts->set().body, nullptr);
  EXPECT_FALSE(builder.take(wanted).has_value()) << "an atlas is handed over once";
  EXPECT_FALSE(builder.take(broken).has_value());
  ImGui::DestroyContext();
}

}  // namespace
}  // namespace marquee::ui
