#pragma once
// A show clock that follows ArtTimeCode: `[show] clock = "timecode"`. The output thread's
// TimecodeFollower turns received packets into a time of day (locked, free-running after a loss,
// then holding); this clock places that time of day on the venue's calendar, so a script's
// start_at("20:00:00") fires when the desk's timecode reads 20:00:00, whatever the kiosk's own
// clock says. Until the first packet arrives the show runs on the wall clock (state Waiting).
// Staff Hold still works on top: a HoldableClock wraps this one.
#include "core/time_zone.hpp"
#include "lighting/output_thread.hpp"
#include "show/show_clock.hpp"

namespace marquee::lighting {

class TimecodeShowClock final : public show::ShowClock {
 public:
  // `wall` is the kiosk's clock (used before the first packet, and to pick the calendar day);
  // `zone` the venue's, in which timecode is read as a clock time.
  TimecodeShowClock(const OutputThread& source, show::ShowClock& wall, core::TimeZone zone)
      : source_(source), wall_(wall), zone_(std::move(zone)) {}
  core::WallTime now() const override;
  // Sleeps on the wall clock for as long as show time needs to get to `t` at the followed rate.
  void sleep_until(core::WallTime t, std::stop_token stop) override;
  show::ClockFollow follow() const override;

  // The instant a venue clock time (ms since midnight) stands for: that time on the calendar day
  // that puts it nearest `near` (timecode wraps at midnight; a show across it stays on one night).
  core::WallTime instant_of(core::Millis time_of_day, core::WallTime near) const;

 private:
  const OutputThread& source_;
  show::ShowClock& wall_;
  core::TimeZone zone_;
};

}  // namespace marquee::lighting
