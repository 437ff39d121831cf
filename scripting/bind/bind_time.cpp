// Time: now(), minutes(), hours(), at("20:00:00"), local_time(t), sun_times(date).
// Instants are numbers (seconds since the epoch) so `sunset + minutes(15)` is plain arithmetic.

#include "core/time_zone.hpp"
#include "scripting/bind/bind_util.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

int w_now(lua_State* L) {
  lua_pushnumber(L, to_lua_time(host_context(L).now()));
  return 1;
}

int w_minutes(lua_State* L) {
  lua_pushnumber(L, luaL_checknumber(L, 1) * 60.0);
  return 1;
}

int w_hours(lua_State* L) {
  lua_pushnumber(L, luaL_checknumber(L, 1) * 3600.0);
  return 1;
}

int w_at(lua_State* L) {
  luaL_checktype(L, 1, LUA_TSTRING);
  lua_pushnumber(L, to_lua_time(check_instant(L, 1, "at")));
  return 1;
}

int w_local_time(lua_State* L) {
  ScriptHost& host = host_context(L);
  const auto t =
      host.time_zone().to_local(lua_isnoneornil(L, 1) ? host.now() : from_lua_time(luaL_checknumber(L, 1)));
  lua_pushstring(L, core::format_clock(t).c_str());
  return 1;
}

constexpr luaL_Reg kTimeApi[] = {
    {"now", guarded<w_now>}, {"minutes", guarded<w_minutes>},       {"hours", guarded<w_hours>},
    {"at", guarded<w_at>},   {"local_time", guarded<w_local_time>}, {nullptr, nullptr}};

}  // namespace

void open_time_api(lua_State* L) {
  luaL_setfuncs(L, kTimeApi, 0);
}

}  // namespace marquee::scripting
