#pragma once
// The script host: the one lua_State of the show thread, its sandbox and budgets, the loaded
// show scripts (each with its own _ENV) and their cues. Not thread-safe: the show thread owns it.
#include <chrono>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "core/time_zone.hpp"
#include "scripting/host/budget.hpp"
#include "scripting/host/line_limiter.hpp"
#include "scripting/host/memory.hpp"
#include "scripting/scheduler.hpp"
#include "show/display_command.hpp"
#include "show/light_engine.hpp"
#include "show/show_clock.hpp"
#include "show/show_controller.hpp"

namespace marquee::scripting {

struct HostOptions {
  std::size_t memory_limit = 64u << 20;
  std::chrono::milliseconds step_deadline{50};
  std::uint64_t step_instructions = 200'000'000;
  std::size_t max_string = 4u << 20;  // string.rep, table.concat and pattern subjects
  std::size_t max_live_cues = 1000;   // spawn/start beyond this is an error (a spawn loop)
  int max_print_lines_per_second = 100;
  std::filesystem::path lib_dir;  // where require() looks; default: <data>/scripting/lib
  std::string venue_time_zone = "Asia/Shanghai";
  double latitude = 39.9042, longitude = 116.4074;
  long long random_seed = 20260522;  // math.random is deterministic: simulate == the real night
};

struct ScriptError {
  std::string script;     // file as loaded
  std::string cue;        // cue name, or "" for load errors
  std::string message;    // "file:line: message"
  std::string traceback;  // Lua traceback, when there was a running cue
  core::WallTime at{};
};

// One line of the command log (`show simulate` prints these).
struct CommandRecord {
  core::WallTime at{};
  std::string cue;
  std::string text;  // "light fade facade.* intensity=1 over 4s ease-in-out"
};

// A loaded script as the staff page names it.
struct ScriptInfo {
  std::string name;
  std::string version;  // FNV-1a of the text, 8 hex digits: two kiosks run the same show iff equal
  core::WallTime loaded_at{};
};

class ScriptHost final : public show::CueControl {
 public:
  static core::Result<std::unique_ptr<ScriptHost>> create(HostOptions options, const show::ShowClock& clock,
                                                          show::LightEngine& lights,
                                                          show::DisplayQueue& display);
  ~ScriptHost() override;
  ScriptHost(const ScriptHost&) = delete;
  ScriptHost& operator=(const ScriptHost&) = delete;

  // Loads a show file, or reloads it if already loaded. On any error (read, syntax, sandbox,
  // error in its first step) the previously running version keeps running and the error is
  // recorded. The top-level chunk runs as a cue named after the file.
  core::Status load_file(const std::filesystem::path& path);
  core::Status load_string(const std::string& name, const std::string& text);
  // Reloads every loaded file whose modification time changed.
  void poll_files();

  // Resumes due cues, runs on_tick hooks, advances fades and effects.
  void tick(core::WallTime now);
  // The earliest instant a waiting cue wants to run; nullopt if none waits.
  std::optional<core::WallTime> next_wake() const { return scheduler_.next_wake(); }

  // The staff panel: start or stop a named cue defined by any loaded script.
  core::Status start_cue(const std::string& name);
  core::Status stop_cue(const std::string& name);

  // show::CueControl: what the ShowController runs on the show thread.
  core::Status go(const std::string& cue) override { return start_cue(cue); }
  core::Status stop(const std::string& cue) override { return stop_cue(cue); }
  int shift_clock_starts(core::Millis by, core::WallTime show_now) override;
  // Every named cue of every loaded script, with its state and pending start_at.
  std::vector<show::CueStatus> cue_statuses() const;
  std::vector<ScriptInfo> scripts() const;

  const std::deque<ScriptError>& errors() const { return errors_; }
  std::optional<ScriptError> last_error() const;
  void on_command(std::function<void(const CommandRecord&)> sink) { command_sink_ = std::move(sink); }
  void on_error(std::function<void(const ScriptError&)> sink) { error_sink_ = std::move(sink); }
  // True if some script defines on_tick (the runner must then tick every period).
  bool wants_every_tick() const;
  std::size_t running_cues() const { return scheduler_.live_count(); }
  bool cue_running(const std::string& name) const { return scheduler_.running(name); }
  const MemoryBudget& memory() const { return *memory_; }

  // For bindings.
  lua_State* state() const { return L_; }
  CpuBudget& budget() { return budget_; }
  Scheduler& scheduler() { return scheduler_; }
  const HostOptions& options() const { return options_; }
  const show::ShowClock& clock() const { return clock_; }
  const core::TimeZone& time_zone() const { return zone_; }
  show::LightEngine& lights() { return lights_; }
  void emit_display(show::DisplayCommand command);
  void record(std::string text);  // appends to the command log under the current cue
  void print(std::string line);   // print(): record()ed within the rate limit
  std::size_t prints_suppressed() const { return print_limiter_.suppressed_total(); }
  int watchdog_stops() const { return scheduler_.watchdog_stops(); }
  void report(ScriptError error);
  // The show time a binding sees: the running cue's logical time, else the clock.
  core::WallTime now() const;

 private:
  struct Script {
    std::uint32_t id = 0;
    std::string name;  // chunk name, as given
    std::filesystem::path path;
    std::filesystem::file_time_type mtime{};
    int env_ref = -1;
    std::string version;
    core::WallTime loaded_at{};
  };
  ScriptHost(HostOptions options, const show::ShowClock& clock, show::LightEngine& lights,
             show::DisplayQueue& display, core::TimeZone zone);
  core::Status start_script(const std::string& name, const std::string& text, Script& out);
  void discard_script(const Script& s);
  void run_on_tick(const Script& s, double dt);

  HostOptions options_;
  const show::ShowClock& clock_;
  show::LightEngine& lights_;
  show::DisplayQueue& display_;
  core::TimeZone zone_;
  std::unique_ptr<MemoryBudget> memory_;
  CpuBudget budget_;
  lua_State* L_ = nullptr;
  ScriptHost* self_ = this;
  Scheduler scheduler_;
  std::vector<Script> scripts_;
  std::uint32_t next_script_id_ = 1;
  std::deque<ScriptError> errors_;
  std::function<void(const CommandRecord&)> command_sink_;
  std::function<void(const ScriptError&)> error_sink_;
  std::optional<core::WallTime> last_tick_;
  LineLimiter print_limiter_;
};

}  // namespace marquee::scripting
