#include "platform/frame_stats.hpp"
#include "core/read_file.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

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
