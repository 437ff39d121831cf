#include "scripting/host/script_host.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/paths.hpp"
#include "core/read_file.hpp"
#include "scripting/host/sandbox.hpp"

namespace marquee::scripting {
namespace {

constexpr std::size_t kMaxScriptBytes = 1u << 20;
constexpr std::size_t kMaxKeptErrors = 64;

int panic(lua_State* L) {
  spdlog::critical("Lua panic outside any cue: {}", lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
  std::abort();
}

core::Result<std::string> read_script(const std::filesystem::path& path) {
  core::FileText file = core::read_file(path, kMaxScriptBytes);  // refused before it is read
  if (file.failure == core::ReadFailure::TooLarge)
    return core::make_error(path.string() + ": script larger than 1 MiB");
  if (!file) return core::make_error(path.string() + ": cannot read file");
  return std::move(file.text);
}

std::string fnv1a_hex(const std::string& text) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : text) h = (h ^ c) * 16777619u;
  char buf[9];
  std::snprintf(buf, sizeof buf, "%08x", h);
  return buf;
}

}  // namespace

core::Result<std::unique_ptr<ScriptHost>> ScriptHost::create(HostOptions options,
                                                             const show::ShowClock& clock,
                                                             show::LightEngine& lights,
                                                             show::DisplayQueue& display) {
  auto zone = core::TimeZone::find(options.venue_time_zone);
  if (!zone) return zone.error();
  if (options.lib_dir.empty()) options.lib_dir = core::data_dir() / "scripting" / "lib";
  return std::unique_ptr<ScriptHost>(
      new ScriptHost(std::move(options), clock, lights, display, std::move(*zone)));
}

ScriptHost::ScriptHost(HostOptions options, const show::ShowClock& clock, show::LightEngine& lights,
                       show::DisplayQueue& display, core::TimeZone zone)
    : options_(std::move(options)),
      clock_(clock),
      lights_(lights),
      display_(display),
      zone_(std::move(zone)),
      memory_(std::make_unique<MemoryBudget>()),
      scheduler_(budget_, *memory_, lights),
      print_limiter_(options_.max_print_lines_per_second) {
  memory_->limit = options_.memory_limit;
  budget_.step_deadline = options_.step_deadline;
  budget_.step_instructions = options_.step_instructions;
  L_ = lua_newstate(capped_alloc, memory_.get());
  lua_atpanic(L_, panic);
  *static_cast<ScriptHost**>(lua_getextraspace(L_)) = self_;
  scheduler_.attach(L_, [this](const Cue& cue, const std::string& message, const std::string& traceback) {
    std::string script;
    for (const Script& s : scripts_) {
      if (s.id == cue.script) script = s.name;
    }
    report({script, cue.name, message, traceback, now()});
  });
  scripting::install_sandbox(L_, *this);
}

ScriptHost::~ScriptHost() {
  lua_close(L_);
}

core::WallTime ScriptHost::now() const {
  if (const Cue* cue = const_cast<Scheduler&>(scheduler_).current()) return cue->logical;
  return clock_.now();
}

void ScriptHost::report(ScriptError error) {
  error.at = error.at == core::WallTime{} ? now() : error.at;
  if (error.cue.empty()) {
    spdlog::error("show script {}: {}", error.script, error.message);
  } else {
    spdlog::error("show cue '{}' failed: {}\n{}", error.cue, error.message, error.traceback);
  }
  if (error_sink_) error_sink_(error);
  errors_.push_back(std::move(error));
  if (errors_.size() > kMaxKeptErrors) errors_.pop_front();
}

std::optional<ScriptError> ScriptHost::last_error() const {
  if (errors_.empty()) return std::nullopt;
  return errors_.back();
}

void ScriptHost::record(std::string text) {
  if (!command_sink_) return;
  const Cue* cue = scheduler_.current() ? scheduler_.current() : nullptr;
  command_sink_({now(), cue ? cue->name : std::string("host"), std::move(text)});
}

void ScriptHost::print(std::string line) {
  for (auto& text : print_limiter_.admit(now(), "print " + std::move(line))) record(std::move(text));
}

void ScriptHost::emit_display(show::DisplayCommand command) {
  command.issued = now();
  record(show::describe(command));
  display_.push(std::move(command));
}

core::Status ScriptHost::start_script(const std::string& name, const std::string& text, Script& out) {
  out.id = next_script_id_++;
  out.name = name;
  out.version = fnv1a_hex(text);
  out.loaded_at = clock_.now();
  const std::string chunk = "@" + name;
  if (luaL_loadbufferx(L_, text.data(), text.size(), chunk.c_str(), "t") != LUA_OK) {
    std::string message = lua_tostring(L_, -1);
    lua_pop(L_, 1);
    report({name, "", message, "", {}});
    return core::make_error(message);
  }
  push_script_env(L_, *this, out.id);
  lua_pushvalue(L_, -1);
  out.env_ref = luaL_ref(L_, LUA_REGISTRYINDEX);
  lua_setupvalue(L_, -2, 1);  // the chunk's _ENV
  scripts_.push_back(out);    // visible to the error sink during the first step
  Cue& main = scheduler_.spawn(L_, -1, std::filesystem::path(name).filename().string(), out.id, clock_.now());
  lua_pop(L_, 1);
  const std::size_t before = errors_.size();
  const bool failed = scheduler_.step(main, clock_.now()) == Cue::State::Failed;
  scripts_.pop_back();
  if (failed) {
    const std::string message = errors_.size() > before ? errors_.back().message : "first step failed";
    discard_script(out);
    return core::make_error(message);
  }
  return core::Ok{};
}

void ScriptHost::discard_script(const Script& s) {
  scheduler_.stop_script(s.id);
  luaL_unref(L_, LUA_REGISTRYINDEX, s.env_ref);
}

core::Status ScriptHost::load_string(const std::string& name, const std::string& text) {
  Script fresh;
  fresh.path = name;
  auto started = start_script(name, text, fresh);
  if (!started) return started;  // reported already; the running version (if any) continues
  for (Script& s : scripts_) {
    if (s.name == name) {
      discard_script(s);
      s = fresh;
      return core::Ok{};
    }
  }
  scripts_.push_back(fresh);
  return core::Ok{};
}

core::Status ScriptHost::load_file(const std::filesystem::path& path) {
  std::error_code ec;
  const auto mtime = std::filesystem::last_write_time(path, ec);
  auto text = read_script(path);
  if (!text) {
    report({path.string(), "", text.error().message, "", {}});
    return text.error();
  }
  auto st = load_string(path.string(), *text);
  for (Script& s : scripts_) {
    if (s.name == path.string()) {
      s.path = path;
      s.mtime = mtime;  // a failed reload also records the time: the same broken file is not retried
    }
  }
  return st;
}

void ScriptHost::poll_files() {
  std::vector<std::filesystem::path> changed;
  for (Script& s : scripts_) {
    std::error_code ec;
    const auto mtime = std::filesystem::last_write_time(s.path, ec);
    if (!ec && mtime != s.mtime) {
      s.mtime = mtime;
      changed.push_back(s.path);
    }
  }
  for (const auto& path : changed) {
    spdlog::info("show script {} changed: reloading", path.string());
    (void)load_file(path);
  }
}

void ScriptHost::run_on_tick(const Script& s, double dt) {
  lua_rawgeti(L_, LUA_REGISTRYINDEX, s.env_ref);
  lua_pushliteral(L_, "on_tick");
  if (lua_rawget(L_, -2) != LUA_TFUNCTION) {
    lua_pop(L_, 2);
    return;
  }
  Cue& cue = scheduler_.spawn(L_, -1, "on_tick", s.id, clock_.now());
  lua_pop(L_, 2);
  cue.transient = true;
  lua_pushnumber(cue.thread, dt);
  if (scheduler_.step(cue, clock_.now(), 1) == Cue::State::Failed) {
    // A broken on_tick would fail 50 times a second: switch it off until the script is reloaded.
    lua_rawgeti(L_, LUA_REGISTRYINDEX, s.env_ref);
    lua_pushliteral(L_, "on_tick");
    lua_pushnil(L_);
    lua_rawset(L_, -3);
    lua_pop(L_, 1);
  }
}

bool ScriptHost::wants_every_tick() const {
  for (const Script& s : scripts_) {
    lua_rawgeti(L_, LUA_REGISTRYINDEX, s.env_ref);
    lua_pushliteral(L_, "on_tick");  // raw: a script's own metatable on _G must not run here
    const bool has = lua_rawget(L_, -2) == LUA_TFUNCTION;
    lua_pop(L_, 2);
    if (has) return true;
  }
  return false;
}

void ScriptHost::tick(core::WallTime now) {
  scheduler_.tick(now);
  // Show time may step back a little when it follows a lighting desk's timecode (the follower
  // slews out drift); on_tick never sees negative time.
  const double dt =
      last_tick_ ? std::max(0.0, std::chrono::duration<double>(now - *last_tick_).count()) : 0.0;
  const std::vector<Script> scripts = scripts_;
  for (const Script& s : scripts) run_on_tick(s, dt);
  lights_.tick(now);
  if (auto note = print_limiter_.flush(now)) record(std::move(*note));
  last_tick_ = now;
}

core::Status ScriptHost::start_cue(const std::string& name) {
  for (const auto& [script, defined] : scheduler_.definitions()) {
    if (defined != name) continue;
    scheduler_.stop(name, script);
    lua_rawgeti(L_, LUA_REGISTRYINDEX, scheduler_.definition(script, name));
    scheduler_.spawn(L_, -1, name, script, clock_.now());
    lua_pop(L_, 1);
    record("start " + name);
    return core::Ok{};
  }
  return core::make_error("no cue named \"" + name + "\"");
}

core::Status ScriptHost::stop_cue(const std::string& name) {
  if (scheduler_.stop(name) == 0) return core::make_error("no running cue named \"" + name + "\"");
  record("stop " + name);
  return core::Ok{};
}

}  // namespace marquee::scripting

namespace marquee::scripting {

int ScriptHost::shift_clock_starts(core::Millis by, core::WallTime show_now) {
  const int moved = scheduler_.shift_clock_waits(by, show_now);
  record("shift " + std::to_string(by.count() / 1000) + "s: " + std::to_string(moved) +
         " clock-time starts moved");
  return moved;
}

std::vector<show::CueStatus> ScriptHost::cue_statuses() const {
  std::vector<show::CueStatus> out;
  for (const auto& [script, name] : scheduler_.definitions()) {
    show::CueStatus st;
    st.name = name;
    st.next_start = scheduler_.clock_wake("start_at:" + name);
    if (scheduler_.running(name)) {
      st.state = show::CueStatus::State::Running;
    } else if (const auto outcome = scheduler_.outcome(name)) {
      switch (outcome->state) {
        case Cue::State::Failed:
          st.state = show::CueStatus::State::Failed;
          st.detail = outcome->message;
          break;
        case Cue::State::Stopped:
          st.state = show::CueStatus::State::Stopped;
          break;
        default:
          st.state = show::CueStatus::State::Done;
      }
      if (st.next_start) st.state = show::CueStatus::State::Waiting;  // ended before, starts again
    }
    out.push_back(std::move(st));
  }
  return out;
}

std::vector<ScriptInfo> ScriptHost::scripts() const {
  std::vector<ScriptInfo> out;
  for (const Script& s : scripts_) out.push_back({s.name, s.version, s.loaded_at});
  return out;
}

}  // namespace marquee::scripting
