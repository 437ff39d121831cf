// coroutine.create / coroutine.wrap: every coroutine a script makes gets the budget hook (hooks
// are per thread in Lua 5.4), so a coroutine cannot be used to run outside the limits.
#include "scripting/bind/bind_util.hpp"
#include "scripting/host/budget.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

lua_State* new_hooked_thread(lua_State* L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_State* co = lua_newthread(L);
  install_budget_hook(co);
  lua_pushvalue(L, 1);
  lua_xmove(L, co, 1);
  return co;
}

int w_coroutine_create(lua_State* L) {
  new_hooked_thread(L);
  return 1;
}

int w_wrapped_resume(lua_State* L) {
  lua_State* co = lua_tothread(L, lua_upvalueindex(1));
  const int nargs = lua_gettop(L);
  if (!lua_checkstack(co, nargs + LUA_MINSTACK)) return luaL_error(L, "too many arguments to resume");
  lua_xmove(L, co, nargs);
  int nres = 0;
  const int status = lua_resume(co, L, nargs, &nres);
  if (status == LUA_OK || status == LUA_YIELD) {
    if (!lua_checkstack(L, nres + 1)) return luaL_error(L, "too many results to resume");
    lua_xmove(co, L, nres);
    return nres;
  }
  lua_xmove(co, L, 1);  // the error object
  return lua_error(L);
}

int w_coroutine_wrap(lua_State* L) {
  new_hooked_thread(L);
  lua_pushcclosure(L, guarded<w_wrapped_resume>, 1);
  return 1;
}

}  // namespace

void open_coroutine_api(lua_State* L, int /*lib*/) {
  lua_pushcfunction(L, guarded<w_coroutine_create>);
  lua_setfield(L, -2, "create");
  lua_pushcfunction(L, guarded<w_coroutine_wrap>);
  lua_setfield(L, -2, "wrap");
}

}  // namespace marquee::scripting
