#pragma once
// One sync cycle, start to finish, on the calling thread (the sync thread, or `marquee sync --once`):
// conditional GET of manifest.json, signature check before parsing, acceptance rules, download of
// missing objects with streaming limits and SHA-256, a new cache generation, a content load, and
// only then the switch. Every failure leaves the running content alone and names its reason.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>

#include "content/model.hpp"
#include "core/clock.hpp"
#include "sync/cache.hpp"
#include "sync/crypto.hpp"
#include "sync/generation.hpp"
#include "sync/startup.hpp"
#include "sync/status.hpp"
#include "sync/sync_config.hpp"

namespace marquee::sync {

struct CycleResult {
  Outcome outcome = Outcome::None;
  std::string reason;         // why it failed, or what happened ("version 15")
  std::uint64_t version = 0;  // the version now running, staged, or offered
  std::uint64_t bytes = 0;
  std::size_t objects_downloaded = 0;
  std::shared_ptr<const content::Content> content;  // set when new content became current
};

class Syncer {
 public:
  // startup: what open_cache_at_startup chose; the syncer continues from that generation.
  Syncer(SyncConfig config, PublicKey key, const core::Clock& clock, const StartupContent& startup);

  CycleResult run_once(std::stop_token stop = {});
  // Switches to the staged bundle once its activate_at has come (checked against the clock).
  std::optional<CycleResult> activate_if_due();
  std::optional<core::WallTime> staged_activate_at() const;

  const SyncStatus& status() const { return status_; }
  void set_next_attempt(std::optional<core::WallTime> t) { status_.next_attempt = t; }

 private:
  struct Fetched;
  struct Candidate;
  struct Running {
    std::optional<std::filesystem::path> dir;
    std::uint64_t version = 0;
    std::optional<core::WallTime> created;
    HttpValidators validators;
    std::optional<core::WallTime> expires;
  };

  CycleResult cycle(std::stop_token stop);
  core::Result<Fetched> fetch_manifest(std::stop_token stop);
  core::Status accept(const Candidate& c, core::WallTime now) const;
  core::Status download_missing(const Candidate& c, CycleResult& out, std::stop_token stop);
  core::Status download_object(const ManifestFile& f, CycleResult& out, std::stop_token stop);
  CycleResult build_and_switch(const Candidate& c, CycleResult out);
  CycleResult make_current(VerifiedGeneration gen, Outcome outcome, CycleResult out);
  void restore_staged();
  core::WallTime trusted_now();
  void record(const CycleResult& r);
  std::string url(std::string_view path) const;

  SyncConfig config_;
  PublicKey key_;
  const core::Clock& clock_;
  CacheStore cache_;
  Running running_;
  std::optional<VerifiedGeneration> staged_;
  core::WallTime newest_created_{};
  std::uint64_t held_back_ = 0;  // a version that kept the kiosk from starting (StartGuard)
  SyncStatus status_;
};

}  // namespace marquee::sync
