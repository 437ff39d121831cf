#include "scripting/host/watchdog.hpp"

#include "scripting/host/budget.hpp"
#include "scripting/host/memory.hpp"

namespace marquee::scripting {

StepWatchdog::StepWatchdog(CpuBudget& budget, MemoryBudget& memory)
    : budget_(budget), memory_(memory), thread_([this](std::stop_token stop) { watch(stop); }) {}

StepWatchdog::~StepWatchdog() {
  thread_.request_stop();
  wake_.notify_all();
}

void StepWatchdog::arm() {
  std::lock_guard lock(mutex_);
  if (depth_++ > 0) return;
  budget_.watchdog_fired.store(false, std::memory_order_relaxed);
  memory_.refuse_all.store(false, std::memory_order_relaxed);
  deadline_ = std::chrono::steady_clock::now() + kWatchdogFactor * budget_.step_deadline;
  wake_.notify_all();
}

void StepWatchdog::disarm() {
  std::lock_guard lock(mutex_);
  if (depth_ > 0 && --depth_ == 0) memory_.refuse_all.store(false, std::memory_order_relaxed);
}

int StepWatchdog::fired_count() const {
  std::lock_guard lock(mutex_);
  return fired_;
}

void StepWatchdog::watch(std::stop_token stop) {
  std::unique_lock lock(mutex_);
  while (!stop.stop_requested()) {
    if (depth_ == 0) {
      wake_.wait(lock, stop, [this] { return depth_ > 0; });
      continue;
    }
    const auto deadline = deadline_;
    // Returns early when disarmed/re-armed (the deadline moves) or on stop.
    if (wake_.wait_until(lock, stop, deadline, [&] { return depth_ == 0 || deadline_ != deadline; }))
      continue;
    if (depth_ == 0 || budget_.watchdog_fired.load(std::memory_order_relaxed)) continue;
    budget_.watchdog_fired.store(true, std::memory_order_relaxed);
    memory_.refuse_all.store(true, std::memory_order_relaxed);
    ++fired_;
  }
}

}  // namespace marquee::scripting
