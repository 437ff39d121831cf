#pragma once
// Staff tools behind `marquee lights list` and `marquee lights test`: a printable patch and a
// lamp check that drives test patterns through the real output path, then ends the streams.
#include <atomic>
#include <chrono>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "lighting/patch.hpp"

namespace marquee::lighting {

// One line per fixture: universe, address range, name, type, channels, zone, groups; then outputs.
void print_patch(const Patch& patch, std::ostream& out);

enum class TestPattern { Chase, Full, Off };
std::optional<TestPattern> test_pattern_from_name(std::string_view name);

struct LampCheck {
  TestPattern pattern = TestPattern::Chase;
  std::chrono::milliseconds duration{10000};
  std::chrono::milliseconds chase_step{500};
  std::optional<std::string> artnet_host;        // replaces the patch's outputs when either is given
  std::optional<std::string> sacn_host;          // an IPv4 address or "multicast"
  std::vector<int> universes;                    // empty: all
  const std::atomic<bool>* interrupt = nullptr;  // set (by a signal handler): end early, cleanly
};

// The frame a pattern shows at `elapsed`: chase lights one fixture at a time at full white.
show::FixtureFrame test_frame(const Patch& patch, TestPattern pattern, std::chrono::milliseconds elapsed,
                              std::chrono::milliseconds chase_step);
// Applies the overrides (hosts, universes) to a copy of the patch, checking them.
core::Result<Patch> lamp_check_patch(const Patch& patch, const LampCheck& check);
// Runs the check through an OutputThread, reporting progress to `log`; ends streams cleanly.
core::Status run_lamp_check(const Patch& patch, const LampCheck& check, std::ostream& log);

}  // namespace marquee::lighting
