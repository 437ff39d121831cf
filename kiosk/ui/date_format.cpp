#include "ui/date_format.hpp"

#include <array>
#include <cstdio>
#include <string_view>

namespace marquee::ui {
namespace {

constexpr std::array<const char*, 7> kWeekdayEn = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<const char*, 7> kWeekdayZh = {"周日", "周一", "周二", "周三", "周四", "周五", "周六"};
constexpr std::array<const char*, 7> kWeekdayEs = {"dom", "lun", "mar", "mié", "jue", "vie", "sáb"};
constexpr std::array<const char*, 12> kMonthEn = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kMonthEs = {"ene", "feb", "mar", "abr", "may", "jun",
                                                  "jul", "ago", "sept", "oct", "nov", "dic"};

// Abbreviations that name one zone only. Others (CST, IST, BST, AST, GST, SST, +08...) are shown
// as an offset.
constexpr std::array<std::string_view, 18> kUnambiguous = {"UTC",  "GMT",  "CET",  "CEST", "WET",  "WEST",
                                                           "EET",  "EEST", "JST",  "KST",  "HKT",  "MSK",
                                                           "AEST", "AEDT", "NZST", "NZDT", "PST",  "PDT"};

int weekday_index(int w) {
  return w < 0 || w > 6 ? 0 : w;
}

// Day of the week of a civil date (0 = Sunday), for tab labels that come as "YYYY-MM-DD".
int weekday_of(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  const long days = static_cast<long>(era) * 146097 + doe - 719468;  // days since 1970-01-01 (a Thursday)
  return static_cast<int>(((days % 7) + 11) % 7);
}

}  // namespace

std::string day_label(const core::LocalDateTime& l, content::Lang lang) {
  if (l.month < 1 || l.month > 12) return "";
  const int w = weekday_index(l.weekday);
  char buf[48];
  switch (lang) {
    case content::Lang::Zh:
      std::snprintf(buf, sizeof buf, "%d月%d日 %s", l.month, l.day, kWeekdayZh[w]);
      break;
    case content::Lang::Es:
      std::snprintf(buf, sizeof buf, "%s %d %s", kWeekdayEs[w], l.day, kMonthEs[l.month - 1]);
      break;
    default:
      std::snprintf(buf, sizeof buf, "%s %d %s", kWeekdayEn[w], l.day, kMonthEn[l.month - 1]);
      break;
  }
  return buf;
}

std::string date_label(const core::LocalDateTime& l, content::Lang lang) {
  if (lang == content::Lang::Zh) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d年%s", l.year, day_label(l, lang).c_str());
    return buf;
  }
  return day_label(l, lang) + " " + std::to_string(l.year);
}

std::string zone_label(const core::LocalDateTime& l) {
  for (auto abbr : kUnambiguous) {
    if (l.abbreviation == abbr) return l.abbreviation;
  }
  const int m = l.utc_offset_minutes;
  const int a = m < 0 ? -m : m;
  char buf[24];
  if (a % 60 == 0) {
    std::snprintf(buf, sizeof buf, "UTC%c%d", m < 0 ? '-' : '+', a / 60);
  } else {
    std::snprintf(buf, sizeof buf, "UTC%c%d:%02d", m < 0 ? '-' : '+', a / 60, a % 60);
  }
  return buf;
}

std::string day_tab_label(const std::string& iso_day, content::Lang lang) {
  core::LocalDateTime l;
  if (std::sscanf(iso_day.c_str(), "%4d-%2d-%2d", &l.year, &l.month, &l.day) != 3 || l.month < 1 ||
      l.month > 12 || l.day < 1 || l.day > 31) {
    return iso_day;
  }
  l.weekday = weekday_of(l.year, l.month, l.day);
  return day_label(l, lang);
}

}  // namespace marquee::ui
