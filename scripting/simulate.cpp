#include "scripting/simulate.hpp"

#include <cstdio>
#include <ostream>

#include "core/time_zone.hpp"
#include "scripting/simulate_live.hpp"
#include "show/timeline.hpp"
#include "show/venue_time.hpp"

namespace marquee::scripting {
namespace detail {

std::string local_stamp(const core::TimeZone& tz, core::WallTime t) {
  char ms[8];
  std::snprintf(ms, sizeof ms, ".%03d", static_cast<int>(t.time_since_epoch().count() % 1000));
  return core::format_clock(tz.to_local(t)) + ms;
}

std::string offset_stamp(core::Millis d) {
  const char sign = d.count() < 0 ? '-' : '+';
  long long ms = std::llabs(d.count());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%c%02lld:%02lld:%02lld.%03lld", sign, ms / 3600000, ms / 60000 % 60,
                ms / 1000 % 60, ms % 1000);
  return buf;
}

}  // namespace detail
namespace {

using detail::local_stamp;
using detail::offset_stamp;

using show::Attribute;

const std::vector<Attribute> kRgbDimmer = {Attribute::Intensity, Attribute::Red, Attribute::Green,
                                           Attribute::Blue};
const std::vector<Attribute> kMovingHead = {Attribute::Intensity, Attribute::Pan,   Attribute::Tilt,
                                            Attribute::Red,       Attribute::Green, Attribute::Blue,
                                            Attribute::Strobe};

std::string two(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

struct Window {
  core::WallTime from, to;
};

core::Result<Window> window(const SimulateOptions& sim, const core::TimeZone& tz) {
  int y = 0, m = 0, d = 0;
  if (sim.date.empty()) {
    const auto today = tz.to_local(core::SystemClock::instance().wall_now());
    y = today.year, m = today.month, d = today.day;
  } else if (!core::parse_date(sim.date, y, m, d)) {
    return core::make_error("--date: expected YYYY-MM-DD, got \"" + sim.date + "\"");
  }
  const auto from = show::parse_clock_time(sim.from);
  if (!from) return core::make_error("--from: " + from.error().message);
  const auto to = show::parse_clock_time(sim.to);
  if (!to) return core::make_error("--to: " + to.error().message);
  Window w{show::local_instant(tz, y, m, d, *from), {}};
  w.to = show::next_local_occurrence(tz, *to, w.from);  // past midnight when --to < --from
  return w;
}

}  // namespace

show::Rig demo_rig() {
  std::vector<show::FixtureInfo> f;
  for (const char* zone : {"north", "east", "south", "west"}) {
    for (int i = 1; i <= 16; ++i) {
      f.push_back({std::string("facade.") + zone + "." + two(i), {"facade", zone}, zone, kRgbDimmer});
    }
  }
  for (int i = 1; i <= 8; ++i) f.push_back({"stage.spot." + two(i), {"stage"}, "stage", kMovingHead});
  for (int i = 1; i <= 6; ++i) f.push_back({"lobby." + two(i), {"lobby"}, "lobby", {Attribute::Intensity}});
  return show::Rig(std::move(f));
}

core::Result<int> simulate(const SimulateOptions& sim, const show::Rig& rig, const HostOptions& options,
                           std::ostream& out) {
  auto tz = core::TimeZone::find(options.venue_time_zone);
  if (!tz) return tz.error();
  const auto w = window(sim, *tz);
  if (!w) return w.error();
  if (!sim.commands.empty()) return simulate_live(sim, rig, options, *tz, w->from, w->to, out);
  show::VirtualShowClock clock(w->from);
  show::LightEngine lights(rig);
  show::DisplayQueue display;
  auto created = ScriptHost::create(options, clock, lights, display);
  if (!created) return created.error();
  ScriptHost& host = **created;
  const auto line = [&](core::WallTime at, const std::string& cue, const std::string& text) {
    out << local_stamp(*tz, at) << " " << offset_stamp(at - w->from) << " [" << cue << "] " << text << "\n";
  };
  host.on_command([&](const CommandRecord& r) { line(r.at, r.cue, r.text); });
  int failures = 0;
  host.on_error([&](const ScriptError& e) {
    ++failures;
    line(e.at, e.cue.empty() ? "load" : e.cue, "ERROR " + e.message);
  });
  if (!host.load_file(sim.script).ok()) return 1;
  for (const auto& cue : sim.start_cues) {
    if (auto st = host.start_cue(cue); !st) return st.error();
  }
  std::optional<show::TimelineRecorder> timeline;
  if (sim.timeline) timeline.emplace(rig, w->from, w->to);
  ShowRunner runner(host, lights, sim.tick_hz);
  runner.run_until(clock, w->to, [&](core::WallTime t, const auto& frame) {
    if (timeline) timeline->add(t, *frame);
  });
  if (timeline) {
    if (auto st = timeline->write_png(*sim.timeline); !st) return st.error();
    out << "timeline: " << sim.timeline->string() << " (rows:";
    for (const auto& row : timeline->rows()) out << " " << row;
    out << ")\n";
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace marquee::scripting
