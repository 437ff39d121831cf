#include "sync/sync_config.hpp"

namespace marquee::sync {
namespace {

constexpr double kMaxConfigSeconds = 1e7;  // 115 days: more is a typo, and must not overflow

std::string where(const toml::node& node, std::string_view key) {
  const auto& src = node.source();
  std::string at = "sync." + std::string(key);
  if (src.begin.line > 0) at = std::to_string(src.begin.line) + ": " + at;
  return at;
}

core::Status read_string(const toml::table& t, std::string_view key, std::string& out) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return core::Ok{};
  if (!n->is_string()) return core::make_error(where(*n, key) + ": expected a string");
  out = n->as_string()->get();
  return core::Ok{};
}

core::Status read_bytes(const toml::table& t, std::string_view key, std::uint64_t& out) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return core::Ok{};
  if (!n->is_integer() || n->as_integer()->get() < 0) {
    return core::make_error(where(*n, key) + ": expected a non-negative integer");
  }
  out = static_cast<std::uint64_t>(n->as_integer()->get());
  return core::Ok{};
}

core::Status read_seconds(const toml::table& t, std::string_view key, std::chrono::milliseconds& out) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return core::Ok{};
  double secs = -1;
  if (n->is_integer()) secs = static_cast<double>(n->as_integer()->get());
  if (n->is_floating_point()) secs = n->as_floating_point()->get();
  // "Not in range" so that NaN and infinities (TOML has nan and inf) are refused too.
  if (!(secs >= 0 && secs <= kMaxConfigSeconds))
    return core::make_error(where(*n, key) + ": expected a number of seconds between 0 and 10000000");
  out = std::chrono::milliseconds(static_cast<long long>(secs * 1000.0 + 0.5));
  return core::Ok{};
}

core::Status read_limits(const toml::table& t, SyncConfig& c) {
  std::uint64_t redirects = static_cast<std::uint64_t>(c.http.max_redirects);
  for (auto s :
       {read_bytes(t, "max_manifest_bytes", c.max_manifest_bytes),
        read_bytes(t, "max_file_bytes", c.max_file_bytes),
        read_bytes(t, "max_bundle_bytes", c.max_bundle_bytes),
        read_bytes(t, "max_version_step", c.max_version_step),
        read_bytes(t, "low_speed_limit", c.http.low_speed_limit), read_bytes(t, "max_redirects", redirects),
        read_seconds(t, "connect_timeout_s", c.http.connect_timeout),
        read_seconds(t, "low_speed_time_s", c.http.low_speed_time),
        read_seconds(t, "total_timeout_s", c.http.total_timeout),
        read_seconds(t, "backoff_initial_s", c.backoff_initial),
        read_seconds(t, "backoff_max_s", c.backoff_max), read_string(t, "ca_path", c.http.ca_path)}) {
    if (!s) return s;
  }
  c.http.max_redirects = static_cast<long>(redirects);
  return core::Ok{};
}

}  // namespace

core::Result<SyncConfig> parse_sync_config(const toml::table& t, SyncConfig c) {
  std::string key_path = c.public_key.string(), cache = c.cache_dir.string();
  for (auto s : {read_string(t, "base_url", c.base_url), read_string(t, "public_key", key_path),
                 read_string(t, "cache_dir", cache), read_seconds(t, "poll_interval_s", c.poll_interval)}) {
    if (!s) return s.error();
  }
  c.public_key = key_path;
  c.cache_dir = cache;
  if (auto s = read_limits(t, c); !s) return s.error();
  return c;
}

core::Result<SyncConfig> sync_config_from(const toml::table& root, const std::filesystem::path& file) {
  const toml::table* t = root["sync"].as_table();
  if (t == nullptr) return SyncConfig{};
  auto c = parse_sync_config(*t);
  if (!c) return core::make_error(file.string() + ":" + c.error().message);
  // Relative paths in a config file are relative to that file.
  const auto base = file.parent_path();
  if (!c->public_key.empty() && c->public_key.is_relative()) c->public_key = base / c->public_key;
  if (c->cache_dir.is_relative()) c->cache_dir = base / c->cache_dir;
  return c;
}

core::Result<SyncConfig> load_sync_config_file(const std::filesystem::path& file) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return core::make_error(file.string() + ":" + std::to_string(e.source().begin.line) + ": " +
                            std::string(e.description()));
  }
  return sync_config_from(root, file);
}

void apply_overrides(SyncConfig& cfg, const SyncOverrides& o) {
  if (!o.url.empty()) cfg.base_url = o.url;
  if (!o.public_key.empty()) cfg.public_key = o.public_key;
  if (!o.cache_dir.empty()) cfg.cache_dir = o.cache_dir;
}

}  // namespace marquee::sync
