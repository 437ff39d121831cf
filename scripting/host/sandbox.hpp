#pragma once
// The sandbox: an allow-listed API table, frozen (read-only proxies all the way down), that every
// script's own _ENV reads through; a protected string metatable; guarded base functions.
#include <cstdint>
#include <filesystem>

#include "scripting/host/lua.hpp"

namespace marquee::scripting {

class ScriptHost;

// Builds the frozen API table in the registry and protects the string metatable.
// Must run once, right after the state is created (nothing is enforced yet).
void install_sandbox(lua_State* L, ScriptHost& host);

// Pushes a new environment for a script or library module: its globals live there; reads fall
// through to the frozen API. Holds per-script load/require closures and sunrise/sunset.
void push_script_env(lua_State* L, ScriptHost& host, std::uint32_t script);

// Pushes this script's require(): loads only <lib_dir>/<name>.lua, text mode, own env, cached.
void push_require(lua_State* L, std::uint32_t script);

// Replaces the table at the top of the stack with a read-only proxy of it.
void freeze_top(lua_State* L);

// Adds the replacement string functions (capped rep, pattern functions with a cost limit) to
// the table at the top of the stack, wrapping the originals in `lib_index`.
void add_safe_string_functions(lua_State* L, int lib_index);
// table.concat and table.sort with size caps.
void add_safe_table_functions(lua_State* L, int lib_index);

// Per-script API tables filled by scripting/bind/bind_<table>.cpp: each adds its entries to the
// table at the top of the stack.
void open_cue_api(lua_State* L);
void open_time_api(lua_State* L);
void open_display_api(lua_State* L);
void open_light_api(lua_State* L);
void open_coroutine_api(lua_State* L, int lib_index);
void open_os_api(lua_State* L, int lib_index);
// Lua-written parts of the API (every, parallel, start_at), run once with the API table as _ENV.
void run_prelude(lua_State* L, int api_index);

}  // namespace marquee::scripting
