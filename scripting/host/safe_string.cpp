// Replacements for the C functions the count hook cannot interrupt: the hook only fires between
// Lua instructions, so string.rep of gigabytes or a pattern with nested backtracking would run
// for minutes inside one C call. Each replacement checks sizes and cost first, then calls the
// original (kept as an upvalue).
#include <cmath>
#include <string>

#include "scripting/host/guard.hpp"
#include "scripting/host/sandbox.hpp"
#include "scripting/host/script_host.hpp"

namespace marquee::scripting {
namespace {

// Worst-case steps of Lua's backtracking matcher grow like len^(quantifiers + 1) (every start
// position times every split of every quantified item); refuse what could not finish quickly.
constexpr double kMaxPatternCost = 5e7;
constexpr lua_Integer kMaxSortElements = 100'000;

int call_original(lua_State* L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

std::size_t max_string(lua_State* L) {
  return host_context(L).options().max_string;
}

int count_quantifiers(std::string_view p) {
  int q = 0;
  bool in_set = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '%') {
      ++i;  // escaped character or class
    } else if (in_set) {
      in_set = p[i] != ']';
    } else if (p[i] == '[') {
      in_set = true;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;
    } else if (i > 0 && (p[i] == '*' || p[i] == '+' || p[i] == '-' || p[i] == '?')) {
      ++q;
    }
  }
  return q;
}

void check_pattern(lua_State* L, const char* fn, int subject_arg, int pattern_arg, bool may_be_plain) {
  std::size_t len = 0, plen = 0;
  luaL_checklstring(L, subject_arg, &len);
  const char* pattern = luaL_checklstring(L, pattern_arg, &plen);
  if (len > max_string(L)) {
    luaL_error(L, "%s: subject of %d bytes exceeds the show-script limit of %d bytes", fn,
               static_cast<int>(len), static_cast<int>(max_string(L)));
  }
  if (may_be_plain && lua_toboolean(L, 4)) return;  // plain find is a linear search
  const int q = count_quantifiers(std::string_view(pattern, plen));
  const double cost = std::pow(static_cast<double>(len) + 1.0, q + 1);
  if (cost > kMaxPatternCost) {
    luaL_error(L,
               "%s: pattern with %d quantifiers is too costly on a %d-byte subject (refused to avoid "
               "catastrophic backtracking)",
               fn, q, static_cast<int>(len));
  }
}

int w_string_rep(lua_State* L) {
  std::size_t len = 0, sep = 0;
  luaL_checklstring(L, 1, &len);
  const lua_Integer n = luaL_checkinteger(L, 2);
  luaL_optlstring(L, 3, "", &sep);
  const double total = n <= 0 ? 0.0 : static_cast<double>(len) * n + static_cast<double>(sep) * (n - 1);
  if (total > static_cast<double>(max_string(L))) {
    return luaL_error(L, "string.rep: result of %f bytes exceeds the show-script limit of %d bytes", total,
                      static_cast<int>(max_string(L)));
  }
  return call_original(L);
}

int w_string_find(lua_State* L) {
  check_pattern(L, "string.find", 1, 2, true);
  return call_original(L);
}
int w_string_match(lua_State* L) {
  check_pattern(L, "string.match", 1, 2, false);
  return call_original(L);
}
int w_string_gmatch(lua_State* L) {
  check_pattern(L, "string.gmatch", 1, 2, false);
  return call_original(L);
}
int w_string_gsub(lua_State* L) {
  check_pattern(L, "string.gsub", 1, 2, false);
  return call_original(L);
}

int w_table_concat(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  std::size_t sep = 0;
  luaL_optlstring(L, 2, "", &sep);
  const lua_Integer first = luaL_optinteger(L, 3, 1);
  const lua_Integer last = luaL_opt(L, luaL_checkinteger, 4, luaL_len(L, 1));
  double total = 0;
  for (lua_Integer i = first; i <= last && total <= static_cast<double>(max_string(L)); ++i) {
    std::size_t len = 0;
    lua_geti(L, 1, i);
    if (lua_isstring(L, -1)) lua_tolstring(L, -1, &len);
    lua_pop(L, 1);
    total += static_cast<double>(len + sep);
  }
  if (total > static_cast<double>(max_string(L))) {
    return luaL_error(L, "table.concat: result exceeds the show-script limit of %d bytes",
                      static_cast<int>(max_string(L)));
  }
  return call_original(L);
}

int w_table_sort(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (luaL_len(L, 1) > kMaxSortElements) {
    return luaL_error(L, "table.sort: tables over %d elements are not allowed in show scripts",
                      static_cast<int>(kMaxSortElements));
  }
  return call_original(L);
}

void wrap(lua_State* L, int lib, const char* name, lua_CFunction fn) {
  lua_getfield(L, lib, name);
  lua_pushcclosure(L, fn, 1);
  lua_setfield(L, -2, name);
}

}  // namespace

void add_safe_string_functions(lua_State* L, int lib) {
  wrap(L, lib, "rep", guarded<w_string_rep>);
  wrap(L, lib, "find", guarded<w_string_find>);
  wrap(L, lib, "match", guarded<w_string_match>);
  wrap(L, lib, "gmatch", guarded<w_string_gmatch>);
  wrap(L, lib, "gsub", guarded<w_string_gsub>);
}

void add_safe_table_functions(lua_State* L, int lib) {
  wrap(L, lib, "concat", guarded<w_table_concat>);
  wrap(L, lib, "sort", guarded<w_table_sort>);
}

}  // namespace marquee::scripting
