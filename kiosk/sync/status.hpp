#pragma once
// What the staff panel and the logs show about sync: a plain value copied out under a lock.
#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.hpp"

namespace marquee::sync {

enum class Outcome { None, Updated, Unchanged, Staged, Activated, Failed };
const char* to_string(Outcome outcome);

struct SyncStatus {
  std::string running;                // which content runs: "cache generation 14", "demo content (...)"
  std::uint64_t current_version = 0;  // 0 = not from a bundle
  std::optional<core::WallTime> current_created;  // the bundle's `created`: its age is now - this
  std::optional<core::WallTime> current_expires;  // the bundle's `expires`
  std::optional<std::uint64_t> staged_version;
  std::optional<core::WallTime> staged_activate_at;

  std::optional<core::WallTime> last_attempt;
  Outcome last_outcome = Outcome::None;
  std::string last_reason;       // precise: "rollback: offered 12, running 14"
  std::uint64_t last_bytes = 0;  // received in the last attempt (headers + bodies)
  std::uint64_t total_bytes = 0;
  unsigned consecutive_failures = 0;
  std::optional<core::WallTime> last_success;
  std::optional<core::WallTime> next_attempt;

  std::string clock_warning;  // set while the wall clock is earlier than the newest `created` seen
};

// One line for logs and `sync --once`: "updated to version 15 (3 objects, 48213 bytes)".
std::string describe(const SyncStatus& s, core::WallTime now);

}  // namespace marquee::sync
