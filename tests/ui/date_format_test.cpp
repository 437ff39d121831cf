// Dates, day tabs and zone names as attendees read them in en, zh and es.
#include <gtest/gtest.h>

#include "core/time_zone.hpp"
#include "ui/date_format.hpp"

namespace marquee::ui {
namespace {

core::LocalDateTime friday_26_march() {
  core::LocalDateTime l;
  l.year = 2027, l.month = 3, l.day = 26, l.weekday = 5;
  return l;
}

TEST(DateFormat, DaysReadNaturallyInEachLanguage) {
  EXPECT_EQ(day_label(friday_26_march(), content::Lang::En), "Fri 26 Mar");
  EXPECT_EQ(day_label(friday_26_march(), content::Lang::Zh), "3月26日 周五");
  EXPECT_EQ(day_label(friday_26_march(), content::Lang::Es), "vie 26 mar");
  EXPECT_EQ(date_label(friday_26_march(), content::Lang::En), "Fri 26 Mar 2027");
}

TEST(DateFormat, DayTabsWorkOutTheWeekdayFromTheDate) {
  EXPECT_EQ(day_tab_label("2027-03-26", content::Lang::En), "Fri 26 Mar");
  EXPECT_EQ(day_tab_label("2027-03-28", content::Lang::Es), "dom 28 mar");
  EXPECT_EQ(day_tab_label("2024-02-29", content::Lang::Zh), "2月29日 周四");
  EXPECT_EQ(day_tab_label("not a date", content::Lang::En), "not a date");
}

TEST(DateFormat, AmbiguousZoneAbbreviationsBecomeOffsets) {
  core::LocalDateTime l;
  l.abbreviation = "CST", l.utc_offset_minutes = 480;  // China, but also Chicago and Cuba
  EXPECT_EQ(zone_label(l), "UTC+8");
  l.abbreviation = "IST", l.utc_offset_minutes = 330;
  EXPECT_EQ(zone_label(l), "UTC+5:30");
  l.abbreviation = "-03", l.utc_offset_minutes = -180;
  EXPECT_EQ(zone_label(l), "UTC-3");
  l.abbreviation = "CEST", l.utc_offset_minutes = 120;
  EXPECT_EQ(zone_label(l), "CEST");
}

}  // namespace
}  // namespace marquee::ui
