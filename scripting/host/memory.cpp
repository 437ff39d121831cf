#include "scripting/host/memory.hpp"

#include <algorithm>
#include <cstdlib>

namespace marquee::scripting {

void* capped_alloc(void* ud, void* ptr, std::size_t old_size, std::size_t new_size) {
  auto* budget = static_cast<MemoryBudget*>(ud);
  const std::size_t old = ptr != nullptr ? old_size : 0;  // for new blocks old_size is a type tag
  if (new_size == 0) {
    budget->used -= old;
    std::free(ptr);
    return nullptr;
  }
  const bool over =
      budget->used - old + new_size > budget->limit || budget->refuse_all.load(std::memory_order_relaxed);
  if (budget->enforce && new_size > old && over) {
    ++budget->refused;
    return nullptr;  // Lua raises "not enough memory" in the running script
  }
  void* out = std::realloc(ptr, new_size);
  if (out == nullptr) return nullptr;
  budget->used = budget->used - old + new_size;
  budget->peak = std::max(budget->peak, budget->used);
  return out;
}

}  // namespace marquee::scripting
