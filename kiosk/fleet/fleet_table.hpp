#pragma once
// The operator's picture of the fleet, built from the retained status messages: one row per
// kiosk, as `marquee fleet status` / `watch` print it and `fleet exporter` serves it to Prometheus.
// No MQTT here: the caller feeds it messages, so it is tested on plain strings.
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/clock.hpp"
#include "fleet/kiosk_status.hpp"

namespace marquee::fleet {

class FleetTable {
 public:
  // A message on marquee/<venue>/<kiosk>/status. Returns false for anything that is not one.
  bool update(std::string_view topic, std::string_view payload, core::WallTime received);

  std::vector<KioskStatus> rows() const;  // sorted by venue, then kiosk
  std::size_t size() const;

  // The table as text: kiosk, venue, online, version, content age, last sync, show, fps, last
  // touch, screen, last rejected. `now` ages the "last touch" and "seen" columns.
  std::string render(core::WallTime now) const;
  // Prometheus text exposition format (version 0.0.4): per-kiosk gauges labelled venue and kiosk.
  std::string prometheus(core::WallTime now) const;

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, std::string>, std::pair<KioskStatus, core::WallTime>> rows_;
};

}  // namespace marquee::fleet
