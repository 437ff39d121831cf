// Step records as sentences in en, zh and es, and the summary line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/graph_builder.hpp"
#include "wayfinding/step_text.hpp"

namespace marquee::wayfinding {
namespace {

using content::Lang;
using marquee::testing::GraphBuilder;

Step step(StepKind kind, const std::string& level_label = "", const std::string& landmark_en = "",
          const std::string& landmark_zh = "", const std::string& landmark_es = "") {
  Step s;
  s.kind = kind;
  s.level_label = level_label;
  if (!landmark_en.empty()) s.landmark = marquee::testing::localized(landmark_en, landmark_zh, landmark_es);
  return s;
}

TEST(StepText, LevelChangesInEveryLanguage) {
  const Step lift = step(StepKind::TakeLift, "2");
  EXPECT_EQ(step_text(lift, Lang::En), "Take the lift to level 2");
  EXPECT_EQ(step_text(lift, Lang::Zh), "乘电梯到 2 层");
  EXPECT_EQ(step_text(lift, Lang::Es), "Toma el ascensor a la planta 2");
  const Step stairs = step(StepKind::TakeStairs, "B1");
  EXPECT_EQ(step_text(stairs, Lang::En), "Take the stairs to level B1");
  EXPECT_EQ(step_text(stairs, Lang::Zh), "走楼梯到 B1 层");
  EXPECT_EQ(step_text(step(StepKind::TakeEscalator, "3"), Lang::Es),
            "Toma la escalera mecánica a la planta 3");
  EXPECT_EQ(step_text(step(StepKind::TakeRamp, "1"), Lang::Zh), "走坡道到 1 层");
}

TEST(StepText, TurnsWithAndWithoutALandmark) {
  const Step at_hall = step(StepKind::TurnLeft, "", "Hall B", "B 展厅", "Pabellón B");
  EXPECT_EQ(step_text(at_hall, Lang::En), "Turn left at Hall B");
  EXPECT_EQ(step_text(at_hall, Lang::Zh), "在B 展厅左转");
  EXPECT_EQ(step_text(at_hall, Lang::Es), "Gira a la izquierda en Pabellón B");
  EXPECT_EQ(step_text(step(StepKind::TurnRight), Lang::En), "Turn right");
  EXPECT_EQ(step_text(step(StepKind::TurnRight), Lang::Zh), "右转");
  EXPECT_EQ(step_text(step(StepKind::TurnRight), Lang::Es), "Gira a la derecha");
}

TEST(StepText, LandmarkFallsBackToAnotherLanguage) {
  Step s = step(StepKind::Arrive);
  s.landmark.set(Lang::En, "Forum Hall 2");
  s.landmark.set(Lang::Zh, "论坛厅 2");
  EXPECT_EQ(step_text(s, Lang::Es), "Llegas a Forum Hall 2");  // no es name: en
  EXPECT_EQ(step_text(s, Lang::Zh), "到达论坛厅 2");
  EXPECT_EQ(step_text(step(StepKind::Arrive), Lang::En), "Arrive");
}

TEST(StepText, WalkDistancesRoundLikeASign) {
  Step s = step(StepKind::Walk);
  s.metres = 7.4;
  EXPECT_EQ(step_text(s, Lang::En), "Walk 7 m");
  s.metres = 43;
  EXPECT_EQ(step_text(s, Lang::En), "Walk 45 m");
  EXPECT_EQ(step_text(s, Lang::Zh), "步行 45 米");
  EXPECT_EQ(step_text(s, Lang::Es), "Camina 45 m");
}

TEST(StepText, SummaryAndMinutes) {
  Route r;
  r.metres = 212;
  r.seconds = 212 / 1.2;  // 176.7 s: "3 min", rounded up
  EXPECT_EQ(r.minutes(), 3);
  EXPECT_EQ(summary_text(r, Lang::En), "210 m · 3 min");
  EXPECT_EQ(summary_text(r, Lang::Zh), "210 米 · 3 分钟");
  r.seconds = 12;
  EXPECT_EQ(r.minutes(), 1);  // never "0 min" for a walk
}

TEST(StepText, ProblemsForTheUi) {
  EXPECT_EQ(problem_text(RouteProblem::Unreachable, Profile::StepFree, Lang::En),
            "No step-free route to this place");
  EXPECT_EQ(problem_text(RouteProblem::Unreachable, Profile::Walking, Lang::Zh), "今日无法到达该地点");
  EXPECT_EQ(problem_text(RouteProblem::OtherVenue, Profile::Walking, Lang::Es), "Está en otra sede");
  EXPECT_EQ(problem_text(RouteProblem::None, Profile::Walking, Lang::En), "");
}

TEST(StepText, AllPhrasesCarryTheGlyphsTheAtlasNeeds) {
  const std::string all = all_phrases();
  for (const char* s : {"乘电梯到", "分钟", "escalera mecánica", "Turn left at"})
    EXPECT_NE(all.find(s), std::string::npos) << s;
}

TEST(StepText, KindIds) {
  EXPECT_STREQ(step_kind_id(StepKind::TakeLift), "take_lift");
  EXPECT_STREQ(step_kind_id(StepKind::Arrive), "arrive");
  EXPECT_STREQ(target_kind_id(TargetKind::Session), "session");
  EXPECT_STREQ(route_problem_id(RouteProblem::OtherVenue), "other_venue");
}

}  // namespace
}  // namespace marquee::wayfinding
