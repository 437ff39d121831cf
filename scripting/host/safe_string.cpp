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
// table.concat / table.move run their whole range inside one C call: a range of
// math.maxinteger elements would never end. No show needs more than this.
constexpr lua_Unsigned kMaxRangeElements = 1'000'000;

int call_original(lua_State* L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

std::size_t max_string(lua_State* L) {
  return host_context(L).options().max_string;
}

// Quantifiers, plus each %b: a balance match scans to the end of the subject from every start
// position, so it costs like one more quantifier ("%b()" over 4 MiB of "(" is quadratic).
int count_quantifiers(std::string_view p) {
  int q = 0;
  bool in_set = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '%' && !in_set && i + 1 < p.size() && p[i + 1] == 'b') {
      ++q;
      i += 3;  // 'b' and its two delimiters, which are never quantifiers
    } else if (p[i] == '%') {
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
  // Lua's loop runs n times even when every piece is empty: string.rep("", math.maxinteger).
  if (n > 0 && len + sep == 0) {
    lua_pushliteral(L, "");
    return 1;
  }
  const double total = n <= 0 ? 0.0
                              : static_cast<double>(len) * static_cast<double>(n) +
                                    static_cast<double>(sep) * static_cast<double>(n - 1);
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

// Elements in first..last (0 when empty), without overflow at the integer limits.
lua_Unsigned range_size(lua_Integer first, lua_Integer last) {
  return last < first ? 0 : static_cast<lua_Unsigned>(last) - static_cast<lua_Unsigned>(first) + 1;
}

void check_range(lua_State* L, const char* fn, lua_Integer first, lua_Integer last) {
  if (range_size(first, last) > kMaxRangeElements) {
    luaL_error(L, "%s: a range of more than %d elements is not allowed in show scripts", fn,
               static_cast<int>(kMaxRangeElements));
  }
}

int w_table_concat(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  std::size_t sep = 0;
  luaL_optlstring(L, 2, "", &sep);
  const lua_Integer first = luaL_optinteger(L, 3, 1);
  const lua_Integer last = luaL_opt(L, luaL_checkinteger, 4, luaL_len(L, 1));
  check_range(L, "table.concat", first, last);
  double total = 0;
  for (lua_Integer i = first; i <= last && total <= static_cast<double>(max_string(L)); ++i) {
    std::size_t len = 0;
    const bool is_text = lua_geti(L, 1, i) == LUA_TSTRING || lua_isnumber(L, -1);
    if (is_text) lua_tolstring(L, -1, &len);
    lua_pop(L, 1);
    if (!is_text) break;  // the original raises "invalid value" here; let it
    total += static_cast<double>(len + sep);
    if (i == last) break;  // no i + 1 past math.maxinteger
  }
  if (total > static_cast<double>(max_string(L))) {
    return luaL_error(L, "table.concat: result exceeds the show-script limit of %d bytes",
                      static_cast<int>(max_string(L)));
  }
  return call_original(L);
}

int w_table_move(lua_State* L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  check_range(L, "table.move", luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
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
  wrap(L, lib, "move", guarded<w_table_move>);
}

}  // namespace marquee::scripting
