#include "lighting/lamp_check.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>
#include <thread>

#include "lighting/cid.hpp"
#include "lighting/output_thread.hpp"

namespace marquee::lighting {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : std::string(sep)) + s;
  return out;
}

std::string describe(const Output& o) {
  std::ostringstream s;
  s << (o.protocol == Protocol::Sacn ? "sACN   " : "Art-Net") << " -> " << o.destination;
  if (o.port != 0) s << ":" << o.port;
  if (!o.universes.empty()) {
    s << "  universes";
    for (int u : o.universes) s << " " << u;
  }
  if (o.protocol == Protocol::ArtNet)
    s << "  (port address = universe " << std::showpos << o.universe_offset << std::noshowpos << ")";
  return s.str();
}

}  // namespace

void print_patch(const Patch& patch, std::ostream& out) {
  out << "patch " << patch.file << ": " << patch.fixtures.size() << " fixtures in "
      << patch.universes().size() << " universes\n";
  out << "source \"" << patch.source.name << "\"  priority " << patch.source.priority << "  CID "
      << format_cid(patch.source.cid ? *patch.source.cid : derive_cid(patch.source.kiosk_id)) << "\n\n";
  out << std::left << std::setw(5) << "univ" << std::setw(10) << "address" << std::setw(20) << "name"
      << std::setw(13) << "type" << std::setw(8) << "zone"
      << "groups / channels\n";
  for (const auto& f : patch.fixtures) {
    const FixtureType& type = patch.type_of(f);
    const int last = f.address + static_cast<int>(type.footprint()) - 1;
    std::vector<std::string> channels;
    for (Channel c : type.channels) channels.emplace_back(channel_name(c));
    out << std::setw(5) << f.universe << std::setw(10)
        << (std::to_string(f.address) + "-" + std::to_string(last)) << std::setw(20) << f.name
        << std::setw(13) << type.name << std::setw(8) << f.zone << join(f.groups, ",") << " / "
        << join(channels, " ") << "\n";
  }
  out << "\noutputs:\n";
  for (const auto& o : patch.outputs) out << "  " << describe(o) << "\n";
}

std::optional<TestPattern> test_pattern_from_name(std::string_view name) {
  if (name == "chase") return TestPattern::Chase;
  if (name == "full") return TestPattern::Full;
  if (name == "off") return TestPattern::Off;
  return std::nullopt;
}

show::FixtureFrame test_frame(const Patch& patch, TestPattern pattern, std::chrono::milliseconds elapsed,
                              std::chrono::milliseconds chase_step) {
  show::FixtureFrame frame;
  frame.fixtures.resize(patch.fixtures.size());
  const std::size_t lit =
      patch.fixtures.empty() ? 0 : static_cast<std::size_t>(elapsed / chase_step) % patch.fixtures.size();
  for (std::size_t i = 0; i < frame.fixtures.size(); ++i) {
    const bool on = pattern == TestPattern::Full || (pattern == TestPattern::Chase && i == lit);
    frame.fixtures[i].set(show::Attribute::Intensity, on ? 1.0f : 0.0f);
  }
  frame.serial = static_cast<std::uint64_t>(elapsed.count());
  return frame;
}

core::Result<Patch> lamp_check_patch(const Patch& patch, const LampCheck& check) {
  Patch p = patch;
  if (check.artnet_host || check.sacn_host) {
    p.outputs.clear();
    if (check.sacn_host) p.outputs.push_back({Protocol::Sacn, *check.sacn_host, 0, {}, -1, 0});
    if (check.artnet_host) p.outputs.push_back({Protocol::ArtNet, *check.artnet_host, 0, {}, -1, 0});
  }
  if (!check.universes.empty()) {
    for (auto& o : p.outputs) o.universes = check.universes;
  }
  if (p.outputs.empty()) return core::make_error(p.file + ": no outputs (give --artnet or --sacn)");
  if (auto problems = validate_patch(p); !problems.empty()) return core::make_error(join(problems, "\n"));
  return p;
}

core::Status run_lamp_check(const Patch& patch, const LampCheck& check, std::ostream& log) {
  auto checked = lamp_check_patch(patch, check);
  if (!checked) return checked.error();
  auto output = OutputThread::start(*checked);
  if (!output) return output.error();
  for (const auto& o : checked->outputs) log << "lamp check: " << describe(o) << "\n";
  const auto start = std::chrono::steady_clock::now();
  for (auto elapsed = std::chrono::milliseconds(0); elapsed < check.duration;) {
    if (check.interrupt && check.interrupt->load()) {
      log << "lamp check interrupted\n";
      break;
    }
    (*output)->submit(std::make_shared<const show::FixtureFrame>(
        test_frame(*checked, check.pattern, elapsed, check.chase_step)));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  }
  (*output)->stop();  // three stream-terminated packets per sACN universe
  const OutputStats s = (*output)->stats();
  log << "lamp check done: " << s.ticks << " ticks, " << s.packets_sent << " packets, " << s.send_errors
      << " send errors; streams terminated\n";
  if (s.send_errors > 0)
    return core::make_error("lamp check: " + std::to_string(s.send_errors) + " packets could not be sent");
  return core::Ok{};
}

}  // namespace marquee::lighting
