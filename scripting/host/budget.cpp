#include "scripting/host/budget.hpp"

#include "scripting/host/guard.hpp"
#include "scripting/host/lua.hpp"
#include "scripting/host/script_host.hpp"
#include "scripting/host/watchdog.hpp"

namespace marquee::scripting {
namespace {

void budget_hook(lua_State* L, lua_Debug* ar);

}  // namespace

void install_budget_hook(lua_State* co) {
  lua_sethook(co, budget_hook, LUA_MASKCOUNT, kHookInterval);
}

namespace {

std::string position(lua_State* L, lua_Debug* ar) {
  lua_getinfo(L, "Sl", ar);
  return std::string(ar->short_src) + ":" + std::to_string(ar->currentline);
}

void budget_hook(lua_State* L, lua_Debug* ar) {
  ScriptHost& host = host_context(L);
  CpuBudget& b = host.budget();
  if (b.memory_near.empty() && host.memory().refused > b.refused_at_start) b.memory_near = position(L, ar);
  if (!b.exceeded) {
    b.instructions += kHookInterval;
    const auto now = std::chrono::steady_clock::now();
    if (b.watchdog_fired.load(std::memory_order_relaxed)) {
      b.exceeded = true;
      b.reason = "stopped by the watchdog: the step ran over " + std::to_string(kWatchdogFactor) + "x its " +
                 std::to_string(b.step_deadline.count()) + " ms budget";
    } else if (b.instructions > b.step_instructions) {
      b.exceeded = true;
      b.reason = "instruction budget exceeded (" + std::to_string(b.step_instructions) + " per step)";
    } else if (now > b.deadline) {
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - b.started).count();
      b.exceeded = true;
      b.reason = "time budget exceeded (ran " + std::to_string(ms) + " ms, limit " +
                 std::to_string(b.step_deadline.count()) + " ms per step)";
    } else {
      // A coroutine that outlived a killed step may still be armed per instruction: calm it down.
      if (lua_gethookcount(L) != kHookInterval) install_budget_hook(L);
      return;
    }
  }
  // Over budget: fire on every instruction from now on, on this thread, until the cue is gone.
  lua_sethook(L, budget_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1);
  lua_getinfo(L, "Sl", ar);
  if (b.where.empty()) b.where = std::string(ar->short_src) + ":" + std::to_string(ar->currentline);
  lua_pushfstring(L, "%s:%d: %s", ar->short_src, ar->currentline, b.reason.c_str());
  lua_error(L);
}

}  // namespace

void CpuBudget::begin_step() {
  started = std::chrono::steady_clock::now();
  deadline = started + step_deadline;
  instructions = 0;
  exceeded = false;
  reason.clear();
  where.clear();
  memory_near.clear();
}

}  // namespace marquee::scripting
