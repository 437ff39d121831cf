#pragma once
// Per-frame CPU time (thread CPU, so a busy machine does not inflate it) and process figures
// for `marquee run --stats`.
#include <string>
#include <vector>

namespace marquee::platform {

double thread_cpu_ms();      // CPU time of the calling thread so far
double process_uptime_ms();  // since the process started (from /proc/self/stat)
double peak_rss_mb();        // VmHWM
long long resident_kb();     // VmRSS: resident memory now

class FrameStats {
 public:
  // Keeps the most recent kMaxSamples frames (about an hour at 60 Hz), so a kiosk that runs for
  // weeks does not grow.
  static constexpr std::size_t kMaxSamples = 200000;
  void add(double frame_cpu_ms) {
    if (samples_.size() < kMaxSamples) {
      samples_.push_back(frame_cpu_ms);
    } else {
      samples_[next_++ % kMaxSamples] = frame_cpu_ms;
    }
    ++total_;
  }
  void set_first_frame_ms(double ms) { first_frame_ms_ = ms; }
  std::size_t count() const { return total_; }
  double percentile(double p) const;  // p in [0, 100]; sorts every sample: for reports, not per frame
  // p50 and p99 of the newest n frames (a status period), in O(n): cheap enough to ask often.
  struct Recent {
    double p50_ms = 0, p99_ms = 0;
  };
  Recent recent(std::size_t n) const;
  double max() const;
  // {"frames":N,"p50_ms":..,"p99_ms":..,"max_ms":..,"first_frame_ms":..,"peak_rss_mb":..}
  std::string to_json() const;

 private:
  std::vector<double> samples_;
  std::size_t next_ = 0;
  std::size_t total_ = 0;
  double first_frame_ms_ = 0;
};

}  // namespace marquee::platform
