#pragma once
// Questions the screens ask of a Content snapshot. Pure functions of (content, instant), so they
// are tested without SDL and give the same answer on every kiosk at the same instant.
#include <string>
#include <vector>

#include "content/model.hpp"

namespace marquee::content {

// Sessions at a venue that are running at t (start <= t < end), by start time.
std::vector<const Session*> sessions_now(const Content& c, std::string_view venue_id, core::WallTime t);
// The next sessions at a venue starting after t (at most `limit`), by start time.
std::vector<const Session*> sessions_next(const Content& c, std::string_view venue_id, core::WallTime t,
                                          std::size_t limit);
// Announcements active at t for a venue (venue-less ones apply everywhere), highest priority first.
std::vector<const Announcement*> active_announcements(const Content& c, std::string_view venue_id,
                                                      core::WallTime t);
// The most important active emergency at t for the venue, or nullptr.
const Announcement* active_emergency(const Content& c, std::string_view venue_id, core::WallTime t);

// "09:30" in the venue's local time; "09:30–10:45" for a range.
std::string format_local_time(const Venue& venue, core::WallTime t);
std::string format_local_range(const Venue& venue, core::WallTime start, core::WallTime end);
// The venue-local day ("YYYY-MM-DD") of an instant.
std::string local_day(const Venue& venue, core::WallTime t);

// Exhibitors sorted A–Z by their name in a language (stable for equal names).
std::vector<const Exhibitor*> exhibitors_sorted(const Content& c, Lang lang);

}  // namespace marquee::content
