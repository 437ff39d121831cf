#include "app/config.hpp"

#include <toml++/toml.h>

#include "platform/video.hpp"

namespace marquee::app {
namespace {

std::string where(const std::filesystem::path& file, const toml::node* node, std::string_view key) {
  std::string out = file.filename().string();
  if (node) out += ":" + std::to_string(node->source().begin.line);
  return out + ": " + std::string(key);
}

template <typename T>
void read(const toml::table& t, std::string_view table, std::string_view key, T& out,
          const std::filesystem::path& file, std::vector<std::string>& problems) {
  const toml::node* node = t.at_path(std::string(table) + "." + std::string(key)).node();
  if (!node) return;
  if (auto v = node->value<T>()) {
    out = *v;
  } else {
    problems.push_back(where(file, node, std::string(table) + "." + std::string(key)) + ": wrong type");
  }
}

void read_lang(const toml::table& t, KioskConfig& c, const std::filesystem::path& file,
               std::vector<std::string>& problems) {
  std::string lang;
  read(t, "kiosk", "language", lang, file, problems);
  if (lang.empty()) return;
  if (auto l = content::lang_from_code(lang)) {
    c.ui.default_lang = *l;
  } else {
    problems.push_back(where(file, t.at_path("kiosk.language").node(), "kiosk.language") +
                       ": unknown language \"" + lang + "\" (en, zh, es)");
  }
}

// [images] cache_mb: how much decoded images (logos, photos, banners, key visual) may take.
void read_image_cache(const toml::table& t, KioskConfig& c, const std::filesystem::path& file,
                      std::vector<std::string>& problems) {
  std::int64_t mb = static_cast<std::int64_t>(c.image_cache_bytes >> 20);
  read(t, "images", "cache_mb", mb, file, problems);
  if (mb < 4 || mb > 1024) {
    problems.push_back(where(file, t.at_path("images.cache_mb").node(), "images.cache_mb") +
                       ": expected megabytes between 4 and 1024");
    return;
  }
  c.image_cache_bytes = static_cast<std::size_t>(mb) << 20;
}

}  // namespace

core::Result<KioskConfig> load_kiosk_config(const std::filesystem::path& file) {
  toml::table t;
  try {
    t = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return core::make_error(file.filename().string() + ":" + std::to_string(e.source().begin.line) + ": " +
                            std::string(e.description()));
  }
  KioskConfig c;
  c.source = file;
  std::vector<std::string> problems;
  auto& place = c.ui.place;
  read(t, "kiosk", "id", place.kiosk_id, file, problems);
  read(t, "kiosk", "venue", place.venue, file, problems);
  read(t, "kiosk", "hall", place.hall, file, problems);
  read(t, "kiosk", "map_x", place.map_x, file, problems);
  read(t, "kiosk", "map_y", place.map_y, file, problems);
  read(t, "kiosk", "node", place.node, file, problems);
  read(t, "kiosk", "zone", c.zone, file, problems);
  read_lang(t, c, file, problems);
  if (auto* tags = t.at_path("kiosk.tags").as_array()) {
    for (const auto& tag : *tags) {
      if (auto s = tag.value<std::string>()) c.tags.push_back(*s);
    }
  }
  read(t, "display", "width", c.display.width, file, problems);
  read(t, "display", "height", c.display.height, file, problems);
  read(t, "display", "fullscreen", c.display.fullscreen, file, problems);
  read(t, "display", "index", c.display.display_index, file, problems);
  read(t, "display", "vsync", c.display.vsync, file, problems);
  read(t, "display", "font", c.ui.font_path, file, problems);
  read(t, "display", "renderer", c.display.renderer, file, problems);
  read(t, "display", "dpi", c.display.dpi, file, problems);
  if (c.display.dpi < 0 || c.display.dpi > 1000) {
    problems.push_back(where(file, t.at_path("display.dpi").node(), "display.dpi") +
                       ": expected pixels per inch between 0 (ask the display) and 1000");
  }
  if (!platform::renderer_choice_from_name(c.display.renderer)) {
    problems.push_back(where(file, t.at_path("display.renderer").node(), "display.renderer") +
                       ": expected \"auto\", \"software\" or \"sdl-software\"");
  }
  std::string rotation = "landscape";
  read(t, "display", "rotation", rotation, file, problems);
  if (rotation != "landscape" && rotation != "portrait") {
    problems.push_back(where(file, t.at_path("display.rotation").node(), "display.rotation") +
                       ": expected \"landscape\" or \"portrait\"");
  }
  c.display.portrait = rotation == "portrait";
  read(t, "idle", "warning_after_s", c.ui.idle_warning_after_s, file, problems);
  read(t, "idle", "countdown_s", c.ui.idle_countdown_s, file, problems);
  read(t, "idle", "attract_after_s", c.ui.attract_after_s, file, problems);
  read(t, "staff", "pin_hash", c.staff_pin_hash, file, problems);
  read_image_cache(t, c, file, problems);
  std::string dir;
  read(t, "content", "dir", dir, file, problems);
  if (!dir.empty()) c.content_dir = file.parent_path() / dir;
  std::string script, patch;
  read(t, "show", "script", script, file, problems);
  read(t, "lighting", "patch", patch, file, problems);
  if (!script.empty()) c.show_script = file.parent_path() / script;
  if (!patch.empty()) c.patch = file.parent_path() / patch;
  if (!problems.empty()) {
    std::string msg;
    for (const auto& p : problems) msg += (msg.empty() ? "" : "\n") + p;
    return core::make_error(msg);
  }
  return c;
}

}  // namespace marquee::app
