#pragma once
// A crash loop must not brick a kiosk. A content update that makes the kiosk die before it draws
// its first frame would otherwise be restarted by systemd forever; instead, after three failed
// starts within a minute of the update, the next start points `current` back at the previous
// cache generation, holds the bad version back from sync, and says so.
//
// Each start is recorded in CACHE/start-state.json before the cache is opened; reaching the first
// frame clears the record. A start that is still recorded when the next one begins never reached
// its first frame: it failed. The update's time is when `current` was switched (its mtime).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"

namespace marquee::sync {

inline constexpr int kFailedStartsBeforeFallback = 3;
inline constexpr std::chrono::seconds kCrashLoopWindow{60};

struct StartRecord {
  std::string generation;                  // the generation `current` named at these starts
  std::vector<core::WallTime> unfinished;  // starts on it that have not reached a first frame
  std::uint64_t held_back_version = 0;     // a version that crash-looped; sync refuses it
};

// How many of the recorded starts failed within the window after the update at `updated_at`.
int failed_starts_after_update(const StartRecord& record, core::WallTime updated_at);

class StartGuard {
 public:
  StartGuard(std::filesystem::path cache_dir, const core::Clock& clock);

  // Records this start. After kFailedStartsBeforeFallback failed starts within kCrashLoopWindow
  // of the update of `current`, first switches `current` to `previous` and returns the report
  // ("version 15 failed to start 3 times within a minute of its update; ..."); nullopt otherwise.
  std::optional<std::string> begin();
  // The first frame is on screen: this start did not fail.
  void first_frame();

  std::uint64_t held_back_version() const { return record_.held_back_version; }
  std::filesystem::path state_file() const { return cache_dir_ / "start-state.json"; }
  // Problems reading or writing the state file (the kiosk starts regardless).
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::optional<std::string> fall_back(const std::filesystem::path& bad, int failed);
  void load();
  void save();

  std::filesystem::path cache_dir_;
  const core::Clock& clock_;
  StartRecord record_;
  std::vector<std::string> problems_;
};

}  // namespace marquee::sync
