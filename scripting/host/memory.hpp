#pragma once
// The Lua allocator with a cap: scripts cannot take more than `limit` bytes. The cap is enforced
// while script code runs; host bookkeeping between steps is never refused (an allocation failure
// there would be outside any protected call).
#include <atomic>
#include <cstddef>

namespace marquee::scripting {

struct MemoryBudget {
  std::size_t limit = 64u << 20;
  std::size_t used = 0;
  std::size_t peak = 0;
  bool enforce = false;
  std::size_t refused = 0;  // allocations denied so far
  // Set by the StepWatchdog when a step overran: every growing allocation fails until it ends.
  std::atomic<bool> refuse_all{false};
};

// lua_Alloc with ud = MemoryBudget*.
void* capped_alloc(void* ud, void* ptr, std::size_t old_size, std::size_t new_size);

}  // namespace marquee::scripting
