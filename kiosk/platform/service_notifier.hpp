#pragma once
// Tells systemd how the kiosk is doing (sd_notify, Type=notify units): READY=1 once the first
// frame is on screen, then WATCHDOG=1 from the frame loop while frames are being drawn. A hung
// UI thread stops the pings, so systemd's WatchdogSec= kills and restarts the kiosk. Outside
// systemd (no NOTIFY_SOCKET) every call does nothing.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"

namespace marquee::platform {

class ServiceNotifier {
 public:
  // Reads NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID (through libsystemd).
  static ServiceNotifier from_environment();

  bool active() const { return active_; }
  // The unit's WatchdogSec=, when the watchdog is on for this process.
  std::optional<std::chrono::microseconds> watchdog_timeout() const { return watchdog_; }

  // Called by the frame loop after each presented frame: the first sends READY=1 (with
  // ready_status as STATUS=), later ones WATCHDOG=1, at most four times per watchdog timeout so
  // a 60 Hz loop does not flood systemd. Returns what it sent ("" for nothing).
  std::string_view frame_presented(core::MonoTime now);
  void set_ready_status(std::string text) { ready_status_ = std::move(text); }
  void status(std::string_view text) const;  // STATUS=..., shown by systemctl status
  void stopping() const;                     // STOPPING=1 on a clean exit

 private:
  bool send(std::string_view message) const;

  bool active_ = false;
  std::optional<std::chrono::microseconds> watchdog_;
  bool ready_sent_ = false;
  std::string ready_status_;
  std::optional<core::MonoTime> last_ping_;
};

}  // namespace marquee::platform
