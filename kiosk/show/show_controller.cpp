#include "show/show_controller.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

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

void ShowController::record_locked(const ShowCommand& c, std::string outcome) {
  const std::string action = describe(c);
  const core::WallTime now = clock_.base().now();
  // A fader drag is many commands: one log line per drag (same sender, within two seconds).
  if (c.action == ShowAction::GrandMaster && !log_.empty() && log_.back().who == c.who &&
      log_.back().action.rfind("Grand master", 0) == 0 && now - log_.back().at < core::Millis{2000}) {
    log_.back() = {now, c.who, action, std::move(outcome)};
    return;
  }
  spdlog::info("show control: {} by {}: {}", action, c.who, outcome);
  log_.push_back({now, c.who, action, std::move(outcome)});
  if (log_.size() > kMaxLog) log_.pop_front();
}

void ShowController::record(const ShowCommand& c, std::string outcome) {
  std::lock_guard lock(mutex_);
  record_locked(c, std::move(outcome));
}

core::Status ShowController::submit(ShowCommand c) {
  if (auto st = validate(c); !st) {
    if (c.who.empty()) c.who = "?";
    record(c, "refused: " + st.error().message);
    return st;
  }
  std::lock_guard lock(mutex_);
  switch (c.action) {
    case ShowAction::Go:
    case ShowAction::Stop:
    case ShowAction::Shift:
      pending_.push_back(c);
      record_locked(c, "queued");
      return core::Ok{};
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
  std::vector<ShowCommand> batch;
  {
    std::lock_guard lock(mutex_);
    if (pending_.empty()) return 0;
    batch.swap(pending_);
  }
  for (const ShowCommand& c : batch) {
    std::string outcome = "ok";
    if (c.action == ShowAction::Go || c.action == ShowAction::Stop) {
      const auto st = c.action == ShowAction::Go ? cues.go(c.cue) : cues.stop(c.cue);
      if (!st) outcome = "failed: " + st.error().message;
    } else if (c.action == ShowAction::Shift) {
      const int moved = cues.shift_clock_starts(std::chrono::seconds{c.shift_seconds}, clock_.now());
      outcome = "ok, " + std::to_string(moved) + (moved == 1 ? " start moved" : " starts moved");
    }
    record(c, outcome);
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
