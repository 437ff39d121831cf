#include "scripting/host/sandbox.hpp"

#include <cstring>
#include <string_view>

#include "scripting/host/guard.hpp"
#include "scripting/host/script_host.hpp"
#include "show/venue_time.hpp"

namespace marquee::scripting {
namespace {

// Allow-lists (Redis style): exactly these names reach scripts. Functions not listed here, e.g.
// dofile, loadfile, string.dump, os.execute, io, debug, package, are simply never copied.
constexpr const char* kBaseFunctions[] = {
    "assert", "error",  "getmetatable", "ipairs",   "next",     "pairs", "pcall",  "rawequal",
    "rawget", "rawlen", "select",       "tonumber", "tostring", "type",  "xpcall", "_VERSION"};
constexpr const char* kStringFunctions[] = {"byte",  "char",    "len", "lower",
                                            "upper", "reverse", "sub", "format"};
constexpr const char* kTableFunctions[] = {"insert", "remove", "move", "pack", "unpack"};
constexpr const char* kMathFunctions[] = {
    "abs",  "acos",   "asin",       "atan", "ceil",       "cos", "deg",        "exp",  "floor",
    "fmod", "huge",   "log",        "max",  "maxinteger", "min", "mininteger", "modf", "pi",
    "rad",  "random", "randomseed", "sin",  "sqrt",       "tan", "tointeger",  "type", "ult"};
constexpr const char* kUtf8Functions[] = {"char", "charpattern", "codes", "codepoint", "len", "offset"};
constexpr const char* kCoroutineFunctions[] = {"resume",      "yield",   "status",
                                               "isyieldable", "running", "close"};
// Replaced by guarded versions: setmetatable (no __gc), rawset (not on API tables), collectgarbage
// ("count" only), print (to the log), load (text only, script env), require (scripting/lib only),
// string.rep/find/match/gmatch/gsub (size and cost caps), table.concat/move/sort (size caps),
// coroutine.create/wrap (budget hook on every coroutine), os.time/date/clock (show clock).

constexpr const char* kFrozenKey = "marquee.frozen";
constexpr const char* kApiKey = "marquee.api";

void copy_fields(lua_State* L, int from, const char* const* names, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    lua_getfield(L, from, names[i]);
    lua_setfield(L, -2, names[i]);
  }
}

template <std::size_t N>
void copy_fields(lua_State* L, int from, const char* const (&names)[N]) {
  copy_fields(L, from, names, N);
}

int w_readonly_newindex(lua_State* L) {
  const char* key = lua_isstring(L, 2) ? lua_tostring(L, 2) : "?";
  return luaL_error(L, "cannot set '%s': API tables are read-only", key);
}

int w_frozen_next(lua_State* L) {  // pairs() over a proxy walks the hidden table
  lua_settop(L, 2);
  if (lua_next(L, lua_upvalueindex(1)) == 0) return 0;
  return 2;
}

int w_frozen_pairs(lua_State* L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushcclosure(L, guarded<w_frozen_next>, 1);
  return 1;
}

bool is_frozen(lua_State* L, int index) {
  index = lua_absindex(L, index);
  lua_getfield(L, LUA_REGISTRYINDEX, kFrozenKey);
  lua_pushvalue(L, index);
  const bool frozen = lua_rawget(L, -2) != LUA_TNIL;
  lua_pop(L, 2);
  return frozen;
}

int w_setmetatable(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  const int t = lua_type(L, 2);
  luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
  if (t == LUA_TTABLE && lua_getfield(L, 2, "__gc") != LUA_TNIL) {
    return luaL_error(L,
                      "setmetatable: __gc metamethods are not allowed in show scripts "
                      "(finalizers would run outside the time limit)");
  }
  if (t == LUA_TTABLE) lua_pop(L, 1);
  if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
    return luaL_error(L, "cannot change a protected metatable");
  lua_settop(L, 2);
  lua_setmetatable(L, 1);
  return 1;
}

int w_rawset(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkany(L, 2);
  luaL_checkany(L, 3);
  if (is_frozen(L, 1)) return luaL_error(L, "rawset: API tables are read-only");
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 1;
}

int w_collectgarbage(lua_State* L) {
  const char* option = luaL_optstring(L, 1, "collect");
  if (std::strcmp(option, "count") != 0) {
    return luaL_error(L, "collectgarbage: only \"count\" is allowed in show scripts, not \"%s\"", option);
  }
  lua_pushnumber(L, lua_gc(L, LUA_GCCOUNT, 0) + lua_gc(L, LUA_GCCOUNTB, 0) / 1024.0);
  return 1;
}

constexpr std::size_t kMaxPrintBytes = 4096;  // the limiter cuts lines shorter still

int w_print(lua_State* L) {
  std::string line;
  for (int i = 1, n = lua_gettop(L); i <= n && line.size() < kMaxPrintBytes; ++i) {
    if (i > 1) line += '\t';
    line += luaL_tolstring(L, i, nullptr);
    lua_pop(L, 1);
  }
  host_context(L).print(std::move(line));
  return 0;
}

// load(chunk [, name [, mode [, env]]]): always text mode; env defaults to the caller's script env.
int w_load(lua_State* L) {
  const char* mode = luaL_optstring(L, 3, "t");
  if (std::strcmp(mode, "t") != 0)
    return luaL_error(L, "load: binary chunks are not allowed (mode must be \"t\")");
  const bool has_env = lua_gettop(L) >= 4;
  lua_settop(L, 4);
  lua_pushvalue(L, lua_upvalueindex(2));  // the real load
  lua_pushvalue(L, 1);
  if (lua_isnoneornil(L, 2))
    lua_pushliteral(L, "=(load)");
  else
    lua_pushvalue(L, 2);
  lua_pushliteral(L, "t");
  lua_pushvalue(L, has_env ? 4 : lua_upvalueindex(1));
  lua_call(L, 4, 2);
  lua_replace(L, 2);  // keep just the two results
  lua_replace(L, 1);
  lua_settop(L, 2);
  return 2;
}

}  // namespace

void freeze_top(lua_State* L) {
  const int real = lua_gettop(L);
  lua_newtable(L);  // the proxy scripts see
  lua_newtable(L);  // its metatable
  lua_pushvalue(L, real);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, guarded<w_readonly_newindex>);
  lua_setfield(L, -2, "__newindex");
  lua_pushvalue(L, real);
  lua_pushcclosure(L, guarded<w_frozen_pairs>, 1);
  lua_setfield(L, -2, "__pairs");
  lua_pushliteral(L, "API tables are read-only");
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_getfield(L, LUA_REGISTRYINDEX, kFrozenKey);
  lua_pushvalue(L, -2);
  lua_pushboolean(L, 1);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  lua_replace(L, real);
}

namespace {

// Builds api[name] from an opened library: allowed names copied, replacements added, frozen.
void add_library(lua_State* L, int api, const char* name, lua_CFunction opener, const char* const* names,
                 std::size_t count, void (*extra)(lua_State*, int)) {
  luaL_requiref(L, name, opener, 0);
  const int lib = lua_gettop(L);
  lua_newtable(L);
  copy_fields(L, lib, names, count);
  if (extra != nullptr) extra(L, lib);
  freeze_top(L);
  lua_setfield(L, api, name);
  lua_pop(L, 1);
}

void protect_string_metatable(lua_State* L, int api) {
  // One metatable serves every string in the state; scripts can neither read nor replace it,
  // and method calls ("x"):dump() resolve through the frozen, allow-listed string table.
  lua_newtable(L);
  lua_getfield(L, api, "string");
  lua_setfield(L, -2, "__index");
  lua_pushliteral(L, "the string metatable is protected");
  lua_setfield(L, -2, "__metatable");
  lua_pushliteral(L, "");
  lua_insert(L, -2);
  lua_setmetatable(L, -2);
  lua_pop(L, 1);
}

// Lua 5.4 seeds math.random from the time and addresses; a fixed seed makes a simulated show
// and the real night produce the same "random" looks.
void seed_random(lua_State* L, lua_Integer seed) {
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 0);
  lua_getfield(L, -1, "randomseed");
  lua_pushinteger(L, seed);
  lua_call(L, 1, 0);
  lua_pop(L, 1);
}

}  // namespace

void install_sandbox(lua_State* L, ScriptHost& host) {
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kFrozenKey);
  luaL_requiref(L, "_G", luaopen_base, 0);  // the real globals: never reachable from scripts
  const int base = lua_gettop(L);
  lua_newtable(L);
  const int api = lua_gettop(L);
  copy_fields(L, base, kBaseFunctions);
  lua_pushcfunction(L, guarded<w_setmetatable>);
  lua_setfield(L, api, "setmetatable");
  lua_pushcfunction(L, guarded<w_rawset>);
  lua_setfield(L, api, "rawset");
  lua_pushcfunction(L, guarded<w_collectgarbage>);
  lua_setfield(L, api, "collectgarbage");
  lua_pushcfunction(L, guarded<w_print>);
  lua_setfield(L, api, "print");
  add_library(L, api, LUA_STRLIBNAME, luaopen_string, kStringFunctions, std::size(kStringFunctions),
              add_safe_string_functions);
  add_library(L, api, LUA_TABLIBNAME, luaopen_table, kTableFunctions, std::size(kTableFunctions),
              add_safe_table_functions);
  add_library(L, api, LUA_MATHLIBNAME, luaopen_math, kMathFunctions, std::size(kMathFunctions), nullptr);
  seed_random(L, host.options().random_seed);
  add_library(L, api, LUA_UTF8LIBNAME, luaopen_utf8, kUtf8Functions, std::size(kUtf8Functions), nullptr);
  add_library(L, api, LUA_COLIBNAME, luaopen_coroutine, kCoroutineFunctions, std::size(kCoroutineFunctions),
              open_coroutine_api);
  add_library(L, api, LUA_OSLIBNAME, luaopen_os, nullptr, 0, open_os_api);
  open_cue_api(L);
  open_time_api(L);
  open_display_api(L);
  open_light_api(L);
  run_prelude(L, api);
  protect_string_metatable(L, api);
  freeze_top(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kApiKey);
  lua_pop(L, 1);  // base
}

void push_script_env(lua_State* L, ScriptHost& host, std::uint32_t script) {
  lua_newtable(L);
  const int env = lua_gettop(L);
  lua_newtable(L);
  lua_getfield(L, LUA_REGISTRYINDEX, kApiKey);
  lua_setfield(L, -2, "__index");
  lua_setmetatable(L, env);
  lua_pushvalue(L, env);
  lua_setfield(L, env, "_G");
  lua_pushvalue(L, env);
  lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
  lua_getfield(L, -1, "load");
  lua_remove(L, -2);
  lua_pushcclosure(L, guarded<w_load>, 2);
  lua_setfield(L, env, "load");
  push_require(L, script);
  lua_setfield(L, env, "require");
  // sunrise/sunset of the venue-local day the script is loaded, as show-time numbers.
  const auto day = host.time_zone().to_local(host.now());
  const auto sun =
      show::sun_times(day.year, day.month, day.day, host.options().latitude, host.options().longitude);
  auto seconds = [](core::WallTime t) { return static_cast<double>(t.time_since_epoch().count()) / 1000.0; };
  if (sun.sunrise)
    lua_pushnumber(L, seconds(*sun.sunrise));
  else
    lua_pushnil(L);
  lua_setfield(L, env, "sunrise");
  if (sun.sunset)
    lua_pushnumber(L, seconds(*sun.sunset));
  else
    lua_pushnil(L);
  lua_setfield(L, env, "sunset");
}

}  // namespace marquee::scripting
