// require() for show scripts: only modules from the bundle's scripting/lib, loaded as text, each
// in its own environment over the frozen API, cached per script. No package library, no C modules.
#include <fstream>
#include <sstream>
#include <string>

#include "scripting/host/guard.hpp"
#include "scripting/host/sandbox.hpp"
#include "scripting/host/script_host.hpp"
#include "core/read_file.hpp"

namespace marquee::scripting {
namespace {

constexpr std::size_t kMaxModuleBytes = 1u << 20;

bool valid_module_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || !(name[0] >= 'a' && name[0] <= 'z')) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

// Returns the module text, or "" with `error` set.
std::string read_module(const std::filesystem::path& path, std::string& error) {
  core::FileText file = core::read_file(path, kMaxModuleBytes);  // refused before it is read
  if (file.failure == core::ReadFailure::CannotOpen) error = "not found";
  else if (file.failure == core::ReadFailure::TooLarge) error = "larger than 1 MiB";
  else if (!file) error = "cannot be read";
  return std::move(file.text);
}

int w_require(lua_State* L) {
  const char* name = luaL_checkstring(L, 1);
  lua_settop(L, 1);
  if (!valid_module_name(name)) {
    return luaL_error(L,
                      "require: '%s' is not a show library module (only scripting/lib/<name>.lua, "
                      "lower-case names; no C modules)",
                      name);
  }
  lua_getfield(L, lua_upvalueindex(1), name);  // cache
  if (lua_toboolean(L, -1)) return 1;
  lua_pop(L, 1);
  ScriptHost& host = host_context(L);
  const auto path = host.options().lib_dir / (std::string(name) + ".lua");
  std::string error;
  const std::string text = read_module(path, error);
  if (!error.empty())
    return luaL_error(L, "require: no show library module '%s' in scripting/lib (%s)", name, error.c_str());
  const std::string chunk = "@lib/" + std::string(name) + ".lua";
  if (luaL_loadbufferx(L, text.data(), text.size(), chunk.c_str(), "t") != LUA_OK) return lua_error(L);
  push_script_env(L, host, static_cast<std::uint32_t>(lua_tointeger(L, lua_upvalueindex(2))));
  lua_setupvalue(L, -2, 1);
  lua_call(L, 0, 1);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, lua_upvalueindex(1), name);
  return 1;
}

}  // namespace

void push_require(lua_State* L, std::uint32_t script) {
  lua_newtable(L);  // this script's module cache
  lua_pushinteger(L, script);
  lua_pushcclosure(L, guarded<w_require>, 2);
}

}  // namespace marquee::scripting
