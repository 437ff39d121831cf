// marquee publish SRC OUT --key SECRET [--version N] [--expires-in DAYS] [--activate-at ISO8601]:
// validates SRC, then writes a signed content-addressed bundle into OUT.
// With --follow URL... [--every 60s] [--cycles N] it keeps going: each cycle fetches the schedule
// exports, merges them into SRC and publishes only what changed (sync/follow_publish.hpp).
#include <chrono>
#include <iostream>
#include <optional>
#include <stop_token>
#include <thread>

#include "app/commands.hpp"
#include "app/stop_signal.hpp"
#include "core/clock.hpp"
#include "core/duration.hpp"
#include "core/time_zone.hpp"
#include "sync/follow_publish.hpp"
#include "sync/publish.hpp"

namespace marquee::app {
namespace {

struct PublishArgs {
  std::string source, out, key, activate_at;
  std::uint64_t version = 0;
  int expires_in_days = 30;
  std::vector<std::string> follow;
  std::string every = "60s";
  int cycles = 0;
};

// Polls until SIGINT/SIGTERM (or --cycles); the stop flag is checked every 100 ms.
int run_follow_publish(const PublishArgs& a, const sync::PublishOptions& publish) {
  sync::FollowOptions options;
  options.publish = publish;
  options.publish.version.reset();  // each cycle publishes the previous version + 1
  for (const auto& f : a.follow) {
    auto source = sync::parse_follow_source(f);
    if (!source) {
      std::cerr << "publish: " << source.error().message << '\n';
      return 2;
    }
    options.sources.push_back(std::move(*source));
  }
  const auto every = core::parse_duration(a.every);
  if (!every) {
    std::cerr << "publish: --every " << every.error().message << '\n';
    return 2;
  }
  options.every = *every;
  if (a.cycles > 0) options.cycles = a.cycles;
  install_stop_signals();
  std::stop_source stop;
  std::jthread watcher([&stop](std::stop_token own) {
    while (!own.stop_requested() && !stop_signal_received())
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop.request_stop();
  });
  const int published = sync::run_follow(
      options, core::SystemClock::instance(),
      [](const std::string& line) {
        std::cout << core::format_iso8601_utc(core::SystemClock::instance().wall_now()) << " " << line
                  << std::endl;
      },
      stop.get_token());
  watcher.request_stop();
  std::cout << "follow: " << published << " versions published\n";
  return 0;
}

int run_publish(const PublishArgs& a) {
  auto key = sync::read_secret_key_file(a.key);
  if (!key) {
    std::cerr << "publish: " << key.error().message << '\n';
    return 2;
  }
  sync::PublishOptions opts{a.source, a.out, *key, std::nullopt, a.expires_in_days, std::nullopt};
  if (a.version > 0) opts.version = a.version;
  if (!a.activate_at.empty()) {
    auto at = core::parse_iso8601(a.activate_at);
    if (!at) {
      std::cerr << "publish: --activate-at: " << at.error().message << '\n';
      return 2;
    }
    opts.activate_at = *at;
  }
  if (!a.follow.empty()) return run_follow_publish(a, opts);
  auto report = sync::publish_bundle(opts, core::SystemClock::instance());
  if (!report) {
    std::cerr << report.error().message << '\n';
    return 1;
  }
  for (const auto& w : report->warnings) std::cout << w << '\n';
  std::cout << "published version " << report->manifest.version << " to " << a.out << ": "
            << report->manifest.files.size() << " files, " << report->objects_added << " new objects ("
            << report->bytes_added << " bytes), expires "
            << core::format_iso8601_utc(report->manifest.expires) << '\n';
  return 0;
}

}  // namespace

void add_publish_command(CLI::App& app, CommandContext& ctx) {
  auto a = std::make_shared<PublishArgs>();
  auto* cmd = app.add_subcommand("publish", "Validate a content folder and publish it as a signed bundle");
  cmd->add_option("source", a->source, "Content folder")->required()->check(CLI::ExistingDirectory);
  cmd->add_option("out", a->out, "Bundle folder to write (served as-is by any static HTTP server)")
      ->required();
  cmd->add_option("--key", a->key, "Secret key file from `marquee keygen`")->required();
  cmd->add_option("--version", a->version, "Bundle version (default: the previous one in OUT + 1)");
  cmd->add_option("--expires-in", a->expires_in_days, "Days until kiosks stop installing it")
      ->check(CLI::Range(1, 3650));
  cmd->add_option("--activate-at", a->activate_at, "Switch every kiosk at this instant (ISO 8601)");
  cmd->add_option(
         "--follow", a->follow,
         "Keep publishing: fetch these schedule exports (URL, or VENUE=URL for one venue) every --every "
         "and publish a new version when the merged content changed")
      ->expected(1, -1);
  cmd->add_option("--every", a->every, "Interval between --follow cycles (60s, 5m, 500ms)");
  cmd->add_option("--cycles", a->cycles,
                  "Stop --follow after this many cycles (default: until SIGINT/SIGTERM)")
      ->check(CLI::Range(1, 1000000));
  cmd->callback([a, &ctx] { ctx.exit_code = run_publish(*a); });
}

}  // namespace marquee::app
