#include "core/time_zone.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <charconv>
#include <cstdio>

namespace marquee::core {
namespace {

const date::time_zone* zone_of(const void* p) {
  return static_cast<const date::time_zone*>(p);
}

bool parse_int(std::string_view text, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > text.size()) return false;
  const char* first = text.data() + pos;
  auto [ptr, ec] = std::from_chars(first, first + len, out);
  return ec == std::errc{} && ptr == first + len;
}

}  // namespace

Result<TimeZone> TimeZone::find(std::string_view iana_name) {
  try {
    const date::time_zone* zone = date::locate_zone(iana_name);
    return TimeZone(std::string(iana_name), zone);
  } catch (const std::exception&) {
    return make_error("unknown time zone \"" + std::string(iana_name) + "\"");
  }
}

bool is_valid_time_zone(std::string_view iana_name) {
  return TimeZone::find(iana_name).ok();
}

LocalDateTime TimeZone::to_local(WallTime instant) const {
  const auto info = zone_of(zone_)->get_info(instant);
  const auto local = instant + info.offset;
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss hms{local - day};
  LocalDateTime out;
  out.year = static_cast<int>(ymd.year());
  out.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  out.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  out.hour = static_cast<int>(hms.hours().count());
  out.minute = static_cast<int>(hms.minutes().count());
  out.second = static_cast<int>(hms.seconds().count());
  out.weekday = static_cast<int>(date::weekday{day}.c_encoding());
  out.utc_offset_minutes =
      static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.offset).count());
  out.abbreviation = info.abbrev;
  return out;
}

WallTime TimeZone::from_local(int year, int month, int day, int hour, int minute, int second) const {
  const auto local_day = date::local_days{date::year{year} / month / day};
  const auto local =
      local_day + std::chrono::hours{hour} + std::chrono::minutes{minute} + std::chrono::seconds{second};
  const auto info = zone_of(zone_)->get_info(local);
  std::chrono::sys_seconds sys;
  switch (info.result) {
    case date::local_info::unique:
    case date::local_info::ambiguous:  // first = the earlier (pre-transition) offset
      sys = std::chrono::sys_seconds{local.time_since_epoch() - info.first.offset};
      break;
    case date::local_info::nonexistent:  // inside a spring-forward gap: the jump instant
    default:
      sys = info.second.begin;
      break;
  }
  return std::chrono::time_point_cast<Millis>(sys);
}

Result<WallTime> parse_iso8601(std::string_view t) {
  // YYYY-MM-DDTHH:MM[:SS[.fff]](Z|+HH:MM|-HH:MM|+HHMM)
  int y, mo, d, h, mi, s = 0, ms = 0;
  if (t.size() < 16 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != ' ') || t[13] != ':' ||
      !parse_int(t, 0, 4, y) || !parse_int(t, 5, 2, mo) || !parse_int(t, 8, 2, d) ||
      !parse_int(t, 11, 2, h) || !parse_int(t, 14, 2, mi)) {
    return make_error("not an ISO 8601 date-time: \"" + std::string(t) + "\"");
  }
  std::size_t pos = 16;
  if (pos < t.size() && t[pos] == ':') {
    if (!parse_int(t, pos + 1, 2, s)) return make_error("bad seconds in \"" + std::string(t) + "\"");
    pos += 3;
    if (pos < t.size() && t[pos] == '.') {
      std::size_t end = pos + 1;
      while (end < t.size() && t[end] >= '0' && t[end] <= '9') ++end;
      const std::string frac = std::string(t.substr(pos + 1, end - pos - 1)) + "000";
      ms = std::stoi(frac.substr(0, 3));
      pos = end;
    }
  }
  int offset_minutes = 0;
  if (pos == t.size()) {
    return make_error("date-time without a time zone offset: \"" + std::string(t) + "\"");
  }
  if (t[pos] == 'Z' && pos + 1 == t.size()) {
    offset_minutes = 0;
  } else if (t[pos] == '+' || t[pos] == '-') {
    int oh = 0, om = 0;
    const std::string_view rest = t.substr(pos + 1);
    const bool colon =
        rest.size() == 5 && rest[2] == ':' && parse_int(rest, 0, 2, oh) && parse_int(rest, 3, 2, om);
    const bool compact = rest.size() == 4 && parse_int(rest, 0, 2, oh) && parse_int(rest, 2, 2, om);
    if (!colon && !compact) return make_error("bad UTC offset in \"" + std::string(t) + "\"");
    offset_minutes = (oh * 60 + om) * (t[pos] == '-' ? -1 : 1);
  } else {
    return make_error("bad UTC offset in \"" + std::string(t) + "\"");
  }
  const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(mo)},
                                 date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60) {
    return make_error("date-time out of range: \"" + std::string(t) + "\"");
  }
  const auto local = date::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} +
                     std::chrono::seconds{s} + std::chrono::milliseconds{ms};
  return WallTime{local - std::chrono::minutes{offset_minutes}};
}

std::string format_iso8601_utc(WallTime instant) {
  return date::format("%Y-%m-%dT%H:%M:%SZ", std::chrono::time_point_cast<std::chrono::seconds>(instant));
}

std::string format_iso8601_utc_ms(WallTime instant) {
  return date::format("%Y-%m-%dT%H:%M:%SZ", instant);  // a millisecond time point prints "SS.mmm"
}

std::string format_clock(const LocalDateTime& l, ClockFormat format) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format == ClockFormat::Colons ? "%02d:%02d:%02d" : "%02d%02d%02d", l.hour,
                l.minute, l.second);
  return buf;
}

bool parse_date(std::string_view t, int& year, int& month, int& day) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  if (!parse_int(t, 0, 4, year) || !parse_int(t, 5, 2, month) || !parse_int(t, 8, 2, day)) return false;
  return date::year_month_day{date::year{year}, date::month{static_cast<unsigned>(month)},
                              date::day{static_cast<unsigned>(day)}}
      .ok();
}

}  // namespace marquee::core
