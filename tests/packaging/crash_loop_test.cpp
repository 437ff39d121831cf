// The crash-loop fallback end to end with the real binary and the real clock: a kiosk whose new
// content generation keeps it from drawing a first frame three times in a row (here: SDL cannot
// open its video driver) starts the fourth time on the previous generation and says so to systemd.
// The same rules on a manual clock, with every edge, are in tests/sync/start_guard_test.cpp.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>

#include "../sync/sync_fixture.hpp"
#include "run_marquee.hpp"
#include "sync/cache.hpp"

namespace marquee::sync {
namespace {

using ::testing::HasSubstr;
using testing::World;
namespace fs = std::filesystem;

using testing::install_published;

TEST(CrashLoop, ThreeStartsWithoutAFrameThenThePreviousGenerationRuns) {
  World w;
  w.publish(4);
  const auto v4 = install_published(w, "previous");
  w.change_exhibitor_name("New exhibitor name");
  w.publish(5);
  install_published(w, "current");  // the content update: now
  const fs::path config = w.tmp.path() / "kiosk.toml";
  // The server is a closed port on 127.0.0.1: the kiosk starts from its cache, sync just fails.
  std::ofstream(config) << "[kiosk]\nid = \"crash-loop-test\"\nvenue = \"bj\"\n[sync]\nbase_url = "
                           "\"http://127.0.0.1:9\"\npublic_key = \""
                        << w.pub_key_file.string() << "\"\ncache_dir = \"" << w.cache.string() << "\"\n";
  const std::vector<std::string> no_video = {"DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER=no-such-driver"};
  for (int start = 1; start <= 3; ++start) {
    ::marquee::testing::NotifySocket socket;
    const auto run =
        run_under_notify(socket, {"run", "--config", config.string(), "--frames", "1"}, no_video);
    EXPECT_EQ(run.exit_code, 1) << "start " << start << " must fail before its first frame";
    EXPECT_TRUE(run.messages.empty()) << "start " << start << " sent " << run.messages.front().text;
  }
  ::marquee::testing::NotifySocket socket;
  const auto run =
      run_under_notify(socket, {"run", "--config", config.string(), "--headless", "--frames", "1"});
  ASSERT_EQ(run.exit_code, 0);
  ASSERT_FALSE(run.messages.empty());
  EXPECT_EQ(
      run.messages.front().text,
      "READY=1\nSTATUS=showing cache generation 4 after a crash loop: version 5 failed to start 3 times "
      "within a minute of its update; started from the previous cache generation (version 4); version 5 "
      "is held back until a newer one is published");
  EXPECT_EQ(fs::canonical(*CacheStore(w.cache).pointer("current")), fs::canonical(v4));
  EXPECT_THAT(testing::read_text(w.cache / "start-state.json"), HasSubstr("\"held_back_version\": 5"));
}

}  // namespace
}  // namespace marquee::sync
