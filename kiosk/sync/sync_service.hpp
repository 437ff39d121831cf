#pragma once
// The kiosk's background sync: a std::jthread that runs Syncer cycles at the poll interval (with
// backoff and jitter after failures), switches staged bundles at their activate_at, and hands each
// new snapshot to the UI through the ContentMailbox. The UI never waits on it.
//
//   auto startup = sync::open_cache_at_startup(cfg.cache_dir, core::demo_content_dir(), &key);
//   sync::SyncService service(cfg, key, core::SystemClock::instance(), startup);
//   service.start();
//   ... each frame: if (auto c = service.mailbox().take()) ui.set_content(*c);
//   ... staff panel: sync::SyncStatus s = service.status();
//   service.stop();  // or the destructor: cancels a transfer in progress within ~1 s
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "core/clock.hpp"
#include "sync/backoff.hpp"
#include "sync/content_mailbox.hpp"
#include "sync/status.hpp"
#include "sync/syncer.hpp"

namespace marquee::sync {

class SyncService {
 public:
  SyncService(SyncConfig config, PublicKey key, const core::Clock& clock, const StartupContent& startup);
  ~SyncService();
  SyncService(const SyncService&) = delete;
  SyncService& operator=(const SyncService&) = delete;

  void start();
  void stop();
  void poll_now();  // wakes the thread for an immediate cycle (staff panel "sync now")

  SyncStatus status() const;
  ContentMailbox& mailbox() { return mailbox_; }
  // Called on the sync thread after every cycle (for logs); must not block.
  void on_cycle(std::function<void(const CycleResult&)> callback) { on_cycle_ = std::move(callback); }

 private:
  void loop(std::stop_token stop);
  std::chrono::milliseconds next_delay(const CycleResult& r);
  void publish_status();

  Syncer syncer_;
  const core::Clock& clock_;
  SyncConfig config_;
  Backoff backoff_;
  ContentMailbox mailbox_;
  std::function<void(const CycleResult&)> on_cycle_;

  mutable std::mutex mutex_;
  std::condition_variable_any wake_;
  bool poke_ = false;
  SyncStatus status_;
  std::jthread thread_;
};

}  // namespace marquee::sync
