// marquee sync --once [--config FILE] [--url URL] [--public-key FILE] [--cache DIR]: one sync cycle
// against a content server; exit 0 when updated or unchanged, non-zero with the reason otherwise.
// Without --once it keeps syncing in the foreground and logs every cycle until interrupted.
#include <csignal>
#include <iostream>

#include "app/commands.hpp"
#include "core/clock.hpp"
#include "core/paths.hpp"
#include "sync/startup.hpp"
#include "sync/sync_once.hpp"
#include "sync/sync_service.hpp"

namespace marquee::app {
namespace {

struct SyncArgs {
  bool once = false;
  std::string config, url, public_key, cache;
};

core::Result<sync::SyncConfig> resolve_config(const SyncArgs& a) {
  sync::SyncConfig cfg;
  if (!a.config.empty()) {
    auto loaded = sync::load_sync_config_file(a.config);
    if (!loaded) return loaded.error();
    cfg = std::move(*loaded);
  }
  sync::apply_overrides(cfg, {a.url, a.public_key, a.cache});
  return cfg;
}

int run_forever(const sync::SyncConfig& cfg) {
  auto key = sync::read_public_key_file(cfg.public_key);
  if (!key) {
    std::cerr << "sync: " << key.error().message << '\n';
    return 2;
  }
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);  // before the thread starts, so it inherits the mask
  auto& clock = core::SystemClock::instance();
  const auto startup = sync::open_cache_at_startup(cfg.cache_dir, core::demo_content_dir(), &*key);
  std::cout << "running " << startup.description << std::endl;
  sync::SyncService service(cfg, *key, clock, startup);
  service.on_cycle([&service, &clock](const sync::CycleResult&) {
    std::cout << sync::describe(service.status(), clock.wall_now()) << std::endl;
  });
  service.start();
  int sig = 0;
  sigwait(&set, &sig);
  service.stop();
  return 0;
}

int run_sync(const SyncArgs& a) {
  auto cfg = resolve_config(a);
  if (!cfg) {
    std::cerr << "sync: " << cfg.error().message << '\n';
    return 2;
  }
  if (!a.once) return run_forever(*cfg);
  const auto report = sync::sync_once(*cfg, core::demo_content_dir(), core::SystemClock::instance());
  (report.exit_code == 0 ? std::cout : std::cerr) << report.message << '\n';
  return report.exit_code;
}

}  // namespace

void add_sync_command(CLI::App& app, CommandContext& ctx) {
  auto a = std::make_shared<SyncArgs>();
  auto* cmd = app.add_subcommand("sync", "Fetch the signed content bundle from the content server");
  cmd->add_flag("--once", a->once, "Run one cycle and exit (0: updated or unchanged)");
  cmd->add_option("--config", a->config, "Kiosk config (TOML) with a [sync] table")->check(CLI::ExistingFile);
  cmd->add_option("--url", a->url, "Base URL serving manifest.json, manifest.sig and objects/");
  cmd->add_option("--public-key", a->public_key, "Public key file from `marquee keygen`");
  cmd->add_option("--cache", a->cache, "Cache directory");
  cmd->callback([a, &ctx] { ctx.exit_code = run_sync(*a); });
}

}  // namespace marquee::app
