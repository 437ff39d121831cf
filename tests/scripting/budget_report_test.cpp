// A cue stopped by a budget is always reported — with file:line and which limit — even when the
// script caught the error (pcall) or left it inside a coroutine it resumed itself.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "host_fixture.hpp"

namespace marquee::scripting::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

const show::CueStatus* status_of(const std::vector<show::CueStatus>& all, const std::string& name) {
  for (const auto& c : all) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

TEST(BudgetReport, LoopInsideAResumedCoroutineIsReportedNotSilent) {
  HostFixture f;
  ASSERT_TRUE(f.load("sneaky.lua", R"(cue("sneaky", function()
  local ok = coroutine.resume(coroutine.create(function() while true do end end))
  return ok
end)
)").ok());
  ASSERT_TRUE(f.host->start_cue("sneaky").ok());
  f.run_to(1);
  ASSERT_EQ(f.errors.size(), 1u) << f.sequence();
  EXPECT_EQ(f.errors[0].cue, "sneaky");
  EXPECT_THAT(f.errors[0].message, MatchesRegex("sneaky\\.lua:2: (time|instruction) budget exceeded.*"));
  EXPECT_THAT(f.errors[0].message, HasSubstr("caught the error"));
  const auto statuses = f.host->cue_statuses();
  const auto* st = status_of(statuses, "sneaky");
  ASSERT_NE(st, nullptr);
  EXPECT_EQ(st->state, show::CueStatus::State::Failed);
  EXPECT_THAT(st->detail, HasSubstr("sneaky.lua:2:"));
}

TEST(BudgetReport, TopLevelCoroutineDodgeFailsTheLoadWithTheReason) {
  HostFixture f;
  const auto st = f.load("dodge.lua", "coroutine.resume(coroutine.create(function() while true do end end))\n");
  ASSERT_FALSE(st.ok()) << "the budget stop was swallowed";
  EXPECT_THAT(st.error().message, MatchesRegex("dodge\\.lua:1: (time|instruction) budget exceeded.*"));
  ASSERT_EQ(f.errors.size(), 1u);
}

TEST(BudgetReport, PcallInALoopIsReportedOnceWithTheLimit) {
  HostFixture f;
  ASSERT_TRUE(f.load("loop.lua", R"(cue("loop", function()
  for i = 1, 1000 do
    pcall(function() while true do end end)
  end
end)
)").ok());
  ASSERT_TRUE(f.host->start_cue("loop").ok());
  f.run_to(1);
  ASSERT_EQ(f.errors.size(), 1u) << f.sequence();
  EXPECT_EQ(f.errors[0].cue, "loop");
  EXPECT_THAT(f.errors[0].message, MatchesRegex("loop\\.lua:[2-4]: (time|instruction) budget exceeded.*"));
  EXPECT_FALSE(f.host->cue_running("loop"));
}

TEST(BudgetReport, MemoryRefusalCaughtByPcallIsReportedOnce) {
  HostOptions options = HostFixture::default_options();
  options.memory_limit = 8u << 20;
  HostFixture f(options);
  ASSERT_TRUE(f.load("hog.lua", R"(cue("hog", function()
  for round = 1, 3 do
    pcall(function() local t = {} for i = 1, 1e8 do t[i] = i end end)
    wait(1)
  end
end)
)").ok());
  ASSERT_TRUE(f.host->start_cue("hog").ok());
  f.run_to(5);
  ASSERT_EQ(f.errors.size(), 1u) << f.sequence();
  EXPECT_EQ(f.errors[0].cue, "hog");
  EXPECT_THAT(f.errors[0].message, MatchesRegex("near hog\\.lua:[2-4]: memory budget exceeded \\(8 MiB.*"));
  EXPECT_GT(f.host->memory().refused, 0u);
}

}  // namespace
}  // namespace marquee::scripting::testing
