// marquee publish SRC OUT --key SECRET [--version N] [--expires-in DAYS] [--activate-at ISO8601]:
// validates SRC, then writes a signed content-addressed bundle into OUT.
#include <iostream>

#include "app/commands.hpp"
#include "core/clock.hpp"
#include "core/time_zone.hpp"
#include "sync/publish.hpp"

namespace marquee::app {
namespace {

struct PublishArgs {
  std::string source, out, key, activate_at;
  std::uint64_t version = 0;
  int expires_in_days = 30;
};

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
  cmd->callback([a, &ctx] { ctx.exit_code = run_publish(*a); });
}

}  // namespace marquee::app
