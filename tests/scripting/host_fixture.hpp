#pragma once
// A real ScriptHost (real Lua, real sandbox) on a virtual show clock, with the command log and
// errors captured so tests can assert on what the show did and when.
#include <gtest/gtest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "scripting/host/script_host.hpp"
#include "scripting/show_runner.hpp"
#include "scripting/simulate.hpp"

namespace marquee::scripting::testing {

inline core::WallTime utc(std::string_view iso) {
  return *core::parse_iso8601(iso);
}

struct HostFixture {
  explicit HostFixture(HostOptions options = default_options(),
                       core::WallTime start = utc("2026-05-22T19:00:00+08:00"), show::Rig rig = demo_rig())
      : start_time(start), clock(start), lights(std::move(rig)) {
    if (options.lib_dir.empty()) options.lib_dir = std::string(MARQUEE_SOURCE_DIR) + "/scripting/lib";
    auto created = ScriptHost::create(options, clock, lights, display);
    EXPECT_TRUE(created.ok());
    host = std::move(*created);
    host->on_command([this](const CommandRecord& r) { log.push_back(r); });
    host->on_error([this](const ScriptError& e) { errors.push_back(e); });
    runner = std::make_unique<ShowRunner>(*host, lights);
  }

  static HostOptions default_options() {
    HostOptions o;
    o.step_deadline = std::chrono::milliseconds{250};  // generous: the test machine is shared
    return o;
  }

  core::Status load(const std::string& name, const std::string& text) {
    return host->load_string(name, text);
  }

  // Runs on the tick grid until start + seconds, handing every frame to `on_frame`.
  void run_to(double seconds, const ShowRunner::FrameSink& on_frame = {}) {
    runner->run_until(clock, start_time + core::Millis{static_cast<long long>(seconds * 1000.0)}, on_frame);
  }

  // Show-time milliseconds since start of every record from `cue` whose text starts with `prefix`.
  std::vector<long long> times_of(const std::string& cue, const std::string& prefix = "") const {
    std::vector<long long> out;
    for (const auto& r : log) {
      if (r.cue == cue && r.text.rfind(prefix, 0) == 0) out.push_back((r.at - start_time).count());
    }
    return out;
  }

  // The whole sequence, for failure messages.
  std::string sequence() const {
    std::ostringstream s;
    for (const auto& r : log)
      s << "  +" << (r.at - start_time).count() << "ms [" << r.cue << "] " << r.text << "\n";
    for (const auto& e : errors) s << "  ERROR [" << e.cue << "] " << e.message << "\n";
    return s.str();
  }

  core::WallTime start_time;
  show::VirtualShowClock clock;
  show::LightEngine lights;
  show::DisplayQueue display;
  std::unique_ptr<ScriptHost> host;
  std::unique_ptr<ShowRunner> runner;
  std::vector<CommandRecord> log;
  std::vector<ScriptError> errors;
};

}  // namespace marquee::scripting::testing
