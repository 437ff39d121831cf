#pragma once
// Live control of a running show: every ShowCommand (GO, Stop, Hold, Resume, Shift, Blackout,
// Release, Grand master) from any transport goes through ShowController::submit(), which checks
// it, logs it with time and sender, and carries it out:
//   - Hold/Resume act on the HoldableClock at once (the show thread sees it at its next tick);
//   - Blackout/Release/Grand master act on the lighting output's masters at once (the next DMX
//     frame carries them), never on the show's layers, so Release brings back the current look;
//   - GO/Stop/Shift need the script host, which only the show thread may touch: they queue and
//     the show thread runs them at the start of its next tick (run_pending).
// No Lua and no UI here: the script host implements CueControl, lighting's OutputThread
// implements LightMasters, the staff page only calls submit() and reads snapshot()/log().
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "show/holdable_clock.hpp"
#include "show/show_command.hpp"

namespace marquee::show {

// What the show thread can do to cues (the script host implements it).
class CueControl {
 public:
  virtual ~CueControl() = default;
  virtual core::Status go(const std::string& cue) = 0;
  virtual core::Status stop(const std::string& cue) = 0;
  // Moves every pending clock-time start (wait_until, start_at) later than `show_now` by `by`;
  // returns how many moved.
  virtual int shift_clock_starts(core::Millis by, core::WallTime show_now) = 0;
};

// The output's masters (lighting's OutputThread implements it; both calls are thread-safe).
class LightMasters {
 public:
  virtual ~LightMasters() = default;
  virtual void set_grand_master(float level) = 0;
  virtual void set_blackout(bool on) = 0;
};

// A named cue as the staff page lists it.
struct CueStatus {
  enum class State : std::uint8_t { Waiting, Running, Done, Failed, Stopped };
  std::string name;
  State state = State::Waiting;
  std::string detail;                        // Failed: "file:line: message"
  std::optional<core::WallTime> next_start;  // show time of a pending start_at, if any
};
std::string_view state_name(CueStatus::State s);

// What the show thread last published about itself, for the staff page.
struct ShowSnapshot {
  std::string script;               // file name
  std::string version;              // "a1b2c3d4, loaded 19:41:07": a hash of the text and when it loaded
  std::vector<std::string> errors;  // newest last, a handful
  std::vector<CueStatus> cues;
  core::WallTime show_now{};
  ClockFollow clock_follow = ClockFollow::Wall;  // wall clock, or the timecode follower's state
  std::uint64_t ticks = 0;
};

struct ActionRecord {
  std::uint64_t seq = 0;  // numbers every command submitted
  core::WallTime at{};    // venue wall clock: when it was submitted
  std::string who;
  std::string action;   // describe(command)
  std::string outcome;  // "ok", "queued" (until the show thread runs it, then its result), or the error
};

class ShowController {
 public:
  ShowController(HoldableClock& clock, LightMasters* masters) : clock_(clock), masters_(masters) {}

  // Any thread. A command that fails validation is logged as refused and its error returned.
  core::Status submit(ShowCommand command);
  // Show thread, at the start of each tick: runs queued GO/Stop/Shift against the cues.
  // Returns how many ran.
  int run_pending(CueControl& cues);
  bool has_pending() const;

  void publish(ShowSnapshot snapshot);
  ShowSnapshot snapshot() const;
  std::vector<ActionRecord> log() const;

  bool held() const { return clock_.held(); }
  bool blackout() const;
  float grand_master() const;
  HoldableClock& clock() { return clock_; }

  static constexpr std::size_t kMaxLog = 200;

 private:
  std::uint64_t record_locked(const ShowCommand& c, std::string outcome);
  void complete(std::uint64_t seq, const ShowCommand& c, std::string outcome);

  HoldableClock& clock_;
  LightMasters* masters_;
  mutable std::mutex mutex_;
  std::vector<std::pair<std::uint64_t, ShowCommand>> pending_;  // with the seq of its log line
  std::uint64_t next_seq_ = 1;
  std::deque<ActionRecord> log_;
  ShowSnapshot snapshot_;
  bool blackout_ = false;
  float grand_master_ = 1.0f;
};

}  // namespace marquee::show
