// The crash-loop fallback on a manual clock: three starts that never reach a first frame within a
// minute of a content update roll the kiosk back to the previous cache generation.
#include "sync/start_guard.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "sync/cache.hpp"
#include "sync/startup.hpp"
#include "sync_fixture.hpp"

namespace marquee::sync {
namespace {

using std::chrono::seconds;
using ::testing::HasSubstr;
using testing::World;
namespace fs = std::filesystem;

using testing::install_published;

// When `current` was switched, as the guard reads it (the symlink's mtime).
core::WallTime switched_at(const fs::path& cache) {
  struct stat st {};
  ::lstat((cache / "current").c_str(), &st);
  return core::WallTime(std::chrono::duration_cast<core::Millis>(
      std::chrono::seconds(st.st_mtim.tv_sec) + std::chrono::nanoseconds(st.st_mtim.tv_nsec)));
}

// Version 4 is `previous`, version 5 just became `current`; the clock starts at that switch.
struct Updated {
  World w;
  fs::path v4, v5;
  core::ManualClock clock;
  Updated() {
    w.publish(4);
    v4 = install_published(w, "previous");
    w.change_exhibitor_name("Crashes the kiosk");
    w.publish(5);
    v5 = install_published(w, "current");
    clock.set_wall(switched_at(w.cache));
  }
  std::optional<std::string> start() { return StartGuard(w.cache, clock).begin(); }
  fs::path current() const { return fs::canonical(*CacheStore(w.cache).pointer("current")); }
};

TEST(StartGuard, ThreeFailedStartsWithinAMinuteOfAnUpdateFallBackToPrevious) {
  //  update   +2 s     +5 s     +8 s     +11 s
  //  v5 live  start 1  start 2  start 3  start 4: 3 failed before it -> current = v4
  //           (each dies before its first frame)
  Updated u;
  for (int i = 0; i < 3; ++i) {
    u.clock.advance(seconds(i == 0 ? 2 : 3));
    EXPECT_EQ(u.start(), std::nullopt) << "start " << i + 1;
    EXPECT_EQ(u.current(), fs::canonical(u.v5));
  }
  u.clock.advance(seconds(3));
  StartGuard fourth(u.w.cache, u.clock);
  const auto report = fourth.begin();
  ASSERT_TRUE(report);
  EXPECT_EQ(
      *report,
      "version 5 failed to start 3 times within a minute of its update; started from the previous cache "
      "generation (version 4); version 5 is held back until a newer one is published");
  EXPECT_EQ(u.current(), fs::canonical(u.v4));
  EXPECT_EQ(fourth.held_back_version(), 5u);
  // What the kiosk then opens, and what sync is told to refuse.
  const auto opened = open_cache_at_startup(u.w.cache, core::demo_content_dir(), &u.w.keys.public_key);
  EXPECT_EQ(opened.description, "cache generation 4");
  fourth.first_frame();
  u.clock.advance(seconds(3));
  StartGuard fifth(u.w.cache, u.clock);
  EXPECT_EQ(fifth.begin(), std::nullopt) << "the previous generation runs; nothing more to do";
  EXPECT_EQ(fifth.held_back_version(), 5u) << "still held back after a restart";
}

TEST(StartGuard, StartsThatReachTheFirstFrameDoNotCount) {
  Updated u;
  for (int i = 0; i < 5; ++i) {
    u.clock.advance(seconds(2));
    StartGuard g(u.w.cache, u.clock);
    EXPECT_EQ(g.begin(), std::nullopt);
    g.first_frame();
  }
  EXPECT_EQ(u.current(), fs::canonical(u.v5));
}

TEST(StartGuard, FailedStartsLongAfterTheUpdateAreNotBlamedOnIt) {
  //  update ... +61 s  +64 s  +67 s  +70 s: the content ran for a minute; a crash loop now is
  //  something else (a broken display, say): keep the content.
  Updated u;
  u.clock.advance(seconds(58));
  for (int i = 0; i < 4; ++i) {
    u.clock.advance(seconds(3));
    EXPECT_EQ(u.start(), std::nullopt);
  }
  EXPECT_EQ(u.current(), fs::canonical(u.v5));
}

TEST(StartGuard, TwoFailuresThenASuccessResetTheCount) {
  Updated u;
  u.clock.advance(seconds(2));
  EXPECT_EQ(u.start(), std::nullopt);
  u.clock.advance(seconds(2));
  EXPECT_EQ(u.start(), std::nullopt);
  u.clock.advance(seconds(2));
  StartGuard ok(u.w.cache, u.clock);
  EXPECT_EQ(ok.begin(), std::nullopt);
  ok.first_frame();
  u.clock.advance(seconds(2));
  EXPECT_EQ(u.start(), std::nullopt);
  EXPECT_EQ(u.current(), fs::canonical(u.v5));
}

TEST(StartGuard, WithoutAPreviousGenerationItSaysSoAndKeepsCurrent) {
  World w;
  w.publish(5);
  const auto v5 = install_published(w, "current");
  core::ManualClock clock(switched_at(w.cache));
  std::optional<std::string> report;
  for (int i = 0; i < 4; ++i) {
    clock.advance(seconds(2));
    report = StartGuard(w.cache, clock).begin();
  }
  ASSERT_TRUE(report);
  EXPECT_THAT(*report, HasSubstr("no previous cache generation to fall back to"));
  EXPECT_EQ(fs::canonical(*CacheStore(w.cache).pointer("current")), fs::canonical(v5));
}

TEST(StartGuard, DamagedStateFileIsReportedAndReplaced) {
  Updated u;
  testing::write_text(u.w.cache / "start-state.json", "{not json");
  StartGuard g(u.w.cache, u.clock);
  ASSERT_EQ(g.problems().size(), 1u);
  EXPECT_THAT(g.problems()[0], HasSubstr("start-state.json: not a JSON object"));
  EXPECT_EQ(g.begin(), std::nullopt);
  EXPECT_THAT(testing::read_text(u.w.cache / "start-state.json"), HasSubstr("\"unfinished_starts_ms\""));
}

TEST(StartGuard, EmptyCacheHasNothingToGuard) {
  World w;
  core::ManualClock clock;
  EXPECT_EQ(StartGuard(w.cache, clock).begin(), std::nullopt);
  EXPECT_FALSE(fs::exists(w.cache / "start-state.json"));
}

}  // namespace
}  // namespace marquee::sync
