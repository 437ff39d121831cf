#include "sync/sync_once.hpp"

#include "sync/startup.hpp"
#include "sync/syncer.hpp"

namespace marquee::sync {

OnceReport sync_once(const SyncConfig& config, const std::filesystem::path& fallback_dir,
                     const core::Clock& clock) {
  if (config.base_url.empty()) return {2, "no base URL (set [sync] base_url or pass --url)"};
  if (config.public_key.empty()) return {2, "no public key (set [sync] public_key or pass --public-key)"};
  auto key = read_public_key_file(config.public_key);
  if (!key) return {2, key.error().message};
  const StartupContent startup = open_cache_at_startup(config.cache_dir, fallback_dir, &*key);
  Syncer syncer(config, *key, clock, startup);
  std::string prefix;
  if (auto activated = syncer.activate_if_due()) prefix = activated->reason + "; ";
  const CycleResult r = syncer.run_once();
  if (r.outcome == Outcome::Failed) {
    return {1, prefix + "sync failed: " + r.reason + " (running " + syncer.status().running + ")"};
  }
  std::string message = prefix + r.reason;
  if (r.outcome == Outcome::Unchanged)
    message = prefix + "unchanged: " + r.reason + ", running " + syncer.status().running;
  message += " (" + std::to_string(r.objects_downloaded) + " objects, " + std::to_string(r.bytes) + " bytes)";
  return {0, message};
}

}  // namespace marquee::sync
