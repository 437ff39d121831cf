#pragma once
// Dates and time zones as an attendee reads them, in the kiosk's languages: "Fri 26 Mar",
// "3月26日 周五", "vie 26 mar"; a zone named by its abbreviation only where nobody can misread it
// ("CET", "JST"), else by its offset ("UTC+8" instead of "CST", which is also Chicago and Cuba).
#include <string>

#include "content/localized_text.hpp"
#include "core/time_zone.hpp"

namespace marquee::ui {

std::string day_label(const core::LocalDateTime& local, content::Lang lang);
std::string zone_label(const core::LocalDateTime& local);
// "Fri 26 Mar 2027" style: day_label plus the year (for the clock on Home and the attract loop).
std::string date_label(const core::LocalDateTime& local, content::Lang lang);
// A "YYYY-MM-DD" day as a tab label ("Fri 26 Mar"); the text as given when it is not a date.
std::string day_tab_label(const std::string& iso_day, content::Lang lang);

}  // namespace marquee::ui
