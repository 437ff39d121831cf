#include "scripting/scheduler.hpp"

#include <algorithm>

#include "scripting/host/budget.hpp"
#include "scripting/host/lua.hpp"
#include "scripting/host/memory.hpp"

namespace marquee::scripting {
static_assert(kNoRef == LUA_NOREF);

namespace {

// "file:line: " of the innermost Lua frame of a failed coroutine, for errors raised without a
// position (memory errors, error objects that are not strings).
std::string where(lua_State* co) {
  lua_Debug ar;
  for (int level = 0; lua_getstack(co, level, &ar) != 0; ++level) {
    if (lua_getinfo(co, "Sl", &ar) != 0 && ar.currentline > 0) {
      return std::string(ar.short_src) + ":" + std::to_string(ar.currentline) + ": ";
    }
  }
  return {};
}

std::string error_text(lua_State* co) {
  std::string msg = lua_type(co, -1) == LUA_TSTRING
                        ? lua_tostring(co, -1)
                        : std::string("(error object is a ") + luaL_typename(co, -1) + " value)";
  const std::string at = where(co);
  if (!at.empty() && msg.find(at.substr(0, at.size() - 2)) == std::string::npos) msg = at + msg;
  return msg;
}

}  // namespace

Cue& Scheduler::spawn(lua_State* from, int fn_index, std::string name, std::uint32_t script,
                      core::WallTime at) {
  fn_index = lua_absindex(from, fn_index);
  lua_State* co = lua_newthread(from);
  install_budget_hook(co);
  lua_pushvalue(from, fn_index);
  lua_xmove(from, co, 1);
  const int ref = luaL_ref(from, LUA_REGISTRYINDEX);
  Cue cue;
  cue.id = next_id_++;
  cue.name = name.empty() ? "cue#" + std::to_string(cue.id) : std::move(name);
  cue.script = script;
  cue.thread = co;
  cue.thread_ref = ref;
  cue.wake = cue.logical = at;
  cues_.push_back(std::move(cue));
  return cues_.back();
}

Cue::State Scheduler::step(Cue& cue, core::WallTime now, int nargs) {
  cue.logical = cue.next_tick ? now : std::min(cue.wake, now);
  cue.next_tick = false;
  cue.clock_wait = false;  // wait_until sets it again if that is what the cue yields in
  current_ = &cue;
  budget_.begin_step();
  const std::size_t refused_before = memory_.refused;
  budget_.refused_at_start = refused_before;
  watchdog_.arm();
  memory_.enforce = true;
  int nres = 0;
  const int status = lua_resume(cue.thread, L_, nargs, &nres);
  memory_.enforce = false;
  const bool watchdog_fired = budget_.watchdog_fired.load(std::memory_order_relaxed);
  watchdog_.disarm();
  current_ = nullptr;
  if (status == LUA_OK || status == LUA_YIELD) {
    if (auto caught = caught_budget_stop(cue, refused_before)) {
      luaL_traceback(L_, cue.thread, caught->c_str(), 0);
      const std::string traceback = lua_tostring(L_, -1);
      lua_pop(L_, 1);
      if (budget_.exceeded) cue.state = Cue::State::Failed;  // the CPU limit discards the cue
      remember(cue, *caught);
      on_error_(cue, *caught, traceback);
    }
  }
  if (status == LUA_YIELD) {
    lua_pop(cue.thread, nres);
    if (cue.transient && cue.state == Cue::State::Running) {
      on_error_(cue, cue.name + ": on_tick must not wait or yield", "");
      cue.state = Cue::State::Failed;
    } else if (cue.wake <= cue.logical) {
      cue.wake = now + core::Millis{1};  // wait(0) or a bare coroutine.yield(): run again next tick
      cue.next_tick = true;
    }
  } else if (status == LUA_OK) {
    if (cue.state == Cue::State::Running) cue.state = Cue::State::Done;
  } else {
    std::string message = error_text(cue.thread);
    // A C function the watchdog cut short fails with "not enough memory": say why.
    if (watchdog_fired && message.find("watchdog") == std::string::npos)
      message = "stopped by the watchdog: the step ran over " + std::to_string(kWatchdogFactor) + "x its " +
                std::to_string(budget_.step_deadline.count()) + " ms budget (" + message + ")";
    luaL_traceback(L_, cue.thread, message.c_str(), 0);
    const std::string traceback = lua_tostring(L_, -1);
    lua_pop(L_, 1);
    cue.state = Cue::State::Failed;
    remember(cue, message);
    on_error_(cue, message, traceback);
  }
  if (cue.state != Cue::State::Running) finish(cue);
  if (status != LUA_OK && status != LUA_YIELD) lua_gc(L_, LUA_GCCOLLECT, 0);  // free what a failed cue held
  return cue.state;
}

std::optional<std::string> Scheduler::caught_budget_stop(Cue& cue, std::size_t refused_before) {
  if (budget_.exceeded) {
    const std::string at = budget_.where.empty() ? cue.name : budget_.where;
    return at + ": " + budget_.reason +
           " (the script caught the error with pcall or inside a coroutine; the cue is stopped)";
  }
  if (memory_.refused > refused_before && !cue.memory_reported) {
    cue.memory_reported = true;
    std::string at = budget_.memory_near;
    if (at.empty() && cue.thread != nullptr && lua_status(cue.thread) == LUA_YIELD) {
      at = where(cue.thread);  // a yielded cue still has its frames: where it stands now
      if (at.size() > 2) at.resize(at.size() - 2);  // drop the ": "
    }
    return (at.empty() ? cue.name : "near " + at) + ": memory budget exceeded (" +
           std::to_string(memory_.limit >> 20) +
           " MiB for all scripts): an allocation was refused and the script caught the error; the cue "
           "goes on (reported once per cue)";
  }
  return std::nullopt;
}

void Scheduler::remember(const Cue& cue, std::string message) {
  for (auto& [name, outcome] : outcomes_) {
    if (name == cue.name) {
      outcome = {cue.state, std::move(message)};
      return;
    }
  }
  outcomes_.emplace_back(cue.name, CueOutcome{cue.state, std::move(message)});
}

std::optional<CueOutcome> Scheduler::outcome(const std::string& name) const {
  for (const auto& [n, outcome] : outcomes_) {
    if (n == name) return outcome;
  }
  return std::nullopt;
}

int Scheduler::shift_clock_waits(core::Millis by, core::WallTime now) {
  int moved = 0;
  for (Cue& c : cues_) {
    if (c.state != Cue::State::Running || c.transient || !c.clock_wait || c.wake <= now) continue;
    c.wake += by;
    c.logical = std::min(c.logical, c.wake);  // the cue resumes believing it is its new wake time
    ++moved;
  }
  return moved;
}

std::optional<core::WallTime> Scheduler::clock_wake(const std::string& name) const {
  for (const Cue& c : cues_) {
    if (c.state == Cue::State::Running && c.clock_wait && c.name == name) return c.wake;
  }
  return std::nullopt;
}

void Scheduler::finish(Cue& cue) {
  if (cue.thread_ref == LUA_NOREF) return;
  if (cue.state != Cue::State::Failed) remember(cue, {});
  luaL_unref(L_, LUA_REGISTRYINDEX, cue.thread_ref);
  cue.thread_ref = LUA_NOREF;
  cue.thread = nullptr;
  if (!cue.layer) return;
  // A finished (or failed) cue's look holds, like a console's last cue; a stopped cue's is released.
  if (cue.state == Cue::State::Stopped) {
    lights_.remove_layer(*cue.layer);
  } else {
    held_layers_.push_back({cue.script, cue.name, *cue.layer});
  }
  cue.layer.reset();
}

void Scheduler::tick(core::WallTime now) {
  for (std::size_t i = 0; i < cues_.size(); ++i) {
    Cue& cue = cues_[i];
    if (cue.state == Cue::State::Running && !cue.transient && cue.wake <= now) step(cue, now);
  }
  prune();
}

void Scheduler::prune() {
  if (current_ != nullptr) return;
  std::erase_if(cues_, [](const Cue& c) { return c.state != Cue::State::Running; });
}

Cue* Scheduler::find(std::uint32_t id) {
  for (Cue& c : cues_) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

int Scheduler::stop(const std::string& name, std::optional<std::uint32_t> script) {
  int stopped = 0;
  for (Cue& c : cues_) {
    if (c.state != Cue::State::Running || c.name != name || (script && c.script != *script)) continue;
    c.state = Cue::State::Stopped;
    if (&c != current_) finish(c);  // the running cue is finished when its step returns
    ++stopped;
  }
  std::erase_if(held_layers_, [&](const HeldLayer& held) {
    const bool match = held.name == name && (!script || held.script == *script);
    if (match) lights_.remove_layer(held.layer);
    return match;
  });
  return stopped;
}

void Scheduler::stop_script(std::uint32_t script) {
  for (Cue& c : cues_) {
    if (c.script != script || c.state != Cue::State::Running) continue;
    c.state = Cue::State::Stopped;
    finish(c);
  }
  std::erase_if(held_layers_, [&](const HeldLayer& held) {
    if (held.script == script) lights_.remove_layer(held.layer);
    return held.script == script;
  });
  std::erase_if(definitions_, [&](const Definition& d) {
    if (d.script == script) luaL_unref(L_, LUA_REGISTRYINDEX, d.fn_ref);
    return d.script == script;
  });
  prune();
}

void Scheduler::stop_all() {
  for (Cue& c : cues_) {
    if (c.state != Cue::State::Running) continue;
    c.state = Cue::State::Stopped;
    finish(c);
  }
  prune();
}

bool Scheduler::running(const std::string& name) const {
  return std::any_of(cues_.begin(), cues_.end(),
                     [&](const Cue& c) { return c.state == Cue::State::Running && c.name == name; });
}

std::size_t Scheduler::live_count() const {
  return static_cast<std::size_t>(std::count_if(cues_.begin(), cues_.end(), [](const Cue& c) {
    return c.state == Cue::State::Running && !c.transient;
  }));
}

std::optional<core::WallTime> Scheduler::next_wake() const {
  std::optional<core::WallTime> out;
  for (const Cue& c : cues_) {
    if (c.state == Cue::State::Running && !c.transient && (!out || c.wake < *out)) out = c.wake;
  }
  return out;
}

show::LayerId Scheduler::layer_for(Cue& cue) {
  if (!cue.layer) cue.layer = lights_.add_layer();
  return *cue.layer;
}

void Scheduler::define(std::uint32_t script, const std::string& name, int fn_ref) {
  for (Definition& d : definitions_) {
    if (d.script == script && d.name == name) {
      luaL_unref(L_, LUA_REGISTRYINDEX, d.fn_ref);
      d.fn_ref = fn_ref;
      return;
    }
  }
  definitions_.push_back({script, name, fn_ref});
}

int Scheduler::definition(std::uint32_t script, const std::string& name) const {
  for (const Definition& d : definitions_) {
    if (d.script == script && d.name == name) return d.fn_ref;
  }
  return LUA_NOREF;
}

std::vector<std::pair<std::uint32_t, std::string>> Scheduler::definitions() const {
  std::vector<std::pair<std::uint32_t, std::string>> out;
  for (const Definition& d : definitions_) out.emplace_back(d.script, d.name);
  return out;
}

}  // namespace marquee::scripting
