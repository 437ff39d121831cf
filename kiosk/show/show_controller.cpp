#include "show/show_controller.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

#include "core/time_zone.hpp"

namespace marquee::show {

std::string_view state_name(CueStatus::State s) {
  switch (s) {
    case CueStatus::State::Waiting:
      return "waiting";
    case CueStatus::State::Running:
      return "running";
    case CueStatus::State::Done:
      return "done";
    case CueStatus::State::Failed:
      return "failed";
    case CueStatus::State::Stopped:
      return "stopped";
  }
  return "?";
}

std::uint64_t ShowController::record_locked(const ShowCommand& c, std::string outcome) {
  const std::string action = describe(c);
  const core::WallTime now = clock_.base().now();
  const std::uint64_t seq = next_seq_++;
  // A fader drag is many commands: one log line per drag (same sender, within two seconds).
  if (c.action == ShowAction::GrandMaster && !log_.empty() && log_.back().who == c.who &&
      log_.back().action.rfind("Grand master", 0) == 0 && now - log_.back().at < core::Millis{2000}) {
    log_.back() = {seq, now, c.who, action, std::move(outcome)};
    return seq;
  }
  spdlog::info("show control: {} by {}: {}", action, c.who, outcome);
  log_.push_back({seq, now, c.who, action, std::move(outcome)});
  if (log_.size() > kMaxLog) log_.pop_front();
  return seq;
}

// The queued command's log line gets its result (one line per command, as staff read it).
void ShowController::complete(std::uint64_t seq, const ShowCommand& c, std::string outcome) {
  std::lock_guard lock(mutex_);
  spdlog::info("show control: {} by {}: {}", describe(c), c.who, outcome);
  for (auto it = log_.rbegin(); it != log_.rend(); ++it) {
    if (it->seq == seq) {
      it->outcome = std::move(outcome);
      return;
    }
  }
}

core::Status ShowController::submit(ShowCommand c) {
  std::lock_guard lock(mutex_);
  if (auto st = validate(c); !st) {
    if (c.who.empty()) c.who = "?";
    record_locked(c, "refused: " + st.error().message);
    return st;
  }
  switch (c.action) {
    case ShowAction::Go:
    case ShowAction::Stop:
    case ShowAction::Shift: {
      const std::string outcome = c.at ? "scheduled for " + core::format_iso8601_utc_ms(*c.at) : "queued";
      pending_.emplace_back(record_locked(c, outcome), c);
      return core::Ok{};
    }
    case ShowAction::Hold:
      record_locked(c, clock_.hold() ? "ok" : "already held");
      return core::Ok{};
    case ShowAction::Resume:
      record_locked(c, clock_.resume() ? "ok" : "was not held");
      return core::Ok{};
    case ShowAction::Blackout:
    case ShowAction::Release:
      blackout_ = c.action == ShowAction::Blackout;
      if (masters_ != nullptr) masters_->set_blackout(blackout_);
      record_locked(c, masters_ != nullptr ? "ok" : "ok (no lighting output patched)");
      return core::Ok{};
    case ShowAction::GrandMaster:
      grand_master_ = c.level;
      if (masters_ != nullptr) masters_->set_grand_master(grand_master_);
      record_locked(c, masters_ != nullptr ? "ok" : "ok (no lighting output patched)");
      return core::Ok{};
  }
  return core::make_error("unknown show action");
}

int ShowController::run_pending(CueControl& cues) {
  std::vector<std::pair<std::uint64_t, ShowCommand>> batch;
  const core::WallTime show_now = clock_.now();
  {
    std::lock_guard lock(mutex_);
    if (pending_.empty()) return 0;
    // Commands scheduled `at` a later show instant stay queued until a tick reaches it.
    std::vector<std::pair<std::uint64_t, ShowCommand>> later;
    for (auto& entry : pending_) {
      (entry.second.at && *entry.second.at > show_now ? later : batch).push_back(std::move(entry));
    }
    pending_.swap(later);
    if (batch.empty()) return 0;
  }
  for (const auto& [seq, c] : batch) {
    std::string outcome = "ok";
    if (c.at) outcome = "ok, ran at show time " + core::format_iso8601_utc_ms(show_now);
    if (c.action == ShowAction::Go || c.action == ShowAction::Stop) {
      const auto st = c.action == ShowAction::Go ? cues.go(c.cue) : cues.stop(c.cue);
      if (!st) outcome = "failed: " + st.error().message;
    } else if (c.action == ShowAction::Shift) {
      const int moved = cues.shift_clock_starts(std::chrono::seconds{c.shift_seconds}, clock_.now());
      outcome = "ok, " + std::to_string(moved) + (moved == 1 ? " start moved" : " starts moved");
    }
    complete(seq, c, std::move(outcome));
  }
  return static_cast<int>(batch.size());
}

bool ShowController::has_pending() const {
  std::lock_guard lock(mutex_);
  return !pending_.empty();
}

void ShowController::publish(ShowSnapshot snapshot) {
  std::lock_guard lock(mutex_);
  snapshot_ = std::move(snapshot);
}

ShowSnapshot ShowController::snapshot() const {
  std::lock_guard lock(mutex_);
  return snapshot_;
}

std::vector<ActionRecord> ShowController::log() const {
  std::lock_guard lock(mutex_);
  return {log_.begin(), log_.end()};
}

bool ShowController::blackout() const {
  std::lock_guard lock(mutex_);
  return blackout_;
}

float ShowController::grand_master() const {
  std::lock_guard lock(mutex_);
  return grand_master_;
}

}  // namespace marquee::show
