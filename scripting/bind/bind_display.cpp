// display.*: scene switches and show scenes for the kiosks' screens, each with an optional
// target "all" | "kiosk:<id>" | "zone:<name>" | "tag:<name>". Commands go to the UI's queue.
#include "core/utf8.hpp"
#include "scripting/bind/bind_util.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

using show::DisplayCommand;
using show::DisplayKind;

show::DisplayTarget check_target(lua_State* L, int arg) {
  auto target = show::DisplayTarget::parse(luaL_optstring(L, arg, "all"));
  if (!target) luaL_argerror(L, arg, target.error().message.c_str());
  return *target;
}

show::Rgb check_color(lua_State* L, int arg, const char* fallback) {
  auto c = show::parse_rgb(luaL_optstring(L, arg, fallback));
  if (!c) luaL_argerror(L, arg, c.error().message.c_str());
  return *c;
}

std::string check_utf8(lua_State* L, int index, int arg) {
  std::size_t len = 0;
  const char* s = lua_tolstring(L, index, &len);
  if (s == nullptr || !core::is_valid_utf8(std::string_view(s, len)))
    luaL_argerror(L, arg, "text must be UTF-8");
  return std::string(s, len);
}

// A string (English) or a table {en=..., zh=..., es=...}.
show::LocalizedText check_text(lua_State* L, int arg) {
  show::LocalizedText t;
  if (lua_type(L, arg) == LUA_TSTRING) {
    t.en = check_utf8(L, arg, arg);
    return t;
  }
  luaL_checktype(L, arg, LUA_TTABLE);
  std::string* fields[] = {&t.en, &t.zh, &t.es};
  const char* names[] = {"en", "zh", "es"};
  for (int i = 0; i < 3; ++i) {
    if (lua_getfield(L, arg, names[i]) == LUA_TSTRING) *fields[i] = check_utf8(L, -1, arg);
    lua_pop(L, 1);
  }
  if (t.en.empty()) luaL_argerror(L, arg, "text needs at least an 'en' entry");
  return t;
}

int emit(lua_State* L, DisplayCommand c) {
  host_context(L).emit_display(std::move(c));
  return 0;
}

DisplayCommand command(DisplayKind kind, show::DisplayTarget target) {
  DisplayCommand c;
  c.kind = kind;
  c.target = std::move(target);
  return c;
}

int w_scene(lua_State* L) {
  const char* scene = luaL_checkstring(L, 1);
  if (!show::is_normal_scene(scene))
    return luaL_argerror(L, 1, "scene must be home, schedule, exhibitors, map or attract");
  DisplayCommand c = command(DisplayKind::SwitchScene, check_target(L, 2));
  c.scene = scene;
  return emit(L, std::move(c));
}

int w_color(lua_State* L) {
  luaL_checkstring(L, 1);
  DisplayCommand c = command(DisplayKind::ShowColor, check_target(L, 2));
  c.color = check_color(L, 1, "");
  return emit(L, std::move(c));
}

int w_gradient(lua_State* L) {
  luaL_checkstring(L, 1);
  luaL_checkstring(L, 2);
  DisplayCommand c = command(DisplayKind::ShowGradient, check_target(L, 3));
  c.color = check_color(L, 1, "");
  c.color2 = check_color(L, 2, "");
  return emit(L, std::move(c));
}

int w_text(lua_State* L) {
  DisplayCommand c = command(DisplayKind::ShowText, check_target(L, 2));
  c.text = check_text(L, 1);
  c.color = check_color(L, 3, "#000000");
  return emit(L, std::move(c));
}

int w_countdown(lua_State* L) {
  DisplayCommand c = command(DisplayKind::ShowCountdown, check_target(L, 3));
  c.until = check_instant(L, 1, "display.countdown");
  c.text = check_text(L, 2);
  return emit(L, std::move(c));
}

int w_image(lua_State* L) {
  const std::string asset = luaL_checkstring(L, 1);
  if (asset.empty() || asset.front() == '/' || asset.find("..") != std::string::npos || asset.size() > 256) {
    return luaL_argerror(L, 1, "image path must be relative to the content bundle, without '..'");
  }
  DisplayCommand c = command(DisplayKind::ShowImage, check_target(L, 2));
  c.asset = asset;
  return emit(L, std::move(c));
}

int w_scroll(lua_State* L) {
  DisplayCommand c = command(DisplayKind::ShowScroll, check_target(L, 2));
  c.text = check_text(L, 1);
  c.color = check_color(L, 3, "#000000");
  return emit(L, std::move(c));
}

int w_overlay(lua_State* L) {
  DisplayCommand c = command(DisplayKind::OverlayOn, check_target(L, 2));
  c.text = check_text(L, 1);
  return emit(L, std::move(c));
}

int w_overlay_off(lua_State* L) {
  return emit(L, command(DisplayKind::OverlayOff, check_target(L, 1)));
}

int w_end_show(lua_State* L) {
  return emit(L, command(DisplayKind::EndShow, check_target(L, 1)));
}

constexpr luaL_Reg kDisplayApi[] = {{"scene", guarded<w_scene>},
                                    {"color", guarded<w_color>},
                                    {"gradient", guarded<w_gradient>},
                                    {"text", guarded<w_text>},
                                    {"countdown", guarded<w_countdown>},
                                    {"image", guarded<w_image>},
                                    {"scroll", guarded<w_scroll>},
                                    {"overlay", guarded<w_overlay>},
                                    {"overlay_off", guarded<w_overlay_off>},
                                    {"end_show", guarded<w_end_show>},
                                    {nullptr, nullptr}};

}  // namespace

void open_display_api(lua_State* L) {
  luaL_newlib(L, kDisplayApi);
  freeze_top(L);
  lua_setfield(L, -2, "display");
}

}  // namespace marquee::scripting
