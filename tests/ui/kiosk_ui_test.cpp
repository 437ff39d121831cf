// The kiosk UI driven frame by frame on a virtual clock, with a real ImGui context and the real
// font atlas (no window needed: ImGui builds frames without a renderer), on a small snapshot
// built here so every id the tests use is in sight.
#include "ui/kiosk_ui.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>

#include "../support/content_builder.hpp"
#include "content/queries.hpp"
#include "core/time_zone.hpp"
#include "ui/fonts.hpp"

namespace marquee::ui {
namespace {

using marquee::testing::ContentBuilder;
using marquee::testing::localized;

// One venue "bj" (the kiosk's default) on 26 March 2027, in three languages.
std::shared_ptr<const content::Content> small_conference(const std::string& version = "1") {
  ContentBuilder b;
  b.conference("Digital Economy Conference");
  b.content().conference.name = localized("Digital Economy Conference", "数字经济大会",
                                                     "Conferencia de Economía Digital");
  b.venue("bj", "Asia/Shanghai", {"2027-03-26"}).room("hall-1", "bj", "Forum Hall 1");
  b.session("opening", "hall-1", "2027-03-26T09:00:00+08:00", "2027-03-26T10:00:00+08:00", "Opening ceremony",
            content::SessionKind::OpeningCeremony);
  b.session("keynote", "hall-1", "2027-03-26T10:30:00+08:00", "2027-03-26T11:30:00+08:00", "Keynote");
  b.exhibitor("ex-001", localized("Aurora Robotics", "极光机器人", "Aurora Robótica"));
  b.exhibitor("ex-002", localized("Borealis Labs", "北极光实验室", "Laboratorios Boreales"));
  b.announcement("drill", content::Priority::Emergency, "2027-03-25T08:00:00+08:00", "2027-03-25T08:05:00+08:00",
                 localized("Evacuation drill", "疏散演练", "Simulacro de evacuación"), {"bj"});
  b.content().version = version;
  return b.build();
}

class KioskUiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGui::GetIO().DisplaySize = ImVec2(1920, 1080);
    ImGui::GetIO().IniFilename = nullptr;
    content_ = small_conference();
    config_.idle_warning_after_s = 60;
    config_.idle_countdown_s = 15;
    config_.attract_after_s = 30;
    ui_ = std::make_unique<KioskUi>(config_);
    ui_->set_content(content_);
    auto built = ui_->prepare_fonts(1.0f);
    ASSERT_TRUE(built.ok()) << built.error().message;
    now_ = core::parse_iso8601("2027-03-26T10:40:00+08:00").value();
  }
  void TearDown() override {
    ui_.reset();
    ImGui::DestroyContext();
  }
  // Advances the virtual clock by `seconds` in 0.5 s frames.
  void run_for(double seconds) {
    for (double t = 0; t < seconds; t += 0.5) {
      ImGui::GetIO().DeltaTime = 0.5f;
      ImGui::NewFrame();
      now_ += core::Millis{500};
      ui_->frame(now_, 0.5);
      ImGui::EndFrame();
    }
  }
  UiConfig config_;
  std::shared_ptr<const content::Content> content_;
  std::unique_ptr<KioskUi> ui_;
  core::WallTime now_{};
};

TEST_F(KioskUiTest, IdleAsksStillThereThenReturnsHomeThenAttracts) {
  // t=0 on Schedule with a session open ... 60 s: "Still there?" ... 75 s: Home ... 105 s: attract
  ui_->go(Screen::Schedule);
  ui_->state().selected_session = "opening";
  ui_->set_language(content::Lang::Zh);
  run_for(59);
  EXPECT_FALSE(ui_->state().idle_warning);
  EXPECT_EQ(ui_->state().screen, Screen::Schedule);
  run_for(2);
  EXPECT_TRUE(ui_->state().idle_warning);
  EXPECT_EQ(ui_->state().screen, Screen::Schedule);
  run_for(15);
  EXPECT_EQ(ui_->state().screen, Screen::Home);
  EXPECT_TRUE(ui_->state().selected_session.empty());
  EXPECT_EQ(ui_->state().lang, content::Lang::En);  // back to the kiosk's default language
  run_for(31);
  EXPECT_EQ(ui_->state().screen, Screen::Attract);
  ui_->note_input();
  run_for(0.5);
  EXPECT_EQ(ui_->state().screen, Screen::Home);
}

TEST_F(KioskUiTest, MoreTimeKeepsThePersonWhereTheyWere) {
  ui_->go(Screen::Exhibitors);
  ui_->state().selected_exhibitor = "ex-001";
  run_for(65);
  ASSERT_TRUE(ui_->state().idle_warning);
  ui_->note_input();  // the "More time" button, or any touch
  run_for(14);
  EXPECT_FALSE(ui_->state().idle_warning);
  EXPECT_EQ(ui_->state().screen, Screen::Exhibitors);
  EXPECT_EQ(ui_->state().selected_exhibitor, "ex-001");
}

TEST_F(KioskUiTest, NewContentKeepsTheSelectionWhenItStillExists) {
  ui_->go(Screen::Exhibitors);
  ui_->state().selected_exhibitor = "ex-002";
  ui_->state().selected_session = "no-such-session";
  ui_->set_content(small_conference("2"));
  EXPECT_EQ(ui_->state().screen, Screen::Exhibitors);
  EXPECT_EQ(ui_->state().selected_exhibitor, "ex-002");
  EXPECT_TRUE(ui_->state().selected_session.empty());
}

TEST_F(KioskUiTest, VenueTabsWithoutACityOrSharingOneStillDraw) {
  // An imported schedule can leave a city empty (no city-like time zone, no conference title), and
  // a main hall and its annex share one. Each tab still draws, in every language.
  ContentBuilder b;
  b.venue("bj", "Asia/Shanghai", {"2027-03-26"}).venue("bj-annex", "Asia/Shanghai", {"2027-03-26"});
  b.venue("utc", "Etc/UTC", {"2027-03-26"});
  b.content().venues[1].city = b.content().venues[0].city;
  b.content().venues[2].city = content::LocalizedText{};
  b.room("hall-1", "bj", "Forum Hall 1");
  b.session("opening", "hall-1", "2027-03-26T09:00:00+08:00", "2027-03-26T10:00:00+08:00", "Opening ceremony");
  ui_->set_content(b.build());
  ui_->go(Screen::Schedule);
  for (content::Lang lang : content::kAllLangs) {
    ui_->set_language(lang);
    run_for(1);
    EXPECT_EQ(ui_->state().screen, Screen::Schedule);
  }
}

TEST_F(KioskUiTest, EmergencyTakesOverEveryScreen) {
  ui_->go(Screen::Attract);
  now_ = core::parse_iso8601("2027-03-25T08:01:00+08:00").value();
  run_for(1);
  EXPECT_EQ(ui_->state().emergency_id, "drill");
  now_ = core::parse_iso8601("2027-03-25T08:06:00+08:00").value();
  run_for(1);
  EXPECT_TRUE(ui_->state().emergency_id.empty());
}

TEST_F(KioskUiTest, AtlasHasEveryGlyphTheContentUses) {
  const auto needed = collect_content_code_points(*content_);
  for (char32_t c : {U'A', U'数', U'极', U'í', U'ó'})  // Latin, Chinese and Spanish text
    EXPECT_EQ(needed.count(c), 1u) << "U+" << std::hex << static_cast<unsigned>(c);
  const auto missing = ui_->fonts().missing_glyphs(needed);
  EXPECT_TRUE(missing.empty()) << missing.size() << " missing, first U+" << std::hex
                               << (missing.empty() ? 0u : static_cast<unsigned>(missing[0]));
}

}  // namespace
}  // namespace marquee::ui

namespace marquee::ui {
namespace {

content::Content one_venue_content(const std::string& id) {
  content::Content c;
  content::Venue v;
  v.id = id;
  v.name.set(content::Lang::En, "Imported");
  v.name.set(content::Lang::Zh, "Imported");
  c.venues.push_back(v);
  c.build_indexes();
  return c;
}

// A bundle from import-schedule has one venue named after the conference; a kiosk whose config
// names no venue shows it instead of the built-in default, one that names a venue keeps it.
TEST(KioskUiVenue, UnconfiguredKioskTakesTheContentsVenue) {
  UiConfig config;
  ASSERT_FALSE(config.place.venue_configured);
  KioskUi ui(config);
  ui.set_content(std::make_shared<const content::Content>(one_venue_content("mfc27")));
  EXPECT_EQ(ui.config().place.venue, "mfc27");

  UiConfig named;
  named.place.venue = "bj";
  named.place.venue_configured = true;
  KioskUi kept(named);
  kept.set_content(std::make_shared<const content::Content>(one_venue_content("mfc27")));
  EXPECT_EQ(kept.config().place.venue, "bj");

  KioskUi demo{UiConfig{}};
  demo.set_content(std::make_shared<const content::Content>(one_venue_content("bj")));
  EXPECT_EQ(demo.config().place.venue, "bj");
}

}  // namespace
}  // namespace marquee::ui
