#pragma once
// Glue every binding uses: reaching the host from a lua_State, keeping C++ exceptions out of Lua,
// and checking that each entry point leaves the Lua stack balanced.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>

#include "scripting/host/lua.hpp"

namespace marquee::scripting {

class ScriptHost;

// The host is stored in the state's extra space, which every thread inherits.
inline ScriptHost& host_context(lua_State* L) {
  return **static_cast<ScriptHost**>(lua_getextraspace(L));
}

// Wraps a binding `int fn(lua_State*)`: a C++ exception becomes a Lua error raised after the
// catch block is left; Lua errors (which are C++ exceptions of Lua's own type in lua5.4-c++) pass
// through untouched. On return the results must be on top and nothing may have been left behind
// beyond the arguments (a binding may consume its arguments, never leak extra values).
template <int (*Fn)(lua_State*)>
int guarded(lua_State* L) {
  const int base = lua_gettop(L);
  std::string failure;
  int results = 0;
  try {
    results = Fn(L);
  } catch (const std::exception& e) {
    failure = e.what();
  }
  if (!failure.empty()) return luaL_error(L, "internal error: %s", failure.c_str());
  if (lua_gettop(L) < results || lua_gettop(L) - results > base) {
    std::fprintf(stderr, "Lua stack unbalanced in binding: entry %d, exit %d, results %d\n", base,
                 lua_gettop(L), results);
    std::abort();
  }
  return results;
}

}  // namespace marquee::scripting
