// The attack suite: one Lua file per escape attempt (tests/scripting/attacks/), one test each.
// Every attack runs as a cue while a heartbeat script is running; each must fail with its own
// specific error, and the heartbeat (and the host) must keep going afterwards, unaffected.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "host_fixture.hpp"

namespace marquee::scripting::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

constexpr const char* kHeartbeat = R"lua(
heartbeat_secret = "s3cret"
local beats = 0
every(0.1, function()
  beats = beats + 1
  light.set("lobby.01", { intensity = (beats % 10) / 10 })
  print(("beat"):upper())
end, "heartbeat")
)lua";

std::string attack_path(const std::string& file) {
  return std::string(MARQUEE_TEST_DATA) + "/attacks/" + file;
}

// Loads the attack at t = 1 s into a host whose heartbeat ticks every 100 ms; returns the error.
std::string run_attack(HostFixture& f, const std::string& file) {
  EXPECT_TRUE(f.load("heartbeat.lua", kHeartbeat).ok());
  f.run_to(1.0);
  const auto st = f.host->load_file(attack_path(file));
  EXPECT_FALSE(st.ok()) << file << " was not blocked\n" << f.sequence();
  f.run_to(2.5);
  // The heartbeat kept beating after the attack, and string methods still behave.
  const auto beats = f.times_of("heartbeat", "print BEAT");
  const auto after = std::count_if(beats.begin(), beats.end(), [](long long ms) { return ms > 1000; });
  EXPECT_GE(after, 14) << f.sequence();
  EXPECT_TRUE(f.host->cue_running("heartbeat"));
  // The host still loads and runs new scripts.
  EXPECT_TRUE(f.load("after.lua", "print('still here')").ok()) << f.sequence();
  return st.ok() ? std::string() : st.error().message;
}

void expect_blocked(const std::string& file, const std::string& expected,
                    HostOptions options = HostFixture::default_options()) {
  HostFixture f(options);
  const std::string message = run_attack(f, file);
  EXPECT_THAT(message, HasSubstr(expected)) << f.sequence();
  EXPECT_THAT(message, HasSubstr(file)) << "the error names the script";
  ASSERT_FALSE(f.errors.empty());
  EXPECT_THAT(f.errors.back().message, HasSubstr(expected));
}

// C functions the count hook cannot interrupt (issue 17): each is refused before it starts.
TEST(Attack, TableConcatOverMaxInteger) {
  expect_blocked("table_concat_maxinteger.lua", "table.concat: a range of more than 1000000 elements");
}
TEST(Attack, TableMoveOverMaxInteger) {
  expect_blocked("table_move_maxinteger.lua", "table.move: a range of more than 1000000 elements");
}
TEST(Attack, BalancePatternOverMegabytes) {
  expect_blocked("balance_pattern.lua", "string.find: pattern with 1 quantifiers is too costly");
}
TEST(Attack, StringRepOfNothingForever) {
  expect_blocked("string_rep_empty_forever.lua", "string.rep of an empty string returned: 0 bytes");
}
TEST(Attack, SpawnFlood) {
  expect_blocked("spawn_flood.lua", "spawn: 1000 cues are already running");
}

TEST(Attack, IoOpen) {
  expect_blocked("io_open.lua", "attempt to index a nil value (global 'io')");
}
TEST(Attack, OsExecute) {
  expect_blocked("os_execute.lua", "attempt to call a nil value (field 'execute')");
}
TEST(Attack, RequireCModule) {
  expect_blocked("require_c_module.lua", "'socket.core' is not a show library module");
}
TEST(Attack, LoadBytecode) {
  expect_blocked("load_bytecode.lua", "attempt to load a binary chunk");
}
TEST(Attack, LoadBinaryMode) {
  expect_blocked("load_binary_mode.lua", "load: binary chunks are not allowed");
}
TEST(Attack, StringDump) {
  expect_blocked("string_dump.lua", "attempt to call a nil value (field 'dump')");
}
TEST(Attack, StringMethodDump) {
  expect_blocked("string_method_dump.lua", "attempt to call a nil value (method 'dump')");
}
TEST(Attack, DebugLibrary) {
  expect_blocked("debug_library.lua", "attempt to index a nil value (global 'debug')");
}
TEST(Attack, StringMetatable) {
  expect_blocked("string_metatable.lua", "attempt to index a string value (local 'mt')");
}
TEST(Attack, ApiTableWrite) {
  expect_blocked("api_table_write.lua", "cannot set 'upper': API tables are read-only");
}
TEST(Attack, ApiTableRawset) {
  expect_blocked("api_table_rawset.lua", "rawset: API tables are read-only");
}
TEST(Attack, GcFinalizer) {
  expect_blocked("gc_finalizer.lua", "__gc metamethods are not allowed");
}
TEST(Attack, OtherCueLocals) {
  expect_blocked("other_cue_locals.lua", "attempt to index a nil value (global 'debug')");
}
TEST(Attack, StringRepGigabytes) {
  expect_blocked("string_rep_gigabytes.lua", "string.rep: result of");
}
TEST(Attack, CatastrophicPattern) {
  expect_blocked("catastrophic_pattern.lua", "string.find: pattern with 5 quantifiers is too costly");
}
TEST(Attack, DeepRecursion) {
  // What stops this attack is Lua's stack limit; on a loaded test machine the million-frame dive
  // can take longer than the 250 ms step budget, and the budget (tested by the runaway attacks)
  // would stop it first. A roomier budget keeps this test about the stack limit.
  HostOptions roomy = HostFixture::default_options();
  roomy.step_deadline = std::chrono::milliseconds{3000};
  expect_blocked("deep_recursion.lua", "stack overflow", roomy);
}
TEST(Attack, CollectgarbageStop) {
  expect_blocked("collectgarbage_stop.lua", "only \"count\" is allowed");
}
TEST(Attack, Dofile) {
  expect_blocked("dofile_escape.lua", "attempt to call a nil value (global 'dofile')");
}
TEST(Attack, FormatWidth) {
  expect_blocked("format_width.lua", "invalid conversion");
}

// Runaway code: stopped by the budget, reported with the script name and the line it was on.
void expect_stopped(const std::string& file, const std::string& line_regex) {
  HostFixture f;
  const std::string message = run_attack(f, file);
  EXPECT_THAT(message, HasSubstr("budget exceeded")) << f.sequence();
  EXPECT_THAT(message, MatchesRegex(".*" + file + ":" + line_regex + ": .*")) << message;
  ASSERT_FALSE(f.errors.empty());
  EXPECT_THAT(f.errors.back().traceback, HasSubstr("stack traceback"));
}

TEST(Attack, InfiniteLoop) {
  expect_stopped("infinite_loop.lua", "[34]");
}
TEST(Attack, InfiniteLoopInsidePcall) {
  expect_stopped("infinite_loop_in_pcall.lua", "[2-5]");
}
TEST(Attack, CoroutineDodge) {
  expect_stopped("coroutine_dodge.lua", "[2-4]");
}
TEST(Attack, CoroutineWrapDodge) {
  expect_stopped("coroutine_wrap_dodge.lua", "[23]");
}

TEST(Attack, MemoryBombHitsTheDefaultCapAndIsFreed) {
  HostFixture f;
  const std::string message = run_attack(f, "memory_bomb.lua");
  EXPECT_THAT(message, HasSubstr("memory_bomb.lua:4: not enough memory")) << f.sequence();
  const MemoryBudget& mem = f.host->memory();
  EXPECT_EQ(mem.limit, 64u << 20);
  EXPECT_LE(mem.peak, mem.limit);
  EXPECT_GT(mem.refused, 0u);
  EXPECT_LT(mem.used, 8u << 20) << "the failed cue's memory was collected";
}

TEST(Attack, MemoryCapIsConfigurable) {
  HostOptions options = HostFixture::default_options();
  options.memory_limit = 8u << 20;
  HostFixture f(options);
  const std::string message = run_attack(f, "memory_bomb.lua");
  EXPECT_THAT(message, HasSubstr("not enough memory"));
  EXPECT_LE(f.host->memory().peak, 8u << 20);
}

}  // namespace
}  // namespace marquee::scripting::testing
