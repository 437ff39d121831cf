#pragma once
// The [sync] table of the kiosk's TOML config. The app may parse the file itself and hand the
// table to parse_sync_config, or use load_sync_config_file.
//
//   [sync]
//   base_url = "https://content.example.org/kiosk"   # serves manifest.json, manifest.sig, objects/
//   public_key = "/etc/marquee/content.pub"
//   cache_dir = "/var/lib/marquee/cache"
//   poll_interval_s = 60
//   max_manifest_bytes = 1048576
//   max_file_bytes = 67108864
//   max_bundle_bytes = 268435456
//   connect_timeout_s = 5
//   low_speed_limit = 1000        # bytes/s ...
//   low_speed_time_s = 10         # ... for this long aborts
//   total_timeout_s = 120
//   max_redirects = 3
//   ca_path = ""                  # CA bundle file, or directory ending in '/'; empty = system
//   backoff_initial_s = 5
//   backoff_max_s = 600
#include <toml++/toml.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/result.hpp"
#include "sync/http_client.hpp"

namespace marquee::sync {

struct SyncConfig {
  std::string base_url;
  std::filesystem::path public_key;
  std::filesystem::path cache_dir = "cache";
  std::chrono::milliseconds poll_interval{60000};
  std::uint64_t max_manifest_bytes = std::uint64_t{1} << 20;
  std::uint64_t max_file_bytes = std::uint64_t{64} << 20;
  std::uint64_t max_bundle_bytes = std::uint64_t{256} << 20;
  // How far ahead of the running (or staged) version an offered bundle may be. A signed bundle
  // numbered 2^64-1 would otherwise make every later bundle a "rollback". 0: no cap. Not applied
  // to a kiosk still on the bundled demo (version 0). Recovery: README "Version jumps".
  std::uint64_t max_version_step = 1'000'000;
  HttpLimits http;
  std::chrono::milliseconds backoff_initial{5000};
  std::chrono::milliseconds backoff_max{600000};
};

// Reads the keys of a [sync] table (all optional); a wrong type is an error naming key and line.
// Durations accept integers or floats (seconds), so tests can use 0.3.
core::Result<SyncConfig> parse_sync_config(const toml::table& sync_table, SyncConfig defaults = {});

// Reads the [sync] table of a config file already parsed into `root` (none: the defaults).
// Relative paths are relative to the file's folder; errors start with the file's name.
core::Result<SyncConfig> sync_config_from(const toml::table& root, const std::filesystem::path& file);

// Parses FILE and reads its [sync] table (a file without one yields the defaults).
core::Result<SyncConfig> load_sync_config_file(const std::filesystem::path& file);

// Options from the command line, which win over the config file; empty leaves the file's value.
// One place for `marquee sync` and `marquee run` to agree on.
struct SyncOverrides {
  std::string url;
  std::string public_key;
  std::string cache_dir;
};
void apply_overrides(SyncConfig& cfg, const SyncOverrides& overrides);

}  // namespace marquee::sync
