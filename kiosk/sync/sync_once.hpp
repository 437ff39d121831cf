#pragma once
// One sync cycle as an operator command (`marquee sync --once`): open the cache as a starting
// kiosk would, run one cycle, and say what happened in one line.
#include <filesystem>
#include <string>

#include "core/clock.hpp"
#include "sync/sync_config.hpp"

namespace marquee::sync {

struct OnceReport {
  int exit_code = 0;    // 0: updated, staged or unchanged; 1: the cycle failed; 2: bad configuration
  std::string message;  // "updated to version 15 (3 objects, 48213 bytes)" or the failure reason
};

OnceReport sync_once(const SyncConfig& config, const std::filesystem::path& fallback_dir,
                     const core::Clock& clock);

}  // namespace marquee::sync
