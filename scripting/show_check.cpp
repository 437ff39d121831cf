// `marquee show check`: load errors are only the start. A cue that errors five minutes in (a typo
// after a wait, a selector that matches nothing) would otherwise be found on the night, so every
// named cue is GOed by itself on a virtual clock and run until it ends.
#include <cstdio>
#include <ostream>
#include <set>

#include "scripting/simulate.hpp"

namespace marquee::scripting {
namespace {

std::string elapsed(core::Millis d) {
  const long long s = d.count() / 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, "+%02lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
  return buf;
}

struct Sandbox {
  Sandbox(const show::Rig& rig, const HostOptions& options, core::WallTime start)
      : clock(start), lights(rig) {
    auto created = ScriptHost::create(options, clock, lights, display);
    if (created) host = std::move(*created);
    else error = created.error().message;
  }
  show::VirtualShowClock clock;
  show::LightEngine lights;
  show::DisplayQueue display;
  std::unique_ptr<ScriptHost> host;
  std::string error;
};

// Runs until nothing is live or the horizon, a minute at a time.
void run_while_live(Sandbox& s, const CheckOptions& check) {
  ShowRunner runner(*s.host, s.lights, check.tick_hz);
  const core::WallTime end = s.clock.now() + check.horizon;
  while (s.clock.now() < end && s.host->running_cues() > 0) {
    runner.run_until(s.clock, std::min(end, s.clock.now() + core::Millis{60'000}), {});
  }
}

}  // namespace

int check_scripts(const std::vector<std::filesystem::path>& files, const show::Rig& rig,
                  const HostOptions& options, std::ostream& out, const CheckOptions& check) {
  int failures = 0;
  const core::WallTime start = core::SystemClock::instance().wall_now();
  for (const auto& file : files) {
    std::set<std::string> seen;  // one line per distinct message: a cue started twice fails twice
    int file_errors = 0;
    const auto report = [&](const ScriptError& e, core::WallTime from) {
      std::string line = e.message;
      if (!e.cue.empty()) line += " (cue " + e.cue + ", " + elapsed(e.at - from) + " after its start)";
      if (seen.insert(e.message).second) out << line << "\n";
      ++file_errors;
    };
    // The whole file as loaded: its top level, and whatever it starts within the horizon.
    Sandbox whole(rig, options, start);
    if (!whole.host) {
      out << whole.error << "\n";
      return 1;
    }
    whole.host->on_error([&](const ScriptError& e) { report(e, start); });
    const auto loaded = whole.host->load_file(file);
    if (!loaded) {
      ++failures;
      continue;  // reported by the error sink; nothing further can run
    }
    run_while_live(whole, check);
    // Each named cue alone, as a GO on the staff page would start it.
    const auto cues = whole.host->cue_statuses();
    for (const auto& cue : cues) {
      Sandbox one(rig, options, start);
      if (!one.host->load_file(file)) continue;  // loaded above; cannot differ
      one.host->scheduler().stop_all();
      const core::WallTime go = one.clock.now();
      one.host->on_error([&](const ScriptError& e) { report(e, go); });
      if (auto st = one.host->start_cue(cue.name); !st) {
        out << file.string() << ": cue " << cue.name << ": " << st.error().message << "\n";
        ++file_errors;
        continue;
      }
      run_while_live(one, check);
    }
    if (file_errors == 0) {
      out << file.string() << ": ok (top level and " << cues.size() << " named cue" << (cues.size() == 1 ? "" : "s")
          << " run for up to " << check.horizon.count() / 60000 << " min of show time each)\n";
    } else {
      ++failures;
    }
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace marquee::scripting
