// Crash safety: a sync child is SIGKILLed at random points of many updates; after every kill the
// cache must still open to one complete, valid generation (never a half-written one).
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <iostream>
#include <random>
#include <thread>

#include "sync/cache.hpp"
#include "sync/dev_server.hpp"
#include "sync/generation.hpp"
#include "sync_fixture.hpp"

extern char** environ;

namespace marquee::sync {
namespace {

using testing::World;

class ServedBundle {
 public:
  explicit ServedBundle(const std::filesystem::path& dir) : server_(dir) {
    port_ = server_.bind("127.0.0.1", 0).value();
    thread_ = std::thread([this] {
      server_.run();
      done_ = true;
    });
  }
  ~ServedBundle() {
    // stop() is only heard once the accept loop runs; retry until the thread ends (bounded).
    for (int i = 0; i < 500 && !done_; ++i) {
      server_.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

 private:
  DevServer server_;
  int port_ = 0;
  std::atomic<bool> done_{false};
  std::thread thread_;
};

pid_t spawn_child(const World& w, const std::string& url) {
  const std::string exe = SYNC_CRASH_CHILD;
  std::vector<std::string> args = {exe, url, w.pub_key_file.string(), w.cache.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  EXPECT_EQ(posix_spawn(&pid, exe.c_str(), nullptr, nullptr, argv.data(), environ), 0);
  return pid;
}

// What a kiosk starting now would find: the generation `current` names must verify completely.
// Returns its version, 0 when nothing was ever installed.
std::uint64_t check_cache(const World& w) {
  const auto current = CacheStore(w.cache).pointer("current");
  if (!current) return 0;
  auto gen = verify_generation(*current, &w.keys.public_key);
  EXPECT_TRUE(gen.ok()) << current->string() << ": " << (gen.ok() ? "" : gen.error().message);
  return gen.ok() ? gen->manifest.version : 0;
}

TEST(CrashSafety, SigkillAtRandomPointsAlwaysLeavesOneValidGeneration) {
  World w;
  w.publish(1);
  ServedBundle served(w.out);
  std::mt19937 rng(std::random_device{}());
  // Calibrate the kill window on one complete run (the first download), then kill inside it.
  const auto t0 = std::chrono::steady_clock::now();
  int status = 0;
  waitpid(spawn_child(w, served.url()), &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  const auto full_run =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
  std::uint64_t last_seen = check_cache(w);
  ASSERT_EQ(last_seen, 1u);

  int killed = 0, advanced = 0;
  for (int i = 0; i < 30; ++i) {
    w.change_exhibitor_name("Crash Test " + std::to_string(i));
    w.publish();
    const pid_t pid = spawn_child(w, served.url());
    std::uniform_int_distribution<long long> when(0, full_run.count() * 3 / 2);
    std::this_thread::sleep_for(std::chrono::microseconds(when(rng)));
    killed += ::kill(pid, SIGKILL) == 0 ? 1 : 0;
    ASSERT_EQ(waitpid(pid, &status, 0), pid);
    const std::uint64_t v = check_cache(w);
    ASSERT_GE(v, last_seen) << "iteration " << i << ": the cache went back in time";
    advanced += v > last_seen ? 1 : 0;
    last_seen = v;
  }
  EXPECT_GT(killed, 0);
  // Informational: how many kills landed after the switch (the rest interrupted an update).
  std::cout << "full run " << full_run.count() << " us; " << advanced
            << " of 30 runs finished before SIGKILL\n";
  // After all that, one clean run brings the cache to the newest version.
  waitpid(spawn_child(w, served.url()), &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(check_cache(w), 31u);
}

}  // namespace
}  // namespace marquee::sync
