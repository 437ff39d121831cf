#include "content/queries.hpp"

#include <algorithm>
#include <cstdio>

#include "content/collation.hpp"

namespace marquee::content {
namespace {

bool at_venue(const Content& c, const Session& s, std::string_view venue_id) {
  const Room* r = c.room(s.room);
  return r && r->venue == venue_id;
}

}  // namespace

std::vector<const Session*> sessions_now(const Content& c, std::string_view venue_id, core::WallTime t) {
  std::vector<const Session*> out;
  for (const auto& s : c.sessions) {
    if (s.start > t) break;  // sessions are sorted by start
    if (t < s.end && at_venue(c, s, venue_id)) out.push_back(&s);
  }
  return out;
}

std::vector<const Session*> sessions_next(const Content& c, std::string_view venue_id, core::WallTime t,
                                          std::size_t limit) {
  std::vector<const Session*> out;
  auto it = std::upper_bound(c.sessions.begin(), c.sessions.end(), t,
                             [](core::WallTime v, const Session& s) { return v < s.start; });
  for (; it != c.sessions.end() && out.size() < limit; ++it) {
    if (at_venue(c, *it, venue_id)) out.push_back(&*it);
  }
  return out;
}

std::vector<const Announcement*> active_announcements(const Content& c, std::string_view venue_id,
                                                      core::WallTime t) {
  std::vector<const Announcement*> out;
  for (const auto& a : c.announcements) {
    const bool here =
        a.venues.empty() || std::find(a.venues.begin(), a.venues.end(), venue_id) != a.venues.end();
    if (here && a.active_at(t)) out.push_back(&a);
  }
  std::stable_sort(out.begin(), out.end(), [](const Announcement* a, const Announcement* b) {
    return static_cast<int>(a->priority) > static_cast<int>(b->priority);
  });
  return out;
}

const Announcement* active_emergency(const Content& c, std::string_view venue_id, core::WallTime t) {
  for (const Announcement* a : active_announcements(c, venue_id, t)) {
    if (a->priority == Priority::Emergency) return a;
  }
  return nullptr;
}

std::string format_local_time(const Venue& venue, core::WallTime t) {
  if (!venue.time_zone) return "--:--";
  const auto l = venue.time_zone->to_local(t);
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", l.hour, l.minute);
  return buf;
}

std::string format_local_range(const Venue& venue, core::WallTime start, core::WallTime end) {
  return format_local_time(venue, start) + "\xE2\x80\x93" + format_local_time(venue, end);
}

std::string local_day(const Venue& venue, core::WallTime t) {
  if (!venue.time_zone) return "";
  const auto l = venue.time_zone->to_local(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", l.year, l.month, l.day);
  return buf;
}

std::vector<const Exhibitor*> exhibitors_sorted(const Content& c, Lang lang) {
  std::vector<const Exhibitor*> out;
  out.reserve(c.exhibitors.size());
  const auto& order = c.exhibitor_order(lang);
  if (order.size() == c.exhibitors.size()) {
    for (std::uint32_t i : order) out.push_back(&c.exhibitors[i]);
    return out;
  }
  // Exhibitors added after the order was collated (hand-built content in tests): collate here.
  std::vector<std::string_view> names;
  names.reserve(c.exhibitors.size());
  for (const auto& e : c.exhibitors) names.push_back(e.name.get(lang));
  for (std::uint32_t i : collated_order(names, lang)) out.push_back(&c.exhibitors[i]);
  return out;
}

}  // namespace marquee::content
