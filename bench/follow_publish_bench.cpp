// `marquee publish --follow`: the cost of one cycle in which nothing changed (the export server
// answers 304, the merged content hashes equal the published manifest). Serves the schedule
// fixture from a cpp-httplib server on 127.0.0.1 and prints the mean and p95 over 200 cycles, for
// the small fixture bundle and for the demo bundle (its images are hashed every cycle).
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include "sync/crypto.hpp"
#include "sync/fs_util.hpp"
#include "sync/follow_publish.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void bench_case(const char* name, const fs::path& local, const std::string& body) {
  httplib::Server server;
  const std::string etag = "\"v1\"";
  server.Get("/schedule.json", [&](const httplib::Request& req, httplib::Response& res) {
    res.set_header("ETag", etag);
    if (req.get_header_value("If-None-Match") == etag) {
      res.status = 304;
      return;
    }
    res.set_content(body, "application/json");
  });
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread t([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));

  const fs::path work = fs::temp_directory_path() / ("marquee-follow-bench-" + marquee::sync::random_suffix());
  marquee::sync::FollowOptions o;
  o.publish = marquee::sync::PublishOptions{local, work / "out", marquee::sync::generate_key_pair().secret_key,
                                            std::nullopt, 30, std::nullopt};

  auto source = marquee::sync::parse_follow_source("http://127.0.0.1:" + std::to_string(port) + "/schedule.json");
  o.sources.push_back(std::move(*source));
  o.staging = work / "staging";
  marquee::sync::Follower follower(o);
  const auto& clock = marquee::core::SystemClock::instance();
  const auto first = follower.run_cycle(clock);
  if (first.result != marquee::sync::CycleResult::Published) {
    std::printf("%s: first cycle did not publish:\n%s\n", name, marquee::sync::describe(first).c_str());
  }
  std::vector<double> ms;
  for (int i = 0; i < 200; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto outcome = follower.run_cycle(clock);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    if (outcome.result != marquee::sync::CycleResult::Unchanged) {
      std::printf("%s: cycle %d was not unchanged\n", name, i);
      break;
    }
  }
  std::sort(ms.begin(), ms.end());
  double sum = 0;
  for (double m : ms) sum += m;
  std::size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(local)) files += e.is_regular_file() ? 1 : 0;
  std::printf("%-34s %4zu local files  no-change cycle (one 304): mean %7.2f ms  p95 %7.2f ms  (%zu cycles)\n", name,
              files, sum / static_cast<double>(ms.size()), ms[ms.size() * 95 / 100], ms.size());
  server.stop();
  t.join();
  std::error_code ec;
  fs::remove_all(work, ec);
}

}  // namespace

int main() {
  const fs::path fixture = fs::path(MARQUEE_SOURCE_DIR) / "tests/content/fixtures/schedule_bundle";
  const fs::path local = fs::temp_directory_path() / ("marquee-follow-local-" + marquee::sync::random_suffix());
  fs::create_directories(local);
  fs::copy_file(fixture / "event.json", local / "event.json");
  bench_case("fixture bundle (event.json)", local, read(fixture / "schedule.json"));
  fs::remove_all(local);
}
