#include "sync/status.hpp"

#include "core/time_zone.hpp"

namespace marquee::sync {

const char* to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::None:
      return "none";
    case Outcome::Updated:
      return "updated";
    case Outcome::Unchanged:
      return "unchanged";
    case Outcome::Staged:
      return "staged";
    case Outcome::Activated:
      return "activated";
    case Outcome::Failed:
      return "failed";
  }
  return "?";
}

std::string describe(const SyncStatus& s, core::WallTime now) {
  std::string out = "running " + s.running;
  if (s.current_created && now < *s.current_created) {
    out += " (age unknown: the clock is behind its creation)";
  } else if (s.current_created) {
    const auto age = std::chrono::duration_cast<std::chrono::minutes>(now - *s.current_created);
    out += " (age " + std::to_string(age.count()) + " min)";
  }
  out += "; last attempt: " + std::string(to_string(s.last_outcome));
  if (!s.last_reason.empty()) out += " (" + s.last_reason + ")";
  out += ", " + std::to_string(s.last_bytes) + " bytes";
  if (s.staged_version) {
    out += "; staged version " + std::to_string(*s.staged_version);
    if (s.staged_activate_at) out += " activates at " + core::format_iso8601_utc(*s.staged_activate_at);
  }
  if (s.next_attempt) out += "; next attempt " + core::format_iso8601_utc(*s.next_attempt);
  if (!s.clock_warning.empty()) out += "; " + s.clock_warning;
  return out;
}

}  // namespace marquee::sync
