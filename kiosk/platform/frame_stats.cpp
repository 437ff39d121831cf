#include "platform/frame_stats.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

#include "core/read_file.hpp"

namespace marquee::platform {

double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double process_uptime_ms() {
  // Field 22 of /proc/self/stat is the start time in clock ticks since boot.
  const std::string content = core::read_file("/proc/self/stat").text;
  const auto close = content.rfind(')');
  if (close == std::string::npos) return 0;
  std::istringstream rest(content.substr(close + 2));
  std::string field;
  for (int i = 3; i <= 22 && rest >> field; ++i) {
  }
  const double start_s = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
  timespec ts{};
  clock_gettime(CLOCK_BOOTTIME, &ts);
  const double now_s = static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  return (now_s - start_s) * 1e3;
}

double peak_rss_mb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  }
  return 0;
}

long long resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stoll(line.substr(6));
  }
  return 0;
}

FrameStats::Recent FrameStats::recent(std::size_t n) const {
  n = std::min(n, samples_.size());
  if (n == 0) return {};
  // The newest n samples: the tail of the vector until it is full, then the ring before next_.
  std::vector<double> window;
  window.reserve(n);
  const std::size_t size = samples_.size();
  const std::size_t end = size < kMaxSamples ? size : next_ % kMaxSamples;
  for (std::size_t i = 0; i < n; ++i) window.push_back(samples_[(end + size - n + i) % size]);
  const auto at = [&](double p) {
    const auto k = static_cast<std::size_t>(std::lround(p / 100.0 * static_cast<double>(n - 1)));
    std::nth_element(window.begin(), window.begin() + static_cast<std::ptrdiff_t>(k), window.end());
    return window[k];
  };
  Recent r;
  r.p50_ms = at(50);
  r.p99_ms = at(99);
  return r;
}

double FrameStats::percentile(double p) const {
  if (samples_.empty()) return 0;
  std::vector<double> sorted = samples_;
  std::sort(sorted.begin(), sorted.end());
  const double rank = p / 100.0 * static_cast<double>(sorted.size() - 1);
  return sorted[static_cast<std::size_t>(std::lround(rank))];
}

double FrameStats::max() const {
  return samples_.empty() ? 0 : *std::max_element(samples_.begin(), samples_.end());
}

std::string FrameStats::to_json() const {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "{\"frames\":%zu,\"p50_ms\":%.3f,\"p99_ms\":%.3f,\"max_ms\":%.3f,\"first_frame_ms\":%.1f,"
                "\"peak_rss_mb\":%.1f}",
                total_, percentile(50), percentile(99), max(), first_frame_ms_, peak_rss_mb());
  return buf;
}

}  // namespace marquee::platform
