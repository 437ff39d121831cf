// Floods and overruns a script can cause without escaping the sandbox (issue 17): print loops
// are rate-limited with a note, and a step stuck inside one C call is stopped from outside the
// instruction hook by the watchdog.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "host_fixture.hpp"

namespace marquee::scripting::testing {
namespace {

using ::testing::HasSubstr;

TEST(Flood, PrintLoopIsRateLimitedWithACountOfWhatWasSuppressed) {
  HostFixture f;
  ASSERT_TRUE(f.load("noisy.lua", "for i = 1, 100000 do print(i) end\nprint(string.rep('x', 10000))").ok());
  f.run_to(2.0);
  std::vector<std::string> prints;
  for (const auto& r : f.log) {
    if (r.text.rfind("print", 0) == 0) prints.push_back(r.text);
  }
  ASSERT_EQ(prints.size(), 101u) << f.sequence();
  EXPECT_EQ(prints.front(), "print 1");
  EXPECT_EQ(prints[99], "print 100");
  EXPECT_EQ(prints.back(), "print: 99901 lines suppressed (more than 100 per second)");
  EXPECT_EQ(f.host->prints_suppressed(), 99901u);
}

TEST(Flood, LongPrintLinesAreCut) {
  HostFixture f;
  ASSERT_TRUE(f.load("long.lua", "print(string.rep('x', 100000))").ok());
  ASSERT_EQ(f.log.size(), 1u);
  EXPECT_EQ(f.log[0].text, "print " + std::string(494, 'x') + "\xE2\x80\xA6");
}

TEST(Watchdog, StopsAStepStuckInOneCCallFromOutsideTheHook) {
  HostOptions options = HostFixture::default_options();
  options.step_deadline = std::chrono::milliseconds{2};  // the watchdog fires at 20 ms
  options.memory_limit = 256u << 20;
  HostFixture f(options);
  // One gsub call over 4 Mi matches building a 32 MiB result: no Lua instruction runs inside it.
  const auto st =
      f.load("stuck.lua", R"(local s = string.gsub(string.rep("a", 4 * 1024 * 1024), "a", "bbbbbbbb"))");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.error().message,
              HasSubstr("stopped by the watchdog: the step ran over 10x its 2 ms budget"));
  EXPECT_EQ(f.host->watchdog_stops(), 1);
  // The host carries on: the next script runs normally and the watchdog stays quiet.
  EXPECT_TRUE(f.load("fine.lua", "print('ok')").ok());
  EXPECT_EQ(f.host->watchdog_stops(), 1);
}

TEST(Watchdog, QuietForNormalSteps) {
  HostFixture f;
  ASSERT_TRUE(
      f.load("fine.lua", "every(0.02, function() local t = {} for i = 1, 1000 do t[i] = i end end)").ok());
  f.run_to(1.0);
  EXPECT_EQ(f.host->watchdog_stops(), 0);
  EXPECT_TRUE(f.errors.empty());
}

}  // namespace
}  // namespace marquee::scripting::testing
