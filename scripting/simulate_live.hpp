#pragma once
// Inside `show simulate`: the run with timed live commands (--command "HH:MM:SS {json}"), which
// goes through a ShowController on a HoldableClock as a kiosk's show thread does.
#include <iosfwd>
#include <string>

#include "core/time_zone.hpp"
#include "scripting/simulate.hpp"

namespace marquee::scripting {
namespace detail {
std::string local_stamp(const core::TimeZone& tz, core::WallTime t);  // "20:00:00.000"
std::string offset_stamp(core::Millis d);                             // "+00:05:00.000"
}  // namespace detail

core::Result<int> simulate_live(const SimulateOptions& sim, const show::Rig& rig, const HostOptions& options,
                                const core::TimeZone& tz, core::WallTime from, core::WallTime to,
                                std::ostream& out);

}  // namespace marquee::scripting
