// light.*: set, fade, chase, wave and release over fixtures, groups, zones and globs ("facade.*").
// Each cue writes its own layer; the C++ side (show::LightEngine) does the work and is tested alone.
#include <cstdio>

#include "scripting/bind/bind_util.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

using show::Attribute;

// {intensity=1, color="#ff8000", pan=0.5, ...} -> FixtureValues; unknown keys are errors.
show::FixtureValues check_values(lua_State* L, int arg, const char* fn) {
  luaL_checktype(L, arg, LUA_TTABLE);
  show::FixtureValues v;
  lua_pushnil(L);
  while (lua_next(L, arg) != 0) {
    const char* key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
    if (std::string_view(key) == "color") {
      auto c = show::parse_rgb(luaL_checkstring(L, -1));
      if (!c) luaL_error(L, "%s: %s", fn, c.error().message.c_str());
      v.set(Attribute::Red, c->r);
      v.set(Attribute::Green, c->g);
      v.set(Attribute::Blue, c->b);
    } else if (auto a = show::attribute_from_name(key)) {
      if (!lua_isnumber(L, -1)) luaL_error(L, "%s: '%s' must be a number between 0 and 1", fn, key);
      v.set(*a, static_cast<float>(lua_tonumber(L, -1)));
    } else {
      luaL_error(L, "%s: unknown attribute '%s'", fn, key);
    }
    lua_pop(L, 1);
  }
  return v;
}

show::LayerId my_layer(lua_State* L, const char* fn) {
  Cue* cue = host_context(L).scheduler().current();
  if (cue == nullptr) luaL_error(L, "%s: no cue is running", fn);
  return host_context(L).scheduler().layer_for(*cue);
}

double opt_field(lua_State* L, int arg, const char* key, double fallback) {
  lua_getfield(L, arg, key);
  const double v = luaL_optnumber(L, -1, fallback);
  lua_pop(L, 1);
  return v;
}

int w_set(lua_State* L) {
  const char* sel = luaL_checkstring(L, 1);
  const show::FixtureValues v = check_values(L, 2, "light.set");
  ScriptHost& host = host_context(L);
  raise_if_error(L, host.lights().set(my_layer(L, "light.set"), sel, v), "light.set");
  host.record("light set " + std::string(sel) + " " + show::describe_values(v));
  return 0;
}

int w_fade(lua_State* L) {
  const char* sel = luaL_checkstring(L, 1);
  const show::FixtureValues v = check_values(L, 2, "light.fade");
  const double seconds = luaL_checknumber(L, 3);
  luaL_argcheck(L, seconds >= 0 && seconds < 86400, 3, "fade time must be 0..86400 seconds");
  const auto easing = show::easing_from_name(luaL_optstring(L, 4, "linear"));
  luaL_argcheck(L, easing.has_value(), 4, "easing must be linear, ease-in, ease-out, ease-in-out or step");
  ScriptHost& host = host_context(L);
  const core::Millis ms{std::llround(seconds * 1000.0)};
  raise_if_error(L, host.lights().fade(my_layer(L, "light.fade"), sel, v, ms, *easing, host.now()),
                 "light.fade");
  char tail[64];
  std::snprintf(tail, sizeof tail, " over %gs %s", seconds, std::string(show::easing_name(*easing)).c_str());
  host.record("light fade " + std::string(sel) + " " + show::describe_values(v) + tail);
  return 0;
}

int start_effect(lua_State* L, show::EffectSpec::Kind kind, const char* fn) {
  show::EffectSpec spec;
  spec.kind = kind;
  spec.selector = luaL_checkstring(L, 1);
  if (!lua_isnoneornil(L, 2)) {
    luaL_checktype(L, 2, LUA_TTABLE);
    spec.period_s = opt_field(L, 2, "period", spec.period_s);
    spec.width = static_cast<int>(opt_field(L, 2, "width", spec.width));
    spec.low = static_cast<float>(opt_field(L, 2, "low", spec.low));
    spec.high = static_cast<float>(opt_field(L, 2, "high", spec.high));
    spec.spread = static_cast<float>(opt_field(L, 2, "spread", spec.spread));
    lua_getfield(L, 2, "attribute");
    const auto attr = show::attribute_from_name(luaL_optstring(L, -1, "intensity"));
    lua_pop(L, 1);
    if (!attr) return luaL_error(L, "%s: unknown attribute", fn);
    spec.attribute = *attr;
  }
  ScriptHost& host = host_context(L);
  char desc[96];
  std::snprintf(desc, sizeof desc, " period=%gs %s %g..%g", spec.period_s,
                std::string(show::attribute_name(spec.attribute)).c_str(), static_cast<double>(spec.low),
                static_cast<double>(spec.high));
  const std::string text = std::string(fn) + " " + spec.selector + desc;
  raise_if_error(L, host.lights().start_effect(my_layer(L, fn), std::move(spec), host.now()), fn);
  host.record(text);
  return 0;
}

int w_chase(lua_State* L) {
  return start_effect(L, show::EffectSpec::Kind::Chase, "light chase");
}

int w_wave(lua_State* L) {
  return start_effect(L, show::EffectSpec::Kind::Wave, "light wave");
}

int w_release(lua_State* L) {
  const char* sel = luaL_optstring(L, 1, "*");
  ScriptHost& host = host_context(L);
  raise_if_error(L, host.lights().release(my_layer(L, "light.release"), sel), "light.release");
  host.record("light release " + std::string(sel));
  return 0;
}

int w_groups(lua_State* L) {
  const auto groups = host_context(L).lights().rig().groups();
  lua_createtable(L, static_cast<int>(groups.size()), 0);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    lua_pushstring(L, groups[i].c_str());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  return 1;
}

int w_zones(lua_State* L) {
  const auto zones = host_context(L).lights().rig().zones();
  lua_createtable(L, static_cast<int>(zones.size()), 0);
  for (std::size_t i = 0; i < zones.size(); ++i) {
    lua_pushstring(L, zones[i].c_str());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  return 1;
}

constexpr luaL_Reg kLightApi[] = {{"set", guarded<w_set>},         {"fade", guarded<w_fade>},
                                  {"chase", guarded<w_chase>},     {"wave", guarded<w_wave>},
                                  {"release", guarded<w_release>}, {"groups", guarded<w_groups>},
                                  {"zones", guarded<w_zones>},     {nullptr, nullptr}};

}  // namespace

void open_light_api(lua_State* L) {
  luaL_newlib(L, kLightApi);
  freeze_top(L);
  lua_setfield(L, -2, "light");
}

}  // namespace marquee::scripting
