#include "ui/schedule_rows.hpp"

#include "content/queries.hpp"

namespace marquee::ui {
namespace {

bool passes(const content::Content& c, const content::Session& s, const content::Venue& v,
            const std::string& day, const ScheduleFilter& flt) {
  const content::Room* room = c.room(s.room);
  if (!room || room->venue != v.id) return false;
  if (!flt.room.empty() && s.room != flt.room) return false;
  if (!flt.track.empty() && s.track != flt.track) return false;
  if (flt.kind >= 0 && static_cast<int>(s.kind) != flt.kind) return false;
  return content::local_day(v, s.start) == day;  // the costly check last
}

}  // namespace

std::vector<ScheduleRow> build_schedule_rows(const content::Content& c, const content::Venue& venue,
                                             const std::string& day, const ScheduleFilter& filter) {
  std::vector<ScheduleRow> rows;
  for (const auto& s : c.sessions) {
    if (!passes(c, s, venue, day, filter)) continue;
    bool placed = false;
    // Look back a few rows only: sessions are sorted by start, so overlaps are near.
    for (auto it = rows.rbegin(); it != rows.rend() && it - rows.rbegin() < 8 && !placed; ++it) {
      for (const auto* other : *it) {
        if (other->room == s.room && s.start < other->end && other->start < s.end) {
          it->push_back(&s);
          placed = true;
          break;
        }
      }
    }
    if (!placed) rows.push_back({&s});
  }
  return rows;
}

const std::vector<ScheduleRow>& ScheduleRowsCache::get(const content::Content& c, const content::Venue& venue,
                                                       const std::string& day, const ScheduleFilter& filter) {
  if (content_ != &c || venue_ != venue.id || day_ != day || room_ != filter.room || track_ != filter.track ||
      kind_ != filter.kind) {
    rows_ = build_schedule_rows(c, venue, day, filter);
    content_ = &c;
    venue_ = venue.id;
    day_ = day;
    room_ = filter.room;
    track_ = filter.track;
    kind_ = filter.kind;
  }
  return rows_;
}

}  // namespace marquee::ui
