// Sync figures over real HTTP on 127.0.0.1 (marquee's dev server) with a 10,000-exhibitor bundle:
// bytes and time of a first full download, a no-change poll (304) and a one-file update, and the
// sync thread's CPU time to verify (signature + SHA-256), parse and index that bundle.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "synthetic/synthetic_content.hpp"
#include "core/paths.hpp"
#include "sync/dev_server.hpp"
#include "sync/fs_util.hpp"
#include "sync/generation.hpp"
#include "sync/publish.hpp"
#include "sync/startup.hpp"
#include "sync/syncer.hpp"

namespace fs = std::filesystem;
using namespace marquee;

namespace {

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

struct Timed {
  sync::CycleResult result;
  double wall_ms = 0, cpu_ms = 0;
};

Timed timed_cycle(sync::Syncer& syncer) {
  const auto t0 = std::chrono::steady_clock::now();
  const double c0 = thread_cpu_ms();
  Timed t{syncer.run_once(), 0, 0};
  t.cpu_ms = thread_cpu_ms() - c0;
  t.wall_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return t;
}

void print(const char* what, const Timed& t) {
  std::printf("%-34s %-9s %9.1f ms wall %9.1f ms cpu %10llu bytes %3zu objects\n", what,
              sync::to_string(t.result.outcome), t.wall_ms, t.cpu_ms,
              static_cast<unsigned long long>(t.result.bytes), t.result.objects_downloaded);
}

void change_one_exhibitor(const fs::path& src) {
  auto j =
      nlohmann::json::parse(sync::read_whole_file(src / "exhibitors.json", std::size_t{1} << 30).value());
  j["exhibitors"][0]["name"]["en"] = "Changed For The Benchmark";
  (void)sync::write_file_durably(src / "exhibitors.json", j.dump());
}

void measure_verify_parse_index(const fs::path& generation, const sync::PublicKey& key) {
  std::vector<double> cpu;
  for (int i = 0; i < 5; ++i) {
    const double c0 = thread_cpu_ms();
    auto gen = sync::verify_generation(generation, &key);
    cpu.push_back(thread_cpu_ms() - c0);
    if (!gen) std::printf("verify failed: %s\n", gen.error().message.c_str());
  }
  std::sort(cpu.begin(), cpu.end());
  std::printf("verify+parse+index 10k bundle      median %.1f ms cpu (min %.1f, max %.1f, 5 runs)\n", cpu[2],
              cpu[0], cpu[4]);
}

}  // namespace

int main() {
  char tmpl[] = "/tmp/marquee-sync-bench-XXXXXX";
  const fs::path dir = ::mkdtemp(tmpl);
  const fs::path src = dir / "src", out = dir / "out";
  if (auto s = content::write_synthetic_bundle(src); !s)
    return std::printf("%s\n", s.error().message.c_str()), 1;
  const auto keys = sync::generate_key_pair();
  const auto& clock = core::SystemClock::instance();
  auto published = sync::publish_bundle({src, out, keys.secret_key, std::nullopt, 30, std::nullopt}, clock);
  if (!published) return std::printf("%s\n", published.error().message.c_str()), 1;
  std::printf("bundle: %zu files, %llu bytes\n", published->manifest.files.size(),
              static_cast<unsigned long long>(published->manifest.total_size()));

  sync::DevServer server(out);
  const int port = server.bind("127.0.0.1", 0).value();
  std::thread serving([&server] { server.run(); });
  sync::SyncConfig config;
  config.base_url = "http://127.0.0.1:" + std::to_string(port);
  config.cache_dir = dir / "cache";
  const auto startup =
      sync::open_cache_at_startup(config.cache_dir, core::demo_content_dir(), &keys.public_key);
  sync::Syncer syncer(config, keys.public_key, clock, startup);

  print("first full download", timed_cycle(syncer));
  std::vector<Timed> polls;
  for (int i = 0; i < 20; ++i) polls.push_back(timed_cycle(syncer));
  std::sort(polls.begin(), polls.end(), [](const Timed& a, const Timed& b) { return a.wall_ms < b.wall_ms; });
  print("no-change poll (median of 20)", polls[10]);
  change_one_exhibitor(src);
  (void)sync::publish_bundle({src, out, keys.secret_key, std::nullopt, 30, std::nullopt}, clock);
  print("one changed file (exhibitors.json)", timed_cycle(syncer));
  measure_verify_parse_index(*sync::CacheStore(config.cache_dir).pointer("current"), keys.public_key);

  server.stop();  // the accept loop is running: it served every request above
  serving.join();
  fs::remove_all(dir);
  return 0;
}
