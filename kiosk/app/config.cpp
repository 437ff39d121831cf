#include "app/config.hpp"

#include <spdlog/spdlog.h>
#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <sstream>
#include <type_traits>

#include "core/quote.hpp"
#include "core/read_file.hpp"
#include "platform/video.hpp"

namespace marquee::app {
namespace {

// Tables a kiosk config may have; [sync] is read by sync/sync_config.cpp from the same parse.
constexpr std::array<std::string_view, 10> kKnownTables = {"kiosk", "display",  "idle", "staff",  "content",
                                                           "show",  "lighting", "sync", "images", "mqtt"};

// Collects problems as "file:line: key: message".
class ConfigReader {
 public:
  ConfigReader(const toml::table& root, std::string file) : root_(root), file_(std::move(file)) {}

  template <typename T>
  bool read(std::string_view path, T& out) {
    const toml::node* node = root_.at_path(path).node();
    if (!node) return false;
    // toml++ converts a float to an integer type with an unchecked cast (3e41 -> long is
    // undefined behaviour, found by fuzz_kiosk_config): integers must be written as integers.
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
      if (!node->is_integer()) {
        problem(path, "wrong type");
        return false;
      }
    }
    if (auto v = node->value<T>()) {
      out = *v;
      return true;
    }
    problem(path, "wrong type");
    return false;
  }

  // A number in [min, max]; NaN and infinities are outside every range.
  template <typename T>
  void read_in_range(std::string_view path, T& out, double min, double max, std::string_view expected) {
    T v = out;
    if (!read(path, v)) return;
    if (!(static_cast<double>(v) >= min && static_cast<double>(v) <= max))
      problem(path, "expected " + std::string(expected) + ", got " + format_number(static_cast<double>(v)));
    else
      out = v;
  }

  void problem(std::string_view path, const std::string& message) {
    problems_.push_back(where(root_.at_path(path).node()) + ": " + std::string(path) + ": " + message);
  }
  void warn_unknown_tables(std::vector<std::string>& warnings) const {
    for (const auto& [key, node] : root_) {
      if (std::find(kKnownTables.begin(), kKnownTables.end(), key.str()) != kKnownTables.end()) continue;
      warnings.push_back(where(&node) + ": unknown table or key " + core::quote_value(key.str()) +
                         " (ignored)");
    }
  }
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::string where(const toml::node* node) const {
    return node ? file_ + ":" + std::to_string(node->source().begin.line) : file_;
  }
  static std::string format_number(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
  }

  const toml::table& root_;
  std::string file_;
  std::vector<std::string> problems_;
};

void read_kiosk(ConfigReader& r, KioskConfig& c) {
  auto& place = c.ui.place;
  r.read("kiosk.id", place.kiosk_id);
  place.venue_configured = r.read("kiosk.venue", place.venue);
  r.read("kiosk.hall", place.hall);
  // Map units: no real hall plan is a million units across; more is a typo (or NaN).
  r.read_in_range("kiosk.map_x", place.map_x, -1e6, 1e6, "a map coordinate within +-1000000");
  r.read_in_range("kiosk.map_y", place.map_y, -1e6, 1e6, "a map coordinate within +-1000000");
  r.read("kiosk.node", place.node);  // the walking-graph node routes start from
  r.read("kiosk.zone", c.zone);
  std::string lang;
  if (r.read("kiosk.language", lang) && !lang.empty()) {
    if (auto l = content::lang_from_code(lang))
      c.ui.default_lang = *l;
    else
      r.problem("kiosk.language", "unknown language " + core::quote_value(lang) + " (en, zh, es)");
  }
}

void read_display(ConfigReader& r, const toml::table& t, KioskConfig& c) {
  r.read_in_range("display.width", c.display.width, 1, 16384, "pixels between 1 and 16384");
  r.read_in_range("display.height", c.display.height, 1, 16384, "pixels between 1 and 16384");
  r.read("display.fullscreen", c.display.fullscreen);
  r.read_in_range("display.index", c.display.display_index, 0, 64, "a display index between 0 and 64");
  r.read("display.vsync", c.display.vsync);
  r.read("display.font", c.ui.font_path);
  r.read("display.renderer", c.display.renderer);
  r.read_in_range("display.dpi", c.display.dpi, 0, 1000,
                  "pixels per inch between 0 (ask the display) and 1000");
  if (!platform::renderer_choice_from_name(c.display.renderer))
    r.problem("display.renderer", "expected \"auto\", \"software\" or \"sdl-software\", got " +
                                      core::quote_value(c.display.renderer));
  std::string rotation = "landscape";
  r.read("display.rotation", rotation);
  if (rotation != "landscape" && rotation != "portrait")
    r.problem("display.rotation",
              "expected \"landscape\" or \"portrait\", got " + core::quote_value(rotation));
  c.display.portrait = rotation == "portrait";
  if (auto* tags = t.at_path("kiosk.tags").as_array()) {
    for (const auto& tag : *tags) {
      if (auto s = tag.value<std::string>()) c.tags.push_back(*s);
    }
  }
}

void read_idle_and_paths(ConfigReader& r, KioskConfig& c, const std::filesystem::path& base) {
  constexpr double kDay = 86400;
  r.read_in_range("idle.warning_after_s", c.ui.idle_warning_after_s, 1, kDay, "seconds between 1 and 86400");
  r.read_in_range("idle.countdown_s", c.ui.idle_countdown_s, 1, kDay, "seconds between 1 and 86400");
  r.read_in_range("idle.attract_after_s", c.ui.attract_after_s, 1, kDay, "seconds between 1 and 86400");
  r.read("staff.pin_hash", c.staff_pin_hash);
  std::string dir, script, patch;
  r.read("content.dir", dir);
  r.read("show.script", script);
  r.read("lighting.patch", patch);
  if (!dir.empty()) c.content_dir = base / dir;
  if (!script.empty()) c.show_script = base / script;
  if (!patch.empty()) c.patch = base / patch;
}

// [show] clock = "wall" | "timecode", and how long a lost timecode free-runs before holding.
void read_show_clock(ConfigReader& r, KioskConfig& c) {
  std::string clock = "wall";
  r.read("show.clock", clock);
  if (clock != "wall" && clock != "timecode")
    r.problem("show.clock", "expected \"wall\" or \"timecode\", got " + core::quote_value(clock));
  c.show_clock.follow_timecode = clock == "timecode";
  r.read_in_range("show.timecode_loss_ms", c.show_clock.timecode_loss_ms, 40, 10000,
                  "milliseconds between 40 and 10000");
  double free_run_s = c.show_clock.timecode_free_run_ms / 1000.0;
  r.read_in_range("show.timecode_free_run_s", free_run_s, 0, 3600, "seconds between 0 and 3600");
  c.show_clock.timecode_free_run_ms = static_cast<int>(free_run_s * 1000 + 0.5);
}

// [images] cache_mb: how much decoded images (logos, photos, banners, key visual) may take.
void read_image_cache(ConfigReader& r, KioskConfig& c) {
  std::int64_t mb = static_cast<std::int64_t>(c.image_cache_bytes >> 20);
  r.read_in_range("images.cache_mb", mb, 4, 1024, "megabytes between 4 and 1024");
  c.image_cache_bytes = static_cast<std::size_t>(mb) << 20;
}

// [mqtt]: the fleet channel. Paths are relative to the config file's folder.
void read_mqtt(ConfigReader& r, const toml::table& t, KioskConfig& c, const std::filesystem::path& base) {
  auto& f = c.fleet;
  if (r.read("mqtt.broker", f.broker) && !f.broker.empty()) {
    if (auto b = fleet::parse_broker(f.broker); !b) r.problem("mqtt.broker", b.error().message);
  }
  r.read("mqtt.username", f.username);
  const auto path = [&](std::string_view key, std::filesystem::path& out) {
    std::string v;
    if (r.read(key, v) && !v.empty()) out = base / v;
  };
  path("mqtt.password_file", f.password_file);
  path("mqtt.ca_file", f.ca_file);
  path("mqtt.cert_file", f.cert_file);
  path("mqtt.key_file", f.key_file);
  if (const toml::node* keys = t.at_path("mqtt.operator_keys").node()) {
    const auto* list = keys->as_array();
    if (!list) {
      r.problem("mqtt.operator_keys", "expected a list of public key files");
    } else {
      for (const auto& k : *list) {
        if (auto v = k.value<std::string>())
          f.operator_keys.push_back(base / *v);
        else
          r.problem("mqtt.operator_keys", "expected a list of public key files");
      }
    }
  }
  r.read_in_range("mqtt.status_interval_s", f.status_interval_s, 1, 3600, "seconds between 1 and 3600");
  r.read_in_range("mqtt.keepalive_s", f.keepalive_s, 5, 3600, "seconds between 5 and 3600");
}

}  // namespace

core::Result<KioskConfig> parse_kiosk_config(std::string_view text, const std::filesystem::path& file) {
  const std::string name = file.filename().string();
  toml::table t;
  try {
    t = toml::parse(text, file.string());
  } catch (const toml::parse_error& e) {
    return core::make_error(name + ":" + std::to_string(e.source().begin.line) + ": " +
                            std::string(e.description()));
  }
  KioskConfig c;
  c.source = file;
  ConfigReader r(t, name);
  read_kiosk(r, c);
  read_display(r, t, c);
  read_idle_and_paths(r, c, file.parent_path());
  read_image_cache(r, c);
  read_show_clock(r, c);
  read_mqtt(r, t, c, file.parent_path());
  r.warn_unknown_tables(c.warnings);
  auto sync_cfg = sync::sync_config_from(t, file);  // the file is parsed once, for every module
  if (!r.problems().empty() || !sync_cfg) {
    std::string msg;
    for (const auto& p : r.problems()) msg += (msg.empty() ? "" : "\n") + p;
    if (!sync_cfg) msg += (msg.empty() ? "" : "\n") + sync_cfg.error().message;
    return core::make_error(msg);
  }
  c.sync = std::move(*sync_cfg);
  return c;
}

core::Result<KioskConfig> load_kiosk_config(const std::filesystem::path& file) {
  const core::FileText text = core::read_file(file);
  if (!text) return core::make_error(file.filename().string() + ": cannot read the config file");
  auto c = parse_kiosk_config(text.text, file);
  if (c) {
    for (const auto& w : c->warnings) spdlog::warn("{}", w);
  }
  return c;
}

}  // namespace marquee::app
