#pragma once
// A second line behind the instruction hook. The hook runs only between VM instructions, so a C
// function that runs long (or a hook that never fires) would hold the show thread. The watchdog
// thread watches each step from outside: a step still running at 10x its time budget is flagged,
// after which the hook raises at its next call and the allocator refuses every allocation the
// script makes, which also ends C functions that build strings or tables.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace marquee::scripting {

struct CpuBudget;
struct MemoryBudget;

inline constexpr int kWatchdogFactor = 10;

class StepWatchdog {
 public:
  StepWatchdog(CpuBudget& budget, MemoryBudget& memory);
  ~StepWatchdog();
  StepWatchdog(const StepWatchdog&) = delete;
  StepWatchdog& operator=(const StepWatchdog&) = delete;

  // Around one step (nested steps keep the outer deadline). Clears the flags for a new step.
  void arm();
  void disarm();
  int fired_count() const;

 private:
  void watch(std::stop_token stop);

  CpuBudget& budget_;
  MemoryBudget& memory_;
  mutable std::mutex mutex_;
  std::condition_variable_any wake_;
  int depth_ = 0;
  std::chrono::steady_clock::time_point deadline_{};
  int fired_ = 0;
  std::uint64_t arming_ = 0;  // counts arm() calls, so the watcher tells one step from the next
  bool fired_this_arming_ = false;
  std::jthread thread_;  // last: starts after the fields it reads exist
};

}  // namespace marquee::scripting
