#include "show/venue_time.hpp"

#include <charconv>
#include <cmath>
#include <numbers>
#include <string>

namespace marquee::show {
namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

bool two_digits(std::string_view s, std::size_t pos, int& out) {
  if (pos + 2 > s.size()) return false;
  auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + 2, out);
  return ec == std::errc{} && p == s.data() + pos + 2;
}

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
long long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int day_of_year(int y, int m, int d) {
  return static_cast<int>(days_from_civil(y, m, d) - days_from_civil(y, 1, 1)) + 1;
}

struct SolarState {
  double eqtime_min;  // equation of time, minutes
  double decl_rad;    // solar declination
};

SolarState solar_state(int year, int doy, double utc_hour) {
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const double g = 2.0 * std::numbers::pi / (leap ? 366.0 : 365.0) * (doy - 1 + (utc_hour - 12.0) / 24.0);
  const double eq = 229.18 * (0.000075 + 0.001868 * std::cos(g) - 0.032077 * std::sin(g) -
                              0.014615 * std::cos(2 * g) - 0.040849 * std::sin(2 * g));
  const double decl = 0.006918 - 0.399912 * std::cos(g) + 0.070257 * std::sin(g) -
                      0.006758 * std::cos(2 * g) + 0.000907 * std::sin(2 * g) - 0.002697 * std::cos(3 * g) +
                      0.00148 * std::sin(3 * g);
  return {eq, decl};
}

// Minutes after UTC midnight of the date for sunrise (sign -1), sunset (+1) or noon (0).
std::optional<double> event_minutes(int year, int doy, double lat, double lon, int sign) {
  double minutes = 720.0 - 4.0 * lon;  // first guess: mean solar noon
  for (int pass = 0; pass < 3; ++pass) {
    const SolarState s = solar_state(year, doy, minutes / 60.0);
    double ha_deg = 0.0;
    if (sign != 0) {
      const double c = std::cos(90.833 * kDeg) / (std::cos(lat * kDeg) * std::cos(s.decl_rad)) -
                       std::tan(lat * kDeg) * std::tan(s.decl_rad);
      if (c < -1.0 || c > 1.0) return std::nullopt;
      ha_deg = std::acos(c) / kDeg;
    }
    minutes = 720.0 - 4.0 * (lon - sign * ha_deg) - s.eqtime_min;
  }
  return minutes;
}

core::WallTime at_minutes(int y, int m, int d, double minutes) {
  const long long ms = days_from_civil(y, m, d) * 86'400'000LL + std::llround(minutes * 60'000.0);
  return core::WallTime{core::Millis{ms}};
}

}  // namespace

core::Result<ClockTime> parse_clock_time(std::string_view text) {
  ClockTime t;
  bool ok = (text.size() == 5 || text.size() == 8) && text[2] == ':' && two_digits(text, 0, t.hour) &&
            two_digits(text, 3, t.minute);
  if (ok && text.size() == 8) ok = text[5] == ':' && two_digits(text, 6, t.second);
  ok = ok && t.hour < 24 && t.minute < 60 && t.second < 60;
  if (!ok) return core::make_error("bad clock time \"" + std::string(text) + "\" (expected HH:MM:SS)");
  return t;
}

core::WallTime local_instant(const core::TimeZone& zone, int year, int month, int day, ClockTime t) {
  return zone.from_local(year, month, day, t.hour, t.minute, t.second);
}

namespace {

// The venue-local calendar date `delta` days from the date of `at` (stepping dates, not 24-hour
// spans: around a DST change a day is 23 or 25 hours long).
core::LocalDateTime local_date_plus(const core::TimeZone& zone, core::WallTime at, int delta) {
  core::LocalDateTime d = zone.to_local(at);
  const long long days = days_from_civil(d.year, d.month, d.day) + delta;
  const auto ymd = std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
  d.year = static_cast<int>(ymd.year());
  d.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  d.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return d;
}

}  // namespace

core::WallTime nearest_local_instant(const core::TimeZone& zone, core::Millis time_of_day,
                                     core::WallTime near) {
  const long long ms = time_of_day.count();
  const ClockTime t{static_cast<int>(ms / 3'600'000), static_cast<int>(ms / 60'000 % 60),
                    static_cast<int>(ms / 1000 % 60)};
  core::WallTime best{};
  bool first = true;
  for (const int delta : {0, -1, 1}) {
    const core::LocalDateTime d = local_date_plus(zone, near, delta);
    const core::WallTime candidate = local_instant(zone, d.year, d.month, d.day, t) + core::Millis{ms % 1000};
    const auto distance = candidate > near ? candidate - near : near - candidate;
    const auto best_distance = best > near ? best - near : near - best;
    if (first || distance < best_distance) best = candidate;
    first = false;
  }
  return best;
}

core::WallTime next_local_occurrence(const core::TimeZone& zone, ClockTime t, core::WallTime now) {
  const core::LocalDateTime today = zone.to_local(now);
  const core::WallTime candidate = local_instant(zone, today.year, today.month, today.day, t);
  if (candidate >= now) return candidate;
  // Tomorrow's calendar date, via the day count so month and year ends roll over.
  const long long days = days_from_civil(today.year, today.month, today.day) + 1;
  const auto ymd = std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days}}};
  return local_instant(zone, static_cast<int>(ymd.year()),
                       static_cast<int>(static_cast<unsigned>(ymd.month())),
                       static_cast<int>(static_cast<unsigned>(ymd.day())), t);
}

SunTimes sun_times(int year, int month, int day, double latitude, double longitude) {
  const int doy = day_of_year(year, month, day);
  SunTimes out;
  out.solar_noon = at_minutes(year, month, day, *event_minutes(year, doy, latitude, longitude, 0));
  if (auto rise = event_minutes(year, doy, latitude, longitude, -1))
    out.sunrise = at_minutes(year, month, day, *rise);
  if (auto set = event_minutes(year, doy, latitude, longitude, +1))
    out.sunset = at_minutes(year, month, day, *set);
  return out;
}

}  // namespace marquee::show
