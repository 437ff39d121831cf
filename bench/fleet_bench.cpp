// fleet_bench [N...]: how fast one signed emergency reaches a whole fleet over MQTT.
//
// For each N (default 100 and 1000) it starts a mosquitto broker on a free loopback port and N
// simulated kiosks in this process — each the real fleet::FleetAgent (libmosquitto connection with
// its own network thread, last will, retained status, Ed25519 verification and replay checks) with
// a sink that applies the command at once — then an operator signs an emergency for
// marquee/all, publishes it, and times send -> last of the N acks. Repeated ROUNDS times:
// p50/p99/max of that fan-out. Also: the bytes of one status message (so the status traffic per
// kiosk at the 15 s interval), and the CPU the broker and this process used during the rounds.
// Today's path for the same emergency is the content poll: with a 60 s poll interval a kiosk sees
// it after 30 s on average and 60 s at worst (printed beside, for comparison).
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/clock.hpp"
#include "fleet/fleet_agent.hpp"
#include "fleet/operator_client.hpp"
#include "fleet/signed_command.hpp"
#include "mosquitto_broker.hpp"

using namespace marquee;
using namespace std::chrono_literals;

namespace {

struct ApplyAtOnce : fleet::CommandSink {
  std::atomic<int> applied{0};
  void deliver(const fleet::FleetCommand&, fleet::CommandDone done) override {
    applied.fetch_add(1);
    done({true, "emergency shown"});
  }
};

double process_cpu_s(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string field;
  for (int i = 0; i < 13 && stat >> field; ++i) {
  }
  long long utime = 0, stime = 0;
  stat >> utime >> stime;
  return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double self_cpu_s() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

fleet::KioskStatus typical_status(int i) {
  fleet::KioskStatus s;
  s.app_version = "0.1.0";
  s.content_version = "27";
  s.content_age_s = 1800;
  s.last_sync = "unchanged";
  s.screen = "attract";
  s.show = "night_of_digital_city.lua";
  s.lighting = "on";
  s.frame_p50_ms = 2.1;
  s.frame_p99_ms = 4.9;
  s.memory_kb = 47000 + i;
  s.uptime_s = 86400;
  return s;
}

// libmosquitto waits on its sockets with select(), which cannot watch descriptors above 1023, and
// each client holds three: so the simulated kiosks live in processes of kKiosksPerProcess each
// (a real kiosk has one connection in a process of its own).
constexpr int kKiosksPerProcess = 250;

// A child process running kiosks [first, last): reports on `ready` once all are connected ('1')
// or not within 30 s ('0'), then runs until its parent closes `hold`.
[[noreturn]] void kiosk_process(int first, int last, int port, const sync::PublicKey& key, int ready,
                                int hold) {
  core::SystemClock& clock = core::SystemClock::instance();
  ApplyAtOnce sink;
  std::vector<std::unique_ptr<fleet::FleetAgent>> kiosks;
  for (int i = first; i < last; ++i) {
    fleet::FleetAgentSettings s;
    s.mqtt.port = port;
    s.address = {"v" + std::to_string(i % 4), "k" + std::to_string(i), "", {}};
    s.trusted_keys = {key};
    auto agent = fleet::FleetAgent::start(std::move(s), clock, sink);
    if (!agent) {
      std::fprintf(stderr, "kiosk %d: %s\n", i, agent.error().message.c_str());
      ::_exit(1);
    }
    kiosks.push_back(std::move(*agent));
  }
  bool all = false;
  for (int t = 0; t < 3000 && !all; ++t) {
    all = std::all_of(kiosks.begin(), kiosks.end(), [](const auto& k) { return k->connected(); });
    if (!all) std::this_thread::sleep_for(10ms);
  }
  for (int i = first; i < last; ++i)
    kiosks[static_cast<std::size_t>(i - first)]->update_status(typical_status(i));
  const char c = all ? '1' : '0';
  (void)::write(ready, &c, 1);
  char buf;
  (void)::read(hold, &buf, 1);  // returns when the parent closes it
  kiosks.clear();
  ::_exit(0);
}

int run(int n, int rounds) {
  testing::MosquittoBroker broker("max_connections -1\n");
  const auto keys = sync::generate_key_pair();
  core::SystemClock& clock = core::SystemClock::instance();
  const auto connect_start = std::chrono::steady_clock::now();
  int ready[2], hold[2];
  if (::pipe(ready) != 0 || ::pipe(hold) != 0) return 1;
  std::vector<pid_t> children;
  std::fflush(stdout);  // a child must not inherit (and print again) what is buffered
  for (int first = 0; first < n; first += kKiosksPerProcess) {
    const pid_t pid = ::fork();
    if (pid == 0) {
      ::close(ready[0]);
      ::close(hold[1]);
      kiosk_process(first, std::min(n, first + kKiosksPerProcess), broker.port(), keys.public_key, ready[1],
                    hold[0]);
    }
    children.push_back(pid);
  }
  ::close(ready[1]);
  ::close(hold[0]);
  bool all_connected = true;
  for (std::size_t i = 0; i < children.size(); ++i) {
    char c = '0';
    if (::read(ready[0], &c, 1) != 1 || c != '1') all_connected = false;
  }
  const auto stop_children = [&] {
    ::close(hold[1]);
    for (const pid_t pid : children) ::waitpid(pid, nullptr, 0);
  };
  if (!all_connected) {
    std::fprintf(stderr, "not every kiosk connected within 30 s\n");
    stop_children();
    return 1;
  }
  const double connect_s =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - connect_start).count();

  fleet::MqttOptions o;
  o.port = broker.port();
  auto op = fleet::OperatorClient::connect(o, clock, core::Millis{5000});
  if (!op) {
    std::fprintf(stderr, "%s\n", op.error().message.c_str());
    return 1;
  }
  (*op)->settle(500ms, 10s);
  std::this_thread::sleep_for(500ms);  // subscriptions of the last kiosks reach the broker

  std::vector<double> fanout_ms;
  const auto kiosks_cpu = [&] {
    double sum = 0;
    for (const pid_t pid : children) sum += process_cpu_s(pid);
    return sum;
  };
  const double broker_cpu0 = process_cpu_s(broker.pid()), self_cpu0 = self_cpu_s(),
               kiosks_cpu0 = kiosks_cpu();
  const auto wall0 = std::chrono::steady_clock::now();
  int incomplete = 0;
  for (int r = 0; r < rounds; ++r) {
    fleet::FleetCommand c;
    c.sender = "ops";
    c.seq = (*op)->next_sequence();
    c.issued = clock.wall_now();
    c.expires = c.issued + 60s;
    c.target = "marquee/all";
    c.kind = fleet::CommandKind::EmergencyOn;
    c.text = {{"en", "Please leave the hall by the nearest exit"}, {"zh", "请从最近的出口离开展厅"}};
    const auto t0 = std::chrono::steady_clock::now();
    if (!(*op)->send(c, keys.secret_key)) return 1;
    const auto acks = (*op)->acks_for("ops", c.seq, static_cast<std::size_t>(n), core::Millis{10000});
    if (acks.size() < static_cast<std::size_t>(n)) {
      ++incomplete;
      continue;
    }
    // The last ack's arrival: acks_for returned as soon as the n-th arrived.
    fanout_ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    std::this_thread::sleep_for(200ms);
  }
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0).count();
  const double broker_cpu = process_cpu_s(broker.pid()) - broker_cpu0, self_cpu = self_cpu_s() - self_cpu0;
  const double kiosk_cpu = kiosks_cpu() - kiosks_cpu0;
  const std::size_t status_bytes =
      fleet::to_json(typical_status(0)).size() + std::string("marquee/v0/k0/status").size() + 4;
  std::printf("N=%d kiosks: connected in %.2f s; %d rounds, %d incomplete\n", n, connect_s, rounds,
              incomplete);
  if (!fanout_ms.empty()) {
    std::printf("  emergency fan-out, send -> last ack: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(fanout_ms, 50), percentile(fanout_ms, 99),
                *std::max_element(fanout_ms.begin(), fanout_ms.end()));
  }
  std::printf("  today's path (content poll every 60 s): mean 30000 ms, worst 60000 ms\n");
  std::printf(
      "  status: %zu bytes a message -> %.1f bytes/s per kiosk at the 15 s interval (%.1f kB/s for the "
      "fleet)\n",
      status_bytes, static_cast<double>(status_bytes) / 15.0,
      static_cast<double>(status_bytes) * n / 15.0 / 1000.0);
  std::printf(
      "  CPU during the rounds (%.1f s): broker %.2f s (%.1f%% of a core), %d kiosk agents %.2f s "
      "(%.3f ms per kiosk per command), operator %.2f s\n",
      wall_s, broker_cpu, 100.0 * broker_cpu / wall_s, n, kiosk_cpu,
      1000.0 * kiosk_cpu / n / std::max(1, rounds - incomplete), self_cpu);
  stop_children();
  return incomplete == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  testing::raise_file_limit();
  std::vector<int> sizes;
  for (int i = 1; i < argc; ++i) sizes.push_back(std::atoi(argv[i]));
  if (sizes.empty()) sizes = {100, 1000};
  int rc = 0;
  for (const int n : sizes) rc |= run(n, n >= 1000 ? 20 : 50);
  return rc;
}
