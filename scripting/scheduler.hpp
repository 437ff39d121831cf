#pragma once
// The cue scheduler: cues are Lua coroutines. wait()/wait_until() set a wake time and yield;
// each tick resumes the cues whose time has come, in start order, each under the CPU budget.
// A cue that fails is reported and discarded; the others keep running.
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "scripting/host/watchdog.hpp"
#include "show/light_engine.hpp"

struct lua_State;

namespace marquee::scripting {

inline constexpr int kNoRef = -2;  // LUA_NOREF (checked in scheduler.cpp)

struct CpuBudget;
struct MemoryBudget;

struct Cue {
  enum class State { Running, Done, Failed, Stopped };
  std::uint32_t id = 0;
  std::string name;
  std::uint32_t script = 0;
  lua_State* thread = nullptr;
  int thread_ref = kNoRef;
  core::WallTime wake{};     // resume at the first tick at or after this instant
  core::WallTime logical{};  // the instant the cue believes it is (its wake time): no drift
  std::optional<show::LayerId> layer;
  State state = State::Running;
  bool transient = false;  // on_tick runs: must not wait
  bool next_tick = false;  // wait(0) / coroutine.yield(): resume at the next tick, at that tick's time
  bool clock_wait = false;  // waiting in wait_until (a clock-time start): Shift moves it
  bool memory_reported = false;  // a caught memory refusal was reported once for this cue
};

// How a named cue last ended, for the staff page.
struct CueOutcome {
  Cue::State state = Cue::State::Done;
  std::string message;  // Failed: "file:line: message"
};

class Scheduler {
 public:
  using ErrorSink = std::function<void(const Cue&, const std::string& message, const std::string& traceback)>;
  Scheduler(CpuBudget& budget, MemoryBudget& memory, show::LightEngine& lights)
      : budget_(budget), memory_(memory), lights_(lights), watchdog_(budget, memory) {}
  void attach(lua_State* main, ErrorSink on_error) {
    L_ = main;
    on_error_ = std::move(on_error);
  }

  // Starts the function at `fn_index` of `from`'s stack as a new cue that first runs at `at`.
  // Called from bindings (from = the running thread) and from the host (from = main state).
  Cue& spawn(lua_State* from, int fn_index, std::string name, std::uint32_t script, core::WallTime at);
  // Runs every due cue; cues spawned during the tick run in the same tick if due.
  void tick(core::WallTime now);
  // Resumes one cue now (used for a script's first step and on_tick); returns its state after.
  Cue::State step(Cue& cue, core::WallTime now, int nargs = 0);

  Cue* current() { return current_; }
  Cue* find(std::uint32_t id);
  // Stops every live cue named `name` (of `script` if given) and releases the looks finished
  // cues of that name left on stage; returns how many running cues stopped.
  int stop(const std::string& name, std::optional<std::uint32_t> script = std::nullopt);
  void stop_script(std::uint32_t script);
  // Stops every live cue of every script (definitions stay): `show check` runs cues one by one.
  void stop_all();
  bool running(const std::string& name) const;
  std::size_t live_count() const;
  int watchdog_stops() const { return watchdog_.fired_count(); }
  std::optional<core::WallTime> next_wake() const;
  // Moves every pending wait_until later than `now` by `by` (Shift); returns how many moved.
  int shift_clock_waits(core::Millis by, core::WallTime now);
  // The wake time of a live cue with this name waiting in wait_until, if any.
  std::optional<core::WallTime> clock_wake(const std::string& name) const;
  // How the last cue of this name ended (nullopt: none has ended yet).
  std::optional<CueOutcome> outcome(const std::string& name) const;
  show::LayerId layer_for(Cue& cue);

  // Named cue definitions: cue("name", fn) stores fn; start("name") spawns it.
  void define(std::uint32_t script, const std::string& name, int fn_ref);
  int definition(std::uint32_t script, const std::string& name) const;  // kNoRef if none
  std::vector<std::pair<std::uint32_t, std::string>> definitions() const;

 private:
  void finish(Cue& cue);
  void remember(const Cue& cue, std::string message);
  // A budget stop the script caught (pcall, or an error left inside a coroutine) would end the
  // step without an error: turn it into the failure it is, with the place and the limit.
  std::optional<std::string> caught_budget_stop(Cue& cue, std::size_t refused_before);
  void prune();

  CpuBudget& budget_;
  MemoryBudget& memory_;
  show::LightEngine& lights_;
  StepWatchdog watchdog_;
  lua_State* L_ = nullptr;
  ErrorSink on_error_;
  std::deque<Cue> cues_;  // deque: spawning during a step keeps references valid
  struct HeldLayer {      // the look a finished cue left on stage, until stop(name) or unload
    std::uint32_t script;
    std::string name;
    show::LayerId layer;
  };
  std::vector<HeldLayer> held_layers_;
  struct Definition {
    std::uint32_t script;
    std::string name;
    int fn_ref;
  };
  std::vector<Definition> definitions_;
  std::vector<std::pair<std::string, CueOutcome>> outcomes_;  // by cue name, few entries
  Cue* current_ = nullptr;
  std::uint32_t next_id_ = 1;
};

}  // namespace marquee::scripting
