#pragma once
// Venue-local clock times ("20:00:00") and sunrise/sunset, so shows say what staff mean:
// "at eight in the evening at the venue" and "fifteen minutes after sunset".
#include <optional>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "core/time_zone.hpp"

namespace marquee::show {

struct ClockTime {
  int hour = 0, minute = 0, second = 0;
};

// "HH:MM" or "HH:MM:SS", 24-hour.
core::Result<ClockTime> parse_clock_time(std::string_view text);

// The first instant at or after `now` at which the venue's wall clock reads `t`. Computed from
// the local calendar date, so across a DST change "20:00:00" is still 20:00 on the venue clock.
core::WallTime next_local_occurrence(const core::TimeZone& zone, ClockTime t, core::WallTime now);

// The instant nearest to `near` at which the venue clock reads `time_of_day` (milliseconds since
// local midnight): on the local date of `near`, the day before or the day after. Dates are stepped
// on the calendar, so a 23- or 25-hour DST day never skips or repeats a date. Timecode from a
// lighting desk carries only the time of day; this puts it on the right day.
core::WallTime nearest_local_instant(const core::TimeZone& zone, core::Millis time_of_day,
                                     core::WallTime near);

// The instant of `t` on a given venue-local date.
core::WallTime local_instant(const core::TimeZone& zone, int year, int month, int day, ClockTime t);

struct SunTimes {
  std::optional<core::WallTime> sunrise;  // nullopt during polar day/night
  std::optional<core::WallTime> sunset;
  core::WallTime solar_noon;
};

// NOAA's solar position approximation (Fourier series for the equation of time and declination,
// zenith 90.833 degrees for refraction and the solar disc), iterated once at the event time.
// `year/month/day` is the civil date at the location; latitude north positive, longitude east
// positive. Accurate to about a minute between the polar circles.
SunTimes sun_times(int year, int month, int day, double latitude, double longitude);

}  // namespace marquee::show
