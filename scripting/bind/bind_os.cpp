// os: only time, date and clock, on the show clock (so a simulated show sees simulated time).
#include "scripting/bind/bind_util.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

int w_os_time(lua_State* L) {
  if (lua_isnoneornil(L, 1)) {
    lua_pushinteger(L, static_cast<lua_Integer>(std::floor(to_lua_time(host_context(L).now()))));
    return 1;
  }
  lua_pushvalue(L, lua_upvalueindex(1));  // the real os.time for a date table
  lua_pushvalue(L, 1);
  lua_call(L, 1, 1);
  return 1;
}

int w_os_date(lua_State* L) {
  const char* format = luaL_optstring(L, 1, "%c");
  const lua_Integer t = lua_isnoneornil(L, 2) ? static_cast<lua_Integer>(to_lua_time(host_context(L).now()))
                                              : luaL_checkinteger(L, 2);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushstring(L, format);
  lua_pushinteger(L, t);
  lua_call(L, 2, 1);
  return 1;
}

int w_os_clock(lua_State* L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_call(L, 0, 1);
  return 1;
}

void wrap(lua_State* L, int lib, const char* name, lua_CFunction fn) {
  lua_getfield(L, lib, name);
  lua_pushcclosure(L, fn, 1);
  lua_setfield(L, -2, name);
}

}  // namespace

void open_os_api(lua_State* L, int lib) {
  wrap(L, lib, "time", guarded<w_os_time>);
  wrap(L, lib, "date", guarded<w_os_date>);
  wrap(L, lib, "clock", guarded<w_os_clock>);
}

}  // namespace marquee::scripting
