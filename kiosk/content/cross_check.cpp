// Checks that need more than one item or file: duplicate ids, references between collections,
// and sessions scheduled outside their venue's conference days (in the venue's local time).
#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "content/id_checks.hpp"
#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace {

struct Ids {
  std::unordered_set<std::string> venues, rooms, tracks, sectors, speakers, halls, booths;
};

std::string local_date(const Venue& v, core::WallTime t) {
  const auto l = v.time_zone->to_local(t);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", l.year, l.month, l.day);
  return buf;
}

// A session must start on one of its venue's days; it may end that day or, for evening events,
// in the early hours of the next day.
void check_session_days(const Content& c, const Session& s, const Origin& o, Diagnostics& diag) {
  const Room* room = c.room(s.room);
  const Venue* venue = room ? c.venue(room->venue) : nullptr;
  // A start or end that failed to parse was already reported; do not pile a second error on it.
  if (!venue || !venue->time_zone || venue->days.empty() || s.start == core::WallTime{} || s.end <= s.start)
    return;
  const std::string start_day = local_date(*venue, s.start);
  const auto& days = venue->days;
  if (std::find(days.begin(), days.end(), start_day) == days.end()) {
    diag.error(o.file, o.path + "/start",
               "session starts on " + start_day + " (" + venue->time_zone_name + "), outside venue \"" +
                   venue->id + "\" conference days " + days.front() + " to " + days.back());
    return;
  }
  const auto last_allowed = s.start + std::chrono::hours{24};
  if (s.end > last_allowed) {
    diag.error(o.file, o.path + "/end", "session runs longer than 24 hours past the venue's conference day");
  }
}

}  // namespace

void cross_check(ParseState& state) {
  Content& c = state.content;
  Origins& o = state.origins;
  Diagnostics& d = state.diagnostics;
  Ids ids;
  ids.venues = check_duplicates(c.venues, o.venues, "venue", d);
  ids.rooms = check_duplicates(c.rooms, o.rooms, "room", d);
  ids.tracks = check_duplicates(c.tracks, o.tracks, "track", d);
  ids.sectors = check_duplicates(c.sectors, o.sectors, "sector", d);
  check_duplicates(c.sessions, o.sessions, "session", d);
  ids.speakers = check_duplicates(c.speakers, o.speakers, "speaker", d);
  check_duplicates(c.exhibitors, o.exhibitors, "exhibitor", d);
  ids.halls = check_duplicates(c.halls, o.halls, "hall", d);
  ids.booths = check_duplicates(c.booths, o.booths, "booth", d);
  check_duplicates(c.landmarks, o.landmarks, "landmark", d);
  check_duplicates(c.announcements, o.announcements, "announcement", d);
  check_duplicates(c.sponsors, o.sponsors, "sponsor", d);

  for (std::size_t i = 0; i < c.rooms.size(); ++i) {
    check_ref(ids.venues, c.rooms[i].venue, "venue", o.rooms[i], "/venue", d);
    check_ref(ids.halls, c.rooms[i].hall, "hall", o.rooms[i], "/hall", d);
  }
  c.build_indexes();
  for (std::size_t i = 0; i < c.sessions.size(); ++i) {
    const Session& s = c.sessions[i];
    check_ref(ids.rooms, s.room, "room", o.sessions[i], "/room", d);
    check_ref(ids.tracks, s.track, "track", o.sessions[i], "/track", d);
    for (std::size_t k = 0; k < s.speakers.size(); ++k) {
      check_ref(ids.speakers, s.speakers[k], "speaker", o.sessions[i], "/speakers/" + std::to_string(k), d);
    }
    check_session_days(c, s, o.sessions[i], d);
  }
  for (std::size_t i = 0; i < c.exhibitors.size(); ++i) {
    const Exhibitor& e = c.exhibitors[i];
    for (std::size_t k = 0; k < e.sectors.size(); ++k) {
      check_ref(ids.sectors, e.sectors[k], "sector", o.exhibitors[i], "/sectors/" + std::to_string(k), d);
    }
    check_ref(ids.booths, e.booth, "booth", o.exhibitors[i], "/booth", d);
  }
  for (std::size_t i = 0; i < c.halls.size(); ++i)
    check_ref(ids.venues, c.halls[i].venue, "venue", o.halls[i], "/venue", d);
  for (std::size_t i = 0; i < c.booths.size(); ++i)
    check_ref(ids.halls, c.booths[i].hall, "hall", o.booths[i], "/hall", d);
  for (std::size_t i = 0; i < c.landmarks.size(); ++i) {
    check_ref(ids.halls, c.landmarks[i].hall, "hall", o.landmarks[i], "/hall", d);
  }
  for (std::size_t i = 0; i < c.announcements.size(); ++i) {
    const auto& venues = c.announcements[i].venues;
    for (std::size_t k = 0; k < venues.size(); ++k) {
      check_ref(ids.venues, venues[k], "venue", o.announcements[i], "/venues/" + std::to_string(k), d);
    }
  }
  check_walking_map(state);
}

}  // namespace marquee::content
