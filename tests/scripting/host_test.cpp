// The host around the sandbox: error isolation and reporting, hot reload, display and light
// bindings, require of scripting/lib, and the production show thread.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "host_fixture.hpp"

namespace marquee::scripting::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(Host, FailingCueIsReportedWithFileLineAndTracebackAndIsolated) {
  HostFixture f;
  ASSERT_TRUE(f.load("show.lua", R"lua(
cue("steady", function() while true do print("ok") wait(1) end end)
cue("broken", function()
  wait(2)
  local t = nil
  print(t.field)
end)
start("steady")
start("broken")
)lua")
                  .ok());
  f.run_to(5);
  ASSERT_EQ(f.errors.size(), 1u) << f.sequence();
  EXPECT_EQ(f.errors[0].cue, "broken");
  EXPECT_EQ(f.errors[0].script, "show.lua");
  EXPECT_THAT(f.errors[0].message, HasSubstr("show.lua:6: attempt to index a nil value (local 't')"));
  EXPECT_THAT(f.errors[0].traceback, HasSubstr("stack traceback"));
  EXPECT_EQ(f.errors[0].at - f.start_time, core::Millis{2000});
  EXPECT_THAT(f.times_of("steady"), ElementsAre(0, 1000, 2000, 3000, 4000, 5000)) << f.sequence();
  EXPECT_EQ(f.host->last_error()->cue, "broken");
}

TEST(Host, SyntaxErrorIsFileLineMessage) {
  HostFixture f;
  const auto st = f.load("bad.lua", "wait(1)\nlocal x = = 2\n");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.error().message, HasSubstr("bad.lua:2: unexpected symbol near '='"));
}

TEST(Host, WaitInsideAScriptCoroutineIsAClearError) {
  HostFixture f;
  const auto st = f.load("co.lua", "coroutine.wrap(function() wait(1) end)()");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.error().message, HasSubstr("wait: must be called from a cue, not from inside a coroutine"));
}

TEST(Host, ScriptsHaveSeparateGlobals) {
  HostFixture f;
  ASSERT_TRUE(f.load("a.lua", "shared = 'from a'").ok());
  ASSERT_TRUE(f.load("b.lua", "print(tostring(shared))").ok());
  EXPECT_EQ(f.log.back().text, "print nil");
}

TEST(Host, DisplayCommandsCarryTargetsAndLocalizedText) {
  HostFixture f;
  ASSERT_TRUE(f.load("d.lua", R"lua(
display.countdown("20:00:00", {en = "Starts in", zh = "即将开始"}, "all")
display.text({en = "Night", zh = "夜", es = "Noche"}, "zone:north", "#102030")
display.scene("map", "tag:entrance")
display.end_show("kiosk:k-07")
)lua")
                  .ok());
  const auto batch = f.display.drain();
  ASSERT_EQ(batch.size(), 4u);
  EXPECT_EQ(batch[0].kind, show::DisplayKind::ShowCountdown);
  EXPECT_EQ(batch[0].until, utc("2026-05-22T20:00:00+08:00"));
  EXPECT_EQ(batch[0].text.zh, "即将开始");
  EXPECT_TRUE(batch[1].target.matches({"k-01", "north", {}}));
  EXPECT_FALSE(batch[1].target.matches({"k-02", "south", {}}));
  EXPECT_EQ(batch[1].text.es, "Noche");
  EXPECT_EQ(show::to_hex(batch[1].color), "#102030");
  EXPECT_EQ(batch[2].scene, "map");
  EXPECT_TRUE(batch[3].target.matches({"k-07", "", {}}));
  const auto bad = f.load("bad.lua", "display.scene('casino')");
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(bad.error().message, HasSubstr("scene must be home, schedule, exhibitors, map or attract"));
  EXPECT_FALSE(f.load("bad2.lua", "display.text('x', 'room:1')").ok());
}

TEST(Host, LightSetUsesWildcardsAndRejectsUnknownFixturesAndAttributes) {
  HostFixture f;
  ASSERT_TRUE(f.load("l.lua", "light.set('facade.north.*', {intensity = 1, color = '#ff8000'})").ok());
  f.run_to(0);
  const auto frame = f.lights.frame();
  const std::size_t n1 = *f.lights.rig().index_of("facade.north.01");
  const std::size_t e1 = *f.lights.rig().index_of("facade.east.01");
  EXPECT_FLOAT_EQ(frame->fixtures[n1].get(show::Attribute::Red), 1.0f);
  EXPECT_NEAR(frame->fixtures[n1].get(show::Attribute::Green), 128.0f / 255.0f, 1e-6);
  EXPECT_FALSE(frame->fixtures[e1].is_set(show::Attribute::Intensity));
  auto st = f.load("l2.lua", "light.set('roof.*', {intensity = 1})");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.error().message, HasSubstr("light.set: no fixture matches \"roof.*\""));
  st = f.load("l3.lua", "light.fade('lobby', {brightness = 1}, 2)");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.error().message, HasSubstr("light.fade: unknown attribute 'brightness'"));
}

TEST(Host, RequireLoadsOnlyScriptingLibModules) {
  HostFixture f;
  ASSERT_TRUE(f.load("r.lua", "local fx = require('effects') print(type(fx.chase))").ok()) << f.sequence();
  EXPECT_EQ(f.log.back().text, "print function");
  const auto st = f.load("r2.lua", "require('os')");
  ASSERT_FALSE(st.ok());
  EXPECT_THAT(st.error().message, HasSubstr("no show library module 'os' in scripting/lib"));
  EXPECT_FALSE(f.load("r3.lua", "require('../../etc/passwd')").ok());
}

void write_file(const std::filesystem::path& p, const std::string& text, int generation) {
  std::ofstream(p) << text;
  // Distinct modification times even on coarse file systems.
  std::filesystem::last_write_time(
      p, std::filesystem::file_time_type::clock::now() + std::chrono::seconds{generation});
}

//  t(s)   0   1   2   3   4   5   6   7
//  v1:    1   1   1   1   1   1             (v2 fails to load at 3: v1 keeps running)
//  v3:                            3   3     (v3 loads at 5 and replaces v1)
TEST(Host, HotReloadKeepsTheOldScriptWhenTheNewOneFails) {
  HostFixture f;
  const auto path =
      std::filesystem::temp_directory_path() / ("marquee_reload_" + std::to_string(::getpid()) + ".lua");
  write_file(path, "every(1, function() print('v1') end, 'loop')", 1);
  ASSERT_TRUE(f.host->load_file(path).ok());
  f.run_to(2.5);
  write_file(path, "every(1, function() print('v2') end, 'loop'\n", 2);  // missing ')'
  f.host->poll_files();
  ASSERT_TRUE(f.host->last_error().has_value());
  EXPECT_THAT(f.host->last_error()->message, HasSubstr(path.string() + ":2:"));
  f.run_to(4.5);
  write_file(path, "every(1, function() print('v3') end, 'loop')", 3);
  f.host->poll_files();
  f.run_to(7);
  std::vector<std::string> seen;
  for (const auto& r : f.log) seen.push_back(r.text);
  EXPECT_THAT(seen, ElementsAre("print v1", "print v1", "print v1", "print v1", "print v1", "print v3",
                                "print v3", "print v3"))
      << f.sequence();
  std::filesystem::remove(path);
}

class RecordingSink : public show::FixtureSink {
 public:
  void submit(std::shared_ptr<const show::FixtureFrame> frame) override {
    std::lock_guard lock(mutex);
    latest = std::move(frame);
  }
  std::mutex mutex;
  std::shared_ptr<const show::FixtureFrame> latest;
};

TEST(ShowThread, RunsScriptsOnItsOwnThreadAndTakesStaffRequests) {
  const auto path =
      std::filesystem::temp_directory_path() / ("marquee_thread_" + std::to_string(::getpid()) + ".lua");
  std::ofstream(path)
      << "cue('hello', function() display.text('hello') light.set('lobby', {intensity = 1}) end)";
  show::VirtualShowClock clock(utc("2026-05-22T19:00:00+08:00"));
  show::DisplayQueue display;
  RecordingSink sink;
  ShowThreadConfig config;
  config.host.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
  config.rig = demo_rig();
  config.scripts = {path};
  ShowThread thread(config, clock, display, &sink);
  thread.request_start("hello");
  std::vector<show::DisplayCommand> got;
  for (int i = 0; i < 500 && got.empty(); ++i) {  // bounded: ~5 s at most
    got = display.drain();
    if (got.empty()) std::this_thread::sleep_for(std::chrono::milliseconds{10});
  }
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].text.en, "hello");
  EXPECT_FALSE(thread.last_error().has_value());
  // The tick that produced the command is counted when it ends, which may be just after the
  // command was drained here: wait for it (bounded).
  for (int i = 0; i < 100 && thread.ticks() == 0; ++i) std::this_thread::sleep_for(std::chrono::milliseconds{10});
  EXPECT_GT(thread.ticks(), 0u);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace marquee::scripting::testing
