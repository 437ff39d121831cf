#pragma once
// `marquee publish --follow`: every interval, fetch the schedule exports (conditional GETs with
// ETag / Last-Modified), put them into a copy of the local content directory, and publish a new
// signed version only when the files differ from the published manifest. A failed fetch or a
// refused export keeps the last good export; invalid content is never published.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "sync/http_client.hpp"
#include "sync/publish.hpp"
#include "sync/schedule_source.hpp"

namespace marquee::sync {

struct FollowOptions {
  PublishOptions publish;  // source: the local content directory; out: the bundle directory
  std::vector<FollowSource> sources;
  std::chrono::milliseconds every{60'000};
  std::optional<int> cycles;  // stop after this many (tests, cron); none: until stopped
  HttpLimits http;
  std::uint64_t max_export_bytes = 64u << 20;
  std::filesystem::path staging;  // where the merged content is assembled; default: a temp dir
};

enum class CycleResult { Published, Unchanged, NoGoodExport, Refused };

struct CycleOutcome {
  CycleResult result = CycleResult::Unchanged;
  std::uint64_t version = 0;          // the published version (new or current)
  std::vector<std::string> messages;  // per-source fetch results and reasons, one line each
};

class Follower {
 public:
  explicit Follower(FollowOptions options);
  ~Follower();
  Follower(const Follower&) = delete;
  Follower& operator=(const Follower&) = delete;

  CycleOutcome run_cycle(const core::Clock& clock, std::stop_token stop = {});

 private:
  struct SourceState {
    std::string etag, last_modified;
    std::optional<std::vector<StagedFile>> last_good;
  };
  void fetch(std::size_t i, CycleOutcome& out, std::stop_token stop);
  void read_file_source(const FollowSource& source, SourceState& state, CycleOutcome& out);
  FollowOptions options_;
  std::vector<SourceState> state_;
  bool own_staging_ = false;
};

// The loop: one cycle, a log line per outcome (log), then wait `every` (cut short by stop).
// Returns the number of cycles that published.
int run_follow(const FollowOptions& options, const core::Clock& clock, const std::function<void(const std::string&)>& log,
               std::stop_token stop = {});

std::string describe(const CycleOutcome& outcome);

}  // namespace marquee::sync
