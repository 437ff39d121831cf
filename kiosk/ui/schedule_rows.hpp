#pragma once
// The schedule list's rows for one venue day and filter: sessions in start order; consecutive
// sessions that overlap in time share a row (side by side, at most `columns` of them), so the list
// reads top to bottom as the day runs and parallel sessions are visibly parallel. Recomputed only
// when the content, venue, day, filters or column count change, not every frame (a 3,000-session
// day costs thousands of tz conversions).
#include <string>
#include <vector>

#include "content/model.hpp"
#include "ui/ui_state.hpp"

namespace marquee::ui {

using ScheduleRow = std::vector<const content::Session*>;

std::vector<ScheduleRow> build_schedule_rows(const content::Content& c, const content::Venue& venue,
                                             const std::string& day, const ScheduleFilter& filter,
                                             std::size_t columns = 3);

class ScheduleRowsCache {
 public:
  const std::vector<ScheduleRow>& get(const content::Content& c, const content::Venue& venue,
                                      const std::string& day, const ScheduleFilter& filter,
                                      std::size_t columns);

 private:
  const content::Content* content_ = nullptr;
  std::string venue_, day_, room_, track_;
  int kind_ = -2;  // never a real filter value: the first call always builds
  std::size_t columns_ = 0;
  std::vector<ScheduleRow> rows_;
};

}  // namespace marquee::ui
