#include "sync/sync_service.hpp"

#include <random>

namespace marquee::sync {

SyncService::SyncService(SyncConfig config, PublicKey key, const core::Clock& clock,
                         const StartupContent& startup)
    : syncer_(config, key, clock, startup),
      clock_(clock),
      config_(std::move(config)),
      backoff_(config_.backoff_initial, config_.backoff_max, std::random_device{}()) {
  status_ = syncer_.status();
}

SyncService::~SyncService() {
  stop();
}

void SyncService::start() {
  if (thread_.joinable()) return;
  thread_ = std::jthread([this](std::stop_token stop) { loop(std::move(stop)); });
}

void SyncService::stop() {
  if (!thread_.joinable()) return;
  thread_.request_stop();
  wake_.notify_all();
  thread_.join();
}

void SyncService::poll_now() {
  {
    std::lock_guard lock(mutex_);
    poke_ = true;
  }
  wake_.notify_all();
}

SyncStatus SyncService::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}

void SyncService::publish_status() {
  std::lock_guard lock(mutex_);
  status_ = syncer_.status();
}

std::chrono::milliseconds SyncService::next_delay(const CycleResult& r) {
  if (r.outcome == Outcome::Failed) return backoff_.delay(syncer_.status().consecutive_failures);
  return config_.poll_interval;
}

void SyncService::loop(std::stop_token stop) {
  while (!stop.stop_requested()) {
    if (auto activated = syncer_.activate_if_due()) {
      mailbox_.publish(activated->content);
      if (on_cycle_) on_cycle_(*activated);
    }
    CycleResult r = syncer_.run_once(stop);
    if (r.content) mailbox_.publish(r.content);
    auto delay = next_delay(r);
    // Wake for a staged bundle's activate_at if that comes before the next poll.
    if (auto at = syncer_.staged_activate_at()) {
      delay = std::min(
          delay, std::max(std::chrono::milliseconds(0),
                          std::chrono::duration_cast<std::chrono::milliseconds>(*at - clock_.wall_now())));
    }
    syncer_.set_next_attempt(clock_.wall_now() + delay);
    publish_status();
    if (on_cycle_) on_cycle_(r);
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, stop, delay, [this] { return poke_; });
    poke_ = false;
  }
}

}  // namespace marquee::sync
