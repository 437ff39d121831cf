#pragma once
// Small helpers shared by the bindings: show time <-> Lua numbers, argument readers.
#include <cmath>
#include <string>

#include "core/clock.hpp"
#include "scripting/host/guard.hpp"
#include "scripting/host/script_host.hpp"
#include "show/venue_time.hpp"

namespace marquee::scripting {

// Show instants are Lua numbers: seconds since the Unix epoch (UTC), millisecond precision.
inline double to_lua_time(core::WallTime t) {
  return static_cast<double>(t.time_since_epoch().count()) / 1000.0;
}
inline core::WallTime from_lua_time(double seconds) {
  return core::WallTime{core::Millis{std::llround(seconds * 1000.0)}};
}

// The cue whose coroutine is calling; raises if called from a script-made coroutine or on_tick.
inline Cue& calling_cue(lua_State* L, const char* fn) {
  Cue* cue = host_context(L).scheduler().current();
  if (cue == nullptr || cue->thread != L) {
    luaL_error(L, "%s: must be called from a cue, not from inside a coroutine", fn);
  }
  return *cue;
}

// The script of the running cue (also valid inside coroutines the cue created).
inline std::uint32_t calling_script(lua_State* L, const char* fn) {
  Cue* cue = host_context(L).scheduler().current();
  if (cue == nullptr) luaL_error(L, "%s: no cue is running", fn);
  return cue->script;
}

// An instant argument: a number (show time, e.g. sunset + minutes(15)) or "HH:MM[:SS]" venue-local,
// meaning its next occurrence at or after now.
inline core::WallTime check_instant(lua_State* L, int arg, const char* fn) {
  ScriptHost& host = host_context(L);
  if (lua_type(L, arg) == LUA_TSTRING) {
    const auto t = show::parse_clock_time(lua_tostring(L, arg));
    if (!t) luaL_error(L, "%s: %s", fn, t.error().message.c_str());
    return show::next_local_occurrence(host.time_zone(), *t, host.now());
  }
  return from_lua_time(luaL_checknumber(L, arg));
}

inline void raise_if_error(lua_State* L, const core::Status& st, const char* fn) {
  if (!st.ok()) luaL_error(L, "%s: %s", fn, st.error().message.c_str());
}

}  // namespace marquee::scripting
