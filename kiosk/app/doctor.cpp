#include "app/doctor.hpp"

#include "fleet/fleet_settings.hpp"

#include <toml++/toml.h>
#include <unistd.h>

#include "app/config.hpp"
#include "content/loader.hpp"
#include "core/paths.hpp"
#include "platform/system_probe.hpp"
#include "sync/cache.hpp"
#include "sync/generation.hpp"
#include "sync/start_guard.hpp"
#include "sync/sync_config.hpp"
#include "ui/fonts.hpp"

namespace marquee::app {
namespace fs = std::filesystem;
namespace {

constexpr auto kNetworkTimeout = std::chrono::milliseconds(3000);

Check ok(std::string name, std::string detail) {
  return {std::move(name), Verdict::Ok, std::move(detail), ""};
}
Check problem(std::string name, std::string detail, std::string fix) {
  return {std::move(name), Verdict::Problem, std::move(detail), std::move(fix)};
}

struct Loaded {
  KioskConfig kiosk;
  sync::SyncConfig sync;
  std::string mqtt;  // [mqtt] broker
};

Check check_config(const fs::path& file, Loaded& out) {
  if (file.empty()) return ok("config", "none given: built-in defaults (--config FILE checks a kiosk's)");
  const std::string fix = "edit " + file.string() + " (samples: /usr/share/doc/marquee/examples/)";
  auto kiosk = load_kiosk_config(file);
  if (!kiosk) return problem("config", kiosk.error().message, fix);
  out.kiosk = std::move(*kiosk);
  out.sync = out.kiosk.sync;
  out.mqtt = out.kiosk.fleet.broker;
  return ok("config", file.string() + ": kiosk \"" + out.kiosk.ui.place.kiosk_id + "\", venue \"" +
                          out.kiosk.ui.place.venue + "\"");
}

Check check_content(const KioskConfig& cfg) {
  const fs::path dir = cfg.content_dir.empty() ? core::demo_content_dir() : cfg.content_dir;
  auto loaded = content::load_content(dir);
  if (loaded.content) return ok("content", dir.string() + " is valid");
  std::string first = "does not load";
  for (const auto& d : loaded.diagnostics.all()) {
    if (d.severity == content::Severity::Error) {
      first = content::format_diagnostic(d);
      break;
    }
  }
  const bool bundled = cfg.content_dir.empty();
  return problem("content", dir.string() + ": " + first,
                 bundled ? "reinstall the package (apt install --reinstall marquee) or set MARQUEE_DATA_DIR"
                         : "marquee validate " + dir.string() + " lists every problem");
}

Check check_font(const KioskConfig& cfg) {
  auto font = ui::Fonts::locate(cfg.ui.font_path);
  if (font) return ok("font", font->string());
  return problem("font", font.error().message,
                 "apt install fonts-noto-cjk, or point [display] font at a CJK font file");
}

Check check_cache(const sync::SyncConfig& cfg) {
  if (cfg.base_url.empty()) return ok("cache", "no content server configured: nothing is cached");
  auto key = sync::read_public_key_file(cfg.public_key);
  if (!key)
    return problem("cache", key.error().message, "copy the publisher's .pub file there ([sync] public_key)");
  const fs::path dir = cfg.cache_dir;
  std::error_code ec;
  const fs::path probe = fs::exists(dir, ec) ? dir : dir.parent_path();
  if (::access(probe.c_str(), R_OK | W_OK | X_OK) != 0) {
    return problem("cache", dir.string() + " is not writable by this user",
                   "chown -R marquee:marquee " + probe.string() + " (the service runs as marquee)");
  }
  const sync::CacheStore cache(dir);
  const auto current = cache.pointer("current");
  if (!current) return ok("cache", dir.string() + ": empty; the first start shows the demo until a sync");
  auto gen = sync::verify_generation(*current, &*key);
  if (!gen) {
    return problem(
        "cache", "current generation " + current->filename().string() + " is damaged: " + gen.error().message,
        "the kiosk falls back to the previous generation; marquee sync --once fetches a fresh copy");
  }
  const sync::StartGuard guard(dir, core::SystemClock::instance());
  std::string detail = dir.string() + ": version " + std::to_string(gen->manifest.version) + " verifies";
  if (guard.held_back_version() != 0)
    detail += "; version " + std::to_string(guard.held_back_version()) + " held back after a crash loop";
  return ok("cache", detail);
}

Check check_clock() {
  const auto state = platform::clock_state();
  if (state.synchronized) return ok("clock", state.detail);
  return problem(
      "clock", state.detail,
      "timedatectl set-ntp true (systemd-timesyncd), or install chrony: \"now\" on the schedule and "
      "bundle expiry both read this clock");
}

Check check_devices(const std::string& name, const std::vector<platform::Device>& found,
                    const fs::path& where, const std::string& missing_fix, const std::string& groups) {
  if (found.empty()) return problem(name, "no devices in " + where.string(), missing_fix);
  std::string listed;
  for (const auto& d : found) {
    if (!d.usable) {
      return problem(name, "cannot open " + d.path.string() + " as this user",
                     "adduser marquee " + groups + " (and log in again)");
    }
    listed += (listed.empty() ? "" : ", ") + d.path.filename().string();
  }
  return ok(name, listed);
}

Check check_content_server(const sync::SyncConfig& cfg) {
  if (cfg.base_url.empty()) return ok("content-server", "none configured ([sync] base_url)");
  std::string base = cfg.base_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  sync::HttpLimits limits = cfg.http;
  limits.connect_timeout = kNetworkTimeout;
  limits.total_timeout = kNetworkTimeout;
  auto got = sync::http_get_string({base + "/manifest.json", "manifest.json", cfg.max_manifest_bytes, "", ""},
                                   limits);
  const std::string fix = "check the network, DNS and firewall (curl -I " + base + "/manifest.json)";
  if (!got) return problem("content-server", got.error().message, fix);
  if (got->response.status != 200) {
    return problem("content-server",
                   "HTTP " + std::to_string(got->response.status) + " for " + base + "/manifest.json",
                   "[sync] base_url must be the directory `marquee publish` wrote (it holds manifest.json)");
  }
  return ok("content-server", base + " answers (manifest.json, HTTP 200)");
}

Check check_mqtt(const std::string& text) {
  if (text.empty()) return ok("mqtt", "no broker configured ([mqtt] broker or --mqtt)");
  const auto address = fleet::parse_broker(text);
  if (!address) return problem("mqtt", address.error().message, "write it as mqtt://HOST:PORT or mqtts://HOST:PORT");
  const std::string& broker = address->host;
  const int port = address->port;
  if (auto st = platform::tcp_reachable(broker, port, kNetworkTimeout); !st)
    return problem(
        "mqtt", st.error().message,
        "check that the broker runs and the firewall lets port " + std::to_string(port) + " through");
  return ok("mqtt", broker + ":" + std::to_string(port) + " accepts connections");
}

}  // namespace

std::vector<Check> run_doctor(const DoctorOptions& o) {
  std::vector<Check> out;
  const auto wanted = [&o](const char* name) { return o.skip.count(name) == 0; };
  Loaded cfg;
  if (wanted("config")) out.push_back(check_config(o.config, cfg));
  if (wanted("content")) out.push_back(check_content(cfg.kiosk));
  if (wanted("font")) out.push_back(check_font(cfg.kiosk));
  if (wanted("cache")) out.push_back(check_cache(cfg.sync));
  if (wanted("clock")) out.push_back(check_clock());
  if (wanted("display")) {
    out.push_back(check_devices(
        "display", platform::display_devices(o.dev), o.dev / "dri",
        "check the GPU driver and the cable; the kiosk session (cage) needs a DRM device", "video render"));
  }
  if (wanted("touch")) {
    out.push_back(check_devices("touch", platform::input_devices(o.dev), o.dev / "input",
                                "connect the touch screen and look for it in dmesg", "input"));
  }
  if (wanted("content-server")) out.push_back(check_content_server(cfg.sync));
  if (wanted("mqtt")) out.push_back(check_mqtt(o.mqtt.empty() ? cfg.mqtt : o.mqtt));
  return out;
}

bool has_problems(const std::vector<Check>& checks) {
  for (const auto& c : checks) {
    if (c.verdict == Verdict::Problem) return true;
  }
  return false;
}

std::string format_report(const std::vector<Check>& checks) {
  std::string out;
  int problems = 0;
  for (const auto& c : checks) {
    const bool bad = c.verdict == Verdict::Problem;
    problems += bad ? 1 : 0;
    std::string name = c.name;
    name.resize(std::max<std::size_t>(name.size(), 15), ' ');
    out += std::string(bad ? "PROBLEM " : "ok      ") + name + c.detail + "\n";
    if (!c.fix.empty()) out += "        fix: " + c.fix + "\n";
  }
  out += problems == 0 ? "no problems found\n"
                       : std::to_string(problems) + (problems == 1 ? " problem\n" : " problems\n");
  return out;
}

}  // namespace marquee::app
