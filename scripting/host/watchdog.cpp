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
  ++arming_;
  fired_this_arming_ = false;
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
    // Sleep until a step is armed that has not been flagged yet (never spin on a flagged one).
    if (!wake_.wait(lock, stop, [this] { return depth_ > 0 && !fired_this_arming_; })) break;
    const auto deadline = deadline_;
    const auto arming = arming_;
    // True when the step ended or another began before the deadline; false on timeout or stop.
    if (wake_.wait_until(lock, stop, deadline, [&] { return depth_ == 0 || arming_ != arming; })) continue;
    if (stop.stop_requested()) break;
    budget_.watchdog_fired.store(true, std::memory_order_relaxed);
    memory_.refuse_all.store(true, std::memory_order_relaxed);
    fired_this_arming_ = true;
    ++fired_;
  }
}

}  // namespace marquee::scripting
