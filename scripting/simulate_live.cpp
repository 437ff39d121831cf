#include "scripting/simulate_live.hpp"

#include <algorithm>
#include <optional>
#include <ostream>

#include "show/holdable_clock.hpp"
#include "show/show_controller.hpp"
#include "show/timeline.hpp"
#include "show/venue_time.hpp"

namespace marquee::scripting {
namespace {

using detail::local_stamp;
using detail::offset_stamp;

struct TimedCommand {
  core::WallTime at{};
  show::ShowCommand command;
};

// "20:01:00 {json}": the first venue-clock occurrence of the time at or after --from.
core::Result<std::vector<TimedCommand>> parse_commands(const std::vector<std::string>& texts,
                                                       const core::TimeZone& tz, core::WallTime from,
                                                       core::WallTime to) {
  std::vector<TimedCommand> list;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::string source = "--command " + std::to_string(i + 1);
    const std::string& text = texts[i];
    const std::size_t space = text.find(' ');
    if (space == std::string::npos)
      return core::make_error(source + ": expected \"HH:MM:SS {json}\", got \"" + text + "\"");
    const auto t = show::parse_clock_time(text.substr(0, space));
    if (!t) return core::make_error(source + ": " + t.error().message);
    auto command = show::parse_show_command(std::string_view(text).substr(space + 1), source);
    if (!command) return command.error();
    // The HH:MM:SS before the JSON is when it runs here; a second time in "at" would only be late.
    if (command->at)
      return core::make_error(source +
                              ": \"at\": give the time before the JSON (\"HH:MM:SS {json}\") instead");
    const core::WallTime at = show::next_local_occurrence(tz, *t, from);
    if (at > to) return core::make_error(source + ": " + text.substr(0, space) + " is after --to");
    list.push_back({at, std::move(*command)});
  }
  std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.at < b.at; });
  return list;
}

}  // namespace

core::Result<int> simulate_live(const SimulateOptions& sim, const show::Rig& rig, const HostOptions& options,
                                const core::TimeZone& tz, core::WallTime from, core::WallTime to,
                                std::ostream& out) {
  auto commands = parse_commands(sim.commands, tz, from, to);
  if (!commands) return commands.error();
  // As in a kiosk: the base clock is the venue wall clock (virtual here), show time is the
  // HoldableClock's, and every live command goes through the controller.
  show::VirtualShowClock base(from);
  show::HoldableClock clock(base);
  show::ShowController controller(clock, nullptr);
  show::LightEngine lights(rig);
  show::DisplayQueue display;
  auto created = ScriptHost::create(options, clock, lights, display);
  if (!created) return created.error();
  ScriptHost& host = **created;
  // Stamps are the wall clock; after a hold the show time is added, so both plans can be read.
  const auto line = [&](const std::string& who, const std::string& text) {
    const core::WallTime now = base.now();
    out << local_stamp(tz, now) << " " << offset_stamp(now - from) << " [" << who << "] " << text;
    if (clock.lag().count() != 0) out << " (show time " << local_stamp(tz, clock.now()) << ")";
    out << "\n";
  };
  host.on_command([&](const CommandRecord& r) { line(r.cue, r.text); });
  int failures = 0;
  host.on_error([&](const ScriptError& e) {
    ++failures;
    line(e.cue.empty() ? "load" : e.cue, "ERROR " + e.message);
  });
  if (!host.load_file(sim.script).ok()) return 1;
  for (const auto& cue : sim.start_cues) {
    if (auto st = host.start_cue(cue); !st) return st.error();
  }
  std::optional<show::TimelineRecorder> timeline;
  if (sim.timeline) timeline.emplace(rig, from, to);
  struct Span {
    core::WallTime from, to;
    bool open;
  };
  std::vector<Span> held;
  ShowRunner runner(host, lights, sim.tick_hz);
  const core::Millis period = runner.period();
  std::size_t next = 0;
  std::uint64_t printed = 0;       // log lines printed so far (by seq)
  std::size_t logged_through = 0;  // commands submitted when the log was last read
  for (core::WallTime t = from; t <= to;) {
    for (; next < commands->size() && (*commands)[next].at <= t; ++next) {
      const show::ShowCommand& c = (*commands)[next].command;
      const bool was_held = clock.held();
      const bool accepted = controller.submit(c).ok();  // a refusal is in the log, printed below
      if (!was_held && clock.held()) held.push_back({t, to, true});
      if (was_held && !clock.held()) held.back() = {held.back().from, t, false};
      if (accepted && c.action == show::ShowAction::Shift && timeline) timeline->mark_shift(t);
    }
    const std::size_t submitted = next;  // commands submitted so far
    const int ran =
        controller.run_pending(host);  // GO, Stop and Shift, as at the start of a show-thread tick
    // The log is copied only when something new can be in it, not on every simulated tick.
    if (ran > 0 || submitted != logged_through) {
      logged_through = submitted;
      for (const auto& r : controller.log()) {
        if (r.seq <= printed) continue;
        printed = r.seq;
        line(r.who, r.action + " -> " + r.outcome);
      }
    }
    runner.tick(clock.now(), [&](core::WallTime, const auto& frame) {
      if (timeline) timeline->add(t, *frame);
    });
    // Skip idle stretches on the tick grid, as ShowRunner::run_until does: to the next wake-up
    // (a show time, so on the wall clock it comes `lag` later), the next command or the end.
    // While held nothing moves at all, animating or not, until a command.
    core::WallTime step_to = t + period;
    const bool frozen = clock.held();
    if (frozen || (!lights.animating() && !host.wants_every_tick())) {
      core::WallTime target = to;
      if (next < commands->size()) target = std::min(target, (*commands)[next].at);
      if (!frozen) {
        if (const auto wake = host.next_wake()) target = std::min(target, *wake + clock.lag());
      }
      const auto periods = (target - t + period - core::Millis{1}) / period;
      step_to = t + std::max<long long>(1, periods) * period;
    }
    base.advance_to(step_to);
    t = step_to;
  }
  for (const Span& s : held) {
    if (timeline) timeline->mark_held(s.from, s.to);
    out << "held: " << local_stamp(tz, s.from) << " - "
        << (s.open ? "end of the run (not resumed)" : local_stamp(tz, s.to)) << " ("
        << offset_stamp(s.to - s.from).substr(1) << ")\n";
  }
  if (clock.lag().count() != 0)
    out << "behind plan at the end: " << offset_stamp(clock.lag()).substr(1) << "\n";
  if (timeline) {
    if (auto st = timeline->write_png(*sim.timeline); !st) return st.error();
    out << "timeline: " << sim.timeline->string() << " (rows:";
    for (const auto& row : timeline->rows()) out << " " << row;
    out << "; held spans hatched amber, shifts as cyan lines)\n";
  }
  return failures == 0 ? 0 : 1;
}

}  // namespace marquee::scripting
