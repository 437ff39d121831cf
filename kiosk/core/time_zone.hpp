#pragma once
// Venue-local time from the real tz database (Howard Hinnant's date/tz over /usr/share/zoneinfo).
// Barcelona has DST; Beijing, Lhasa and Singapore are UTC+8 all year.
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace marquee::core {

struct LocalDateTime {
  int year = 0, month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  int weekday = 0;             // 0 = Sunday
  int utc_offset_minutes = 0;  // offset in force at that instant
  std::string abbreviation;    // e.g. "CEST"
};

class TimeZone {
 public:
  // Looks the IANA name up in the tz database; an unknown name is an Error.
  static Result<TimeZone> find(std::string_view iana_name);

  const std::string& name() const { return name_; }
  LocalDateTime to_local(WallTime instant) const;
  // The instant at which the local wall-clock time occurs. For a time skipped by a DST jump the
  // result is the instant just after the jump; for a repeated time, the earlier instant.
  WallTime from_local(int year, int month, int day, int hour, int minute, int second) const;

 private:
  TimeZone(std::string name, const void* zone) : name_(std::move(name)), zone_(zone) {}
  std::string name_;
  const void* zone_;  // const date::time_zone*, kept opaque so date/tz.h stays out of headers
};

bool is_valid_time_zone(std::string_view iana_name);

// Parses an ISO 8601 date-time with an offset or "Z" ("2026-05-20T09:30:00+08:00").
Result<WallTime> parse_iso8601(std::string_view text);
// Formats an instant as ISO 8601 UTC ("2026-05-20T01:30:00Z").
std::string format_iso8601_utc(WallTime instant);
// The same to the millisecond ("2026-05-20T01:30:00.250Z"), for instants that are acted on.
std::string format_iso8601_utc_ms(WallTime instant);
// A wall clock to the second: "21:05:09", or "210509" (Compact) where a colon cannot go, as in a
// file name. Show logs, the staff show page, show previews and Lua's local_time() all print it.
enum class ClockFormat { Colons, Compact };
std::string format_clock(const LocalDateTime& local, ClockFormat format = ClockFormat::Colons);
// Parses "YYYY-MM-DD" into its parts.
bool parse_date(std::string_view text, int& year, int& month, int& day);

}  // namespace marquee::core
