// Cue control: wait, wait_until, cue, start, stop, spawn, running (+ every, parallel, start_at in
// the prelude). Cues are coroutines; waiting sets the wake time and yields to the scheduler.
#include "scripting/bind/bind_util.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

int yield_until(lua_State* L, Cue& cue, core::WallTime when) {
  cue.wake = std::max(when, cue.logical);
  return lua_yield(L, 0);
}

int w_wait(lua_State* L) {
  const double seconds = luaL_checknumber(L, 1);
  luaL_argcheck(L, seconds >= 0 && std::isfinite(seconds), 1, "seconds must be a non-negative number");
  Cue& cue = calling_cue(L, "wait");
  return yield_until(L, cue, cue.logical + core::Millis{std::llround(seconds * 1000.0)});
}

int w_wait_until(lua_State* L) {
  const core::WallTime when = check_instant(L, 1, "wait_until");
  Cue& cue = calling_cue(L, "wait_until");
  if (when <= cue.logical) return 0;  // already past: carry on without yielding
  cue.clock_wait = true;               // a clock-time start: staff can Shift it
  return yield_until(L, cue, when);
}

int w_cue(lua_State* L) {
  const char* name = luaL_checkstring(L, 1);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  const std::uint32_t script = calling_script(L, "cue");
  lua_pushvalue(L, 2);
  host_context(L).scheduler().define(script, name, luaL_ref(L, LUA_REGISTRYINDEX));
  return 0;
}

// A spawn loop would fill memory with coroutines and make every tick longer: cap live cues.
void check_cue_limit(lua_State* L, ScriptHost& host, const char* fn) {
  if (host.scheduler().live_count() >= host.options().max_live_cues) {
    luaL_error(L, "%s: %d cues are already running (the limit for a show)", fn,
               static_cast<int>(host.options().max_live_cues));
  }
}

int w_start(lua_State* L) {
  const std::string name = luaL_checkstring(L, 1);
  ScriptHost& host = host_context(L);
  const std::uint32_t script = calling_script(L, "start");
  const int fn = host.scheduler().definition(script, name);
  if (fn == LUA_NOREF)
    return luaL_error(L, "start: no cue named '%s' (define it with cue(\"%s\", function() ... end))",
                      name.c_str(), name.c_str());
  host.scheduler().stop(name, script);
  check_cue_limit(L, host, "start");
  lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
  host.scheduler().spawn(L, -1, name, script, host.now());
  lua_pop(L, 1);
  host.record("start " + name);
  return 0;
}

int w_stop(lua_State* L) {
  const std::string name = luaL_checkstring(L, 1);
  ScriptHost& host = host_context(L);
  lua_pushboolean(L, host.scheduler().stop(name, calling_script(L, "stop")) > 0);
  host.record("stop " + name);
  return 1;
}

int w_spawn(lua_State* L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  const char* name = luaL_optstring(L, 2, "");
  ScriptHost& host = host_context(L);
  check_cue_limit(L, host, "spawn");
  Cue& cue = host.scheduler().spawn(L, 1, name, calling_script(L, "spawn"), host.now());
  lua_pushstring(L, cue.name.c_str());
  return 1;
}

int w_running(lua_State* L) {
  lua_pushboolean(L, host_context(L).scheduler().running(luaL_checkstring(L, 1)));
  return 1;
}

constexpr luaL_Reg kCueApi[] = {{"wait", guarded<w_wait>},       {"wait_until", guarded<w_wait_until>},
                                {"cue", guarded<w_cue>},         {"start", guarded<w_start>},
                                {"stop", guarded<w_stop>},       {"spawn", guarded<w_spawn>},
                                {"running", guarded<w_running>}, {nullptr, nullptr}};

// Trusted Lua, run once with the API table as _ENV before it is frozen; runs inside cues later,
// so the budget hook applies to it like to any script code.
constexpr const char kPrelude[] = R"lua(
function every(interval, fn, name)
  assert(type(interval) == "number" and interval > 0, "every: interval must be a positive number")
  assert(type(fn) == "function", "every: expects a function")
  return spawn(function()
    local next_time = now()
    while true do
      fn()
      next_time = next_time + interval
      wait_until(next_time)
    end
  end, name)
end

function parallel(...)
  local names = {}
  for i, fn in ipairs({...}) do names[i] = spawn(fn) end
  repeat
    wait(0)
    local busy = false
    for _, n in ipairs(names) do busy = busy or running(n) end
  until not busy
end

function start_at(when, name)
  return spawn(function() wait_until(when) start(name) end, "start_at:" .. name)
end
)lua";

}  // namespace

void open_cue_api(lua_State* L) {
  luaL_setfuncs(L, kCueApi, 0);
}

void run_prelude(lua_State* L, int api_index) {
  if (luaL_loadbufferx(L, kPrelude, sizeof kPrelude - 1, "=prelude", "t") != LUA_OK) lua_error(L);
  lua_pushvalue(L, api_index);
  lua_setupvalue(L, -2, 1);
  lua_call(L, 0, 0);
}

}  // namespace marquee::scripting
