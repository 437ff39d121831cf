// Lighting output under load: 64 universes at 44 Hz for 10 s (sACN unicast to 127.0.0.1), a show
// thread publishing a new frame every tick (so every universe changes every tick: the worst
// case, no keep-alive savings) and a receiver thread timestamping every packet.
// Prints per-universe achieved rate, inter-frame interval p50/p99/max and the output thread's
// CPU time (mapping + encoding + sendmmsg). Usage: lighting_output_bench [seconds] [universes]
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "lighting/e131_packets.hpp"
#include "lighting/output_thread.hpp"

using namespace marquee;
using Clock = std::chrono::steady_clock;

namespace {

int open_receiver(std::uint16_t& port) {
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  port = ntohs(a.sin_port);
  const int big = 16 << 20;
  ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &big, sizeof big);
  return fd;
}

// 64 universes x 170 RGB fixtures (510 slots each).
lighting::Patch make_patch(int universes, std::uint16_t port) {
  std::string text = "[source]\nname = \"bench\"\n[timing]\nartnet_bind_port = 0\nfailsafe_hold_s = 600.0\n";
  for (int u = 1; u <= universes; ++u) {
    text += "[[fixtures]]\nname = \"px." + std::to_string(u) +
            ".{n}\"\ncount = 170\ntype = \"rgb\"\nuniverse = " + std::to_string(u) + "\naddress = 1\n";
  }
  text +=
      "[[outputs]]\nprotocol = \"sacn\"\ndestination = \"127.0.0.1\"\nport = " + std::to_string(port) + "\n";
  auto p = lighting::parse_patch(text, "bench.toml");
  if (!p) {
    std::fprintf(stderr, "%s\n", p.error().message.c_str());
    std::exit(1);
  }
  return std::move(p).value();
}

double percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

double thread_cpu_seconds() {
  rusage r{};
  getrusage(RUSAGE_THREAD, &r);
  return static_cast<double>(r.ru_utime.tv_sec + r.ru_stime.tv_sec) +
         (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
  const int universes = argc > 2 ? std::atoi(argv[2]) : 64;
  std::uint16_t port = 0;
  const int fd = open_receiver(port);
  const lighting::Patch patch = make_patch(universes, port);
  const std::size_t fixtures = patch.fixtures.size();

  std::map<std::uint16_t, std::vector<Clock::time_point>> arrivals;
  std::atomic<bool> done{false};
  std::thread receiver([&] {
    std::vector<std::uint8_t> buf(2048);
    while (!done.load()) {
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 100) <= 0) continue;
      const ssize_t n = ::recv(fd, buf.data(), buf.size(), 0);
      const auto at = Clock::now();
      if (n <= 0) continue;
      auto d = lighting::e131::parse_data({buf.data(), static_cast<std::size_t>(n)});
      if (d && !(d->options & lighting::e131::kOptionTerminated)) arrivals[d->universe].push_back(at);
    }
  });

  auto out = lighting::OutputThread::start(patch, {"127.0.0.1", 0});
  if (!out) {
    std::fprintf(stderr, "%s\n", out.error().message.c_str());
    return 1;
  }
  double show_cpu = 0;
  std::thread show([&] {  // a moving rainbow: every fixture changes every frame
    const auto start = Clock::now();
    auto next = start;
    for (std::uint64_t serial = 1; Clock::now() - start < std::chrono::duration<double>(seconds); ++serial) {
      auto f = std::make_shared<show::FixtureFrame>();
      f->fixtures.resize(fixtures);
      for (std::size_t i = 0; i < fixtures; ++i) {
        const float phase = static_cast<float>((serial + i) % 256) / 255.0f;
        f->fixtures[i].set(show::Attribute::Intensity, 1.0f);
        f->fixtures[i].set(show::Attribute::Red, phase);
        f->fixtures[i].set(show::Attribute::Green, 1.0f - phase);
        f->fixtures[i].set(show::Attribute::Blue, 0.5f);
      }
      f->serial = serial;
      (*out)->submit(std::move(f));
      next += std::chrono::microseconds(22727);
      std::this_thread::sleep_until(next);
    }
    show_cpu = thread_cpu_seconds();
  });
  show.join();
  const lighting::OutputStats stats = (*out)->stats();
  (*out)->stop();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  done = true;
  receiver.join();
  ::close(fd);

  std::vector<double> intervals, rates;
  for (const auto& [u, times] : arrivals) {
    for (std::size_t i = 1; i < times.size(); ++i)
      intervals.push_back(std::chrono::duration<double, std::milli>(times[i] - times[i - 1]).count());
    if (times.size() > 1)
      rates.push_back(static_cast<double>(times.size() - 1) /
                      std::chrono::duration<double>(times.back() - times.front()).count());
  }
  const double cpu = std::chrono::duration<double>(stats.cpu_time).count();
  std::printf(
      "lighting output: %d universes x 170 RGB fixtures, nominal 44 Hz (22.73 ms), %.1f s, sACN unicast "
      "127.0.0.1\n",
      universes, seconds);
  std::printf("universes received: %zu of %d\n", arrivals.size(), universes);
  std::printf("rate per universe (Hz): min %.2f  mean %.2f  max %.2f\n", rates.empty() ? 0 : *std::min_element(rates.begin(), rates.end()),
              rates.empty() ? 0 : [&] { double s = 0; for (double r : rates) s += r; return s / static_cast<double>(rates.size()); }(),
              rates.empty() ? 0 : *std::max_element(rates.begin(), rates.end()));
  std::printf("inter-frame interval (ms): p50 %.2f  p99 %.2f  max %.2f  (%zu intervals)\n",
              percentile(intervals, 0.5), percentile(intervals, 0.99),
              intervals.empty() ? 0 : *std::max_element(intervals.begin(), intervals.end()),
              intervals.size());
  std::printf(
      "output thread CPU: %.3f s = %.2f %% of one core (ticks %llu, packets %llu, late ticks %llu, send "
      "errors %llu)\n",
      cpu, 100.0 * cpu / seconds, static_cast<unsigned long long>(stats.ticks),
      static_cast<unsigned long long>(stats.packets_sent), static_cast<unsigned long long>(stats.late_ticks),
      static_cast<unsigned long long>(stats.send_errors));
  std::printf("show (frame generator) thread CPU: %.3f s = %.2f %% of one core\n", show_cpu,
              100.0 * show_cpu / seconds);
  return 0;
}
