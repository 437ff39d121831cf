#pragma once
// `marquee fleet exporter`: serves the fleet table as Prometheus metrics over HTTP (GET /metrics),
// so a Prometheus server scrapes one address for the whole fleet and alerts on it.
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "fleet/fleet_table.hpp"

namespace marquee::fleet {

// Blocks serving until `stop_requested()` returns true (checked every 200 ms).
core::Status serve_metrics(FleetTable& table, const core::Clock& clock, const std::string& host, int port,
                           bool (*stop_requested)());

}  // namespace marquee::fleet
