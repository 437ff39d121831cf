#include "sync/start_guard.hpp"

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "sync/cache.hpp"
#include "sync/fs_util.hpp"
#include "sync/generation.hpp"

namespace marquee::sync {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxStateBytes = 64 * 1024;
constexpr std::size_t kMaxRecordedStarts = 16;  // enough to decide; a loop cannot grow the file

// When `current` was last switched: the symlink's own mtime (rename(2) keeps the new link's).
std::optional<core::WallTime> switched_at(const fs::path& link) {
  struct stat st {};
  if (::lstat(link.c_str(), &st) != 0) return std::nullopt;
  const auto ms = std::chrono::seconds(st.st_mtim.tv_sec) +
                  std::chrono::duration_cast<core::Millis>(std::chrono::nanoseconds(st.st_mtim.tv_nsec));
  return core::WallTime(std::chrono::duration_cast<core::Millis>(ms));
}

std::uint64_t version_of(const fs::path& generation) {
  auto m = read_generation_manifest(generation, nullptr);
  return m ? m->version : 0;
}

}  // namespace

int failed_starts_after_update(const StartRecord& record, core::WallTime updated_at) {
  int failed = 0;
  for (const auto t : record.unfinished) {
    if (t >= updated_at && t - updated_at <= kCrashLoopWindow) ++failed;
  }
  return failed;
}

StartGuard::StartGuard(fs::path cache_dir, const core::Clock& clock)
    : cache_dir_(std::move(cache_dir)), clock_(clock) {
  load();
}

std::optional<std::string> StartGuard::begin() {
  const CacheStore cache(cache_dir_);
  const auto current = cache.pointer("current");
  if (!current) return std::nullopt;  // nothing cached yet: nothing to fall back from
  const std::string generation = current->filename().string();
  if (record_.generation != generation) record_ = {generation, {}, record_.held_back_version};
  std::optional<std::string> report;
  if (const auto updated = switched_at(cache_dir_ / "current")) {
    const int failed = failed_starts_after_update(record_, *updated);
    if (failed >= kFailedStartsBeforeFallback) report = fall_back(*current, failed);
  }
  record_.unfinished.push_back(clock_.wall_now());
  if (record_.unfinished.size() > kMaxRecordedStarts) record_.unfinished.erase(record_.unfinished.begin());
  save();
  return report;
}

std::optional<std::string> StartGuard::fall_back(const fs::path& bad, int failed) {
  const CacheStore cache(cache_dir_);
  const auto bad_version = version_of(bad);
  std::string report = "version " + std::to_string(bad_version) + " failed to start " +
                       std::to_string(failed) + " times within a minute of its update; ";
  const auto previous = cache.pointer("previous");
  if (!previous || fs::weakly_canonical(*previous) == fs::weakly_canonical(bad)) {
    record_.unfinished.clear();  // report once per loop, not at every start
    return report + "no previous cache generation to fall back to";
  }
  if (auto s = cache.set_pointer("current", *previous); !s) {
    return report + "could not switch to the previous cache generation: " + s.error().message;
  }
  record_ = {previous->filename().string(), {}, bad_version};
  return report + "started from the previous cache generation (version " +
         std::to_string(version_of(*previous)) + "); version " + std::to_string(bad_version) +
         " is held back until a newer one is published";
}

void StartGuard::first_frame() {
  if (record_.unfinished.empty()) return;
  record_.unfinished.clear();
  save();
}

void StartGuard::load() {
  auto text = read_whole_file(state_file(), kMaxStateBytes);
  if (!text) return;  // first start: no file yet
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (!j.is_object()) {
    problems_.push_back(state_file().string() + ": not a JSON object; starting a new record");
    return;
  }
  record_.generation = j.value("generation", "");
  record_.held_back_version = j.value("held_back_version", std::uint64_t{0});
  if (const auto it = j.find("unfinished_starts_ms"); it != j.end() && it->is_array()) {
    for (const auto& t : *it) {
      if (t.is_number_integer()) record_.unfinished.emplace_back(core::Millis(t.get<long long>()));
    }
  }
}

void StartGuard::save() {
  nlohmann::json starts = nlohmann::json::array();
  for (const auto t : record_.unfinished) starts.push_back(t.time_since_epoch().count());
  const nlohmann::json j = {{"generation", record_.generation},
                            {"unfinished_starts_ms", starts},
                            {"held_back_version", record_.held_back_version}};
  if (auto s = write_file_durably(state_file(), j.dump(1) + "\n"); !s) problems_.push_back(s.error().message);
}

}  // namespace marquee::sync
