#pragma once
// The show side of a running kiosk: the lighting output thread (from a fixture patch), the show
// thread (the only Lua state) on the kiosk's wall clock, and the display-command queue the UI
// drains each frame. Composition only: every piece lives in lighting/, show/ and scripting/.
#include <filesystem>
#include <memory>
#include <string>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "lighting/output_thread.hpp"
#include "lighting/timecode_clock.hpp"
#include "scripting/show_runner.hpp"
#include "show/display_command.hpp"
#include "show/holdable_clock.hpp"
#include "show/show_clock.hpp"
#include "show/show_controller.hpp"

namespace marquee::app {

// The kiosk's wall clock as the show sees it: the base clock shifted by a fixed offset (for
// --now rehearsals; zero in production).
class OffsetClock final : public core::Clock {
 public:
  OffsetClock(const core::Clock& base, core::Millis offset) : base_(base), offset_(offset) {}
  core::WallTime wall_now() const override { return base_.wall_now() + offset_; }
  core::MonoTime mono_now() const override { return base_.mono_now(); }

 private:
  const core::Clock& base_;
  core::Millis offset_;
};

struct ShowSettings {
  std::filesystem::path script;  // empty: no show
  std::filesystem::path patch;   // empty: no lighting output (the show still drives the screens)
  std::string venue_time_zone = "Asia/Shanghai";
  double latitude = 39.9042, longitude = 116.4074;
  // [show] clock = "timecode": show time follows ArtTimeCode received on the patch's Art-Net
  // socket (needs a patch), read as venue clock time.
  bool follow_timecode = false;
  lighting::TimecodeFollowConfig timecode;
};

class ShowServices {
 public:
  static core::Result<std::unique_ptr<ShowServices>> start(const ShowSettings& settings,
                                                           const core::Clock& clock);
  ~ShowServices();

  show::DisplayQueue& display() { return display_; }
  // One line each for the staff panel.
  std::string show_status() const;
  std::string lighting_status() const;
  lighting::OutputThread* output() { return output_.get(); }
  // Live control (staff show page, fleet, cli): every action goes through here.
  show::ShowController& controller() { return *controller_; }
  const show::ShowController& controller() const { return *controller_; }
  std::string script_name() const { return settings_.script.filename().string(); }
  bool has_output() const { return output_ != nullptr; }

 private:
  ShowServices() = default;
  ShowSettings settings_;
  std::unique_ptr<show::WallShowClock> clock_;
  std::unique_ptr<lighting::TimecodeShowClock> timecode_clock_;  // with [show] clock = "timecode"
  std::unique_ptr<show::HoldableClock> show_clock_;
  std::unique_ptr<show::ShowController> controller_;
  show::DisplayQueue display_;
  std::unique_ptr<lighting::OutputThread> output_;
  std::size_t universes_ = 0;
  std::unique_ptr<scripting::ShowThread> thread_;  // last: stops first
};

}  // namespace marquee::app
