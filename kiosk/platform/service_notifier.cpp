#include "platform/service_notifier.hpp"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace marquee::platform {

ServiceNotifier ServiceNotifier::from_environment() {
  ServiceNotifier n;
  const char* socket = std::getenv("NOTIFY_SOCKET");  // NOLINT(concurrency-mt-unsafe)
  n.active_ = socket != nullptr && *socket != '\0';
  std::uint64_t usec = 0;
  if (n.active_ && sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
    n.watchdog_ = std::chrono::microseconds(usec);
  }
  return n;
}

bool ServiceNotifier::send(std::string_view message) const {
  if (!active_) return false;
  // 0: keep NOTIFY_SOCKET in the environment, every later frame needs it too.
  return sd_notify(0, std::string(message).c_str()) > 0;
}

std::string_view ServiceNotifier::frame_presented(core::MonoTime now) {
  if (!active_) return {};
  if (!ready_sent_) {
    ready_sent_ = true;
    last_ping_ = now;
    std::string message = "READY=1";
    if (!ready_status_.empty()) message += "\nSTATUS=" + ready_status_;
    send(message);
    return "READY=1";
  }
  if (!watchdog_) return {};
  if (last_ping_ && now - *last_ping_ < *watchdog_ / 4) return {};
  last_ping_ = now;
  send("WATCHDOG=1");
  return "WATCHDOG=1";
}

void ServiceNotifier::status(std::string_view text) const {
  send("STATUS=" + std::string(text));
}

void ServiceNotifier::stopping() const {
  send("STOPPING=1");
}

}  // namespace marquee::platform
