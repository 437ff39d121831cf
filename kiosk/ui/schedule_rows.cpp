#include "ui/schedule_rows.hpp"

#include <algorithm>

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
                                             const std::string& day, const ScheduleFilter& filter,
                                             std::size_t columns) {
  std::vector<const content::Session*> day_sessions;
  for (const auto& s : c.sessions) {
    if (passes(c, s, venue, day, filter)) day_sessions.push_back(&s);
  }
  std::stable_sort(day_sessions.begin(), day_sessions.end(),
                   [](const auto* a, const auto* b) { return a->start < b->start; });
  std::vector<ScheduleRow> rows;
  core::WallTime row_ends{};  // the earliest end in the current row: a newcomer must start before it
  for (const auto* s : day_sessions) {
    // Sorted by start, so s overlaps every session of the row exactly when it starts before the
    // earliest of their ends.
    if (!rows.empty() && rows.back().size() < std::max<std::size_t>(columns, 1) && s->start < row_ends) {
      rows.back().push_back(s);
      row_ends = std::min(row_ends, s->end);
    } else {
      rows.push_back({s});
      row_ends = s->end;
    }
  }
  return rows;
}

const std::vector<ScheduleRow>& ScheduleRowsCache::get(const content::Content& c, const content::Venue& venue,
                                                       const std::string& day, const ScheduleFilter& filter,
                                                       std::size_t columns) {
  if (content_ != &c || venue_ != venue.id || day_ != day || room_ != filter.room || track_ != filter.track ||
      kind_ != filter.kind || columns_ != columns) {
    rows_ = build_schedule_rows(c, venue, day, filter, columns);
    content_ = &c;
    venue_ = venue.id;
    day_ = day;
    room_ = filter.room;
    track_ = filter.track;
    kind_ = filter.kind;
    columns_ = columns;
  }
  return rows_;
}

}  // namespace marquee::ui
