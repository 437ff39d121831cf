#pragma once
// CPU budget for one cue step: an instruction-count hook plus a wall-clock deadline. Once a step
// is over budget the hook re-arms itself to fire on every instruction and keeps raising, so a
// pcall inside the script cannot swallow the limit (the cue is discarded when its step ends).
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

struct lua_State;  // Lua stays out of public headers

namespace marquee::scripting {

struct CpuBudget {
  std::chrono::milliseconds step_deadline{50};
  std::uint64_t step_instructions = 200'000'000;

  // Per step:
  std::chrono::steady_clock::time_point deadline{};
  std::chrono::steady_clock::time_point started{};
  std::uint64_t instructions = 0;
  bool exceeded = false;
  std::string reason;
  std::string where;  // "file:line" where the budget first stopped code in this step
  // Memory refusals counted before this step, and where the step was when the hook first saw a
  // new one (Lua's out-of-memory error carries no position; the hook runs every 1000 instructions).
  std::size_t refused_at_start = 0;
  std::string memory_near;
  // Set by the StepWatchdog thread when a step runs past 10x step_deadline.
  std::atomic<bool> watchdog_fired{false};

  void begin_step();
};

// How many VM instructions between two hook calls in normal operation.
inline constexpr int kHookInterval = 1000;

// Installs the budget hook on a thread (every cue and every coroutine a script creates).
void install_budget_hook(lua_State* co);

}  // namespace marquee::scripting
