#pragma once
// The words of the staff show page (live show control), one row per string with its three
// languages side by side, like way_strings.
#include <vector>

#include "content/localized_text.hpp"

namespace marquee::ui {

enum class ShowStr {
  ShowControl,
  NoShow,
  Script,
  ShowClock,
  Held,
  Behind,
  Cues,
  NoCues,
  Waiting,
  Running,
  Done,
  Failed,
  Stopped,
  StartsAt,
  Go,
  Stop,
  Hold,
  Resume,
  ShiftStarts,
  Blackout,
  ReleaseBlackout,
  GrandMaster,
  Log,
  Errors,
  Back,
  ClockWall,
  TimecodeWaiting,
  TimecodeLocked,
  TimecodeFreeRunning,
  TimecodeHolding,
  Count
};

const char* tr(ShowStr id, content::Lang lang);
// Every string above in every language, for the font atlas.
std::vector<const char*> all_show_strings();

}  // namespace marquee::ui
