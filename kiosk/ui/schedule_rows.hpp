#pragma once
// The schedule list's rows for one venue day and filter: sessions by start, with sessions that
// overlap in one room sharing a row (shown side by side). Recomputed only when the content, venue,
// day or filters change, not every frame (a 3,000-session day costs thousands of tz conversions).
#include <string>
#include <vector>

#include "content/model.hpp"
#include "ui/ui_state.hpp"

namespace marquee::ui {

using ScheduleRow = std::vector<const content::Session*>;

std::vector<ScheduleRow> build_schedule_rows(const content::Content& c, const content::Venue& venue,
                                             const std::string& day, const ScheduleFilter& filter);

class ScheduleRowsCache {
 public:
  const std::vector<ScheduleRow>& get(const content::Content& c, const content::Venue& venue,
                                      const std::string& day, const ScheduleFilter& filter);

 private:
  const content::Content* content_ = nullptr;
  std::string venue_, day_, room_, track_;
  int kind_ = -2;  // never a real filter value: the first call always builds
  std::vector<ScheduleRow> rows_;
};

}  // namespace marquee::ui
