// Semantic checks on a parsed patch. Every problem is reported, not just the first, so staff
// rigging a venue fix a file in one pass.
#include <arpa/inet.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <unordered_map>

#include "core/quote.hpp"
#include "lighting/patch.hpp"

namespace marquee::lighting {
namespace {

constexpr int kMaxArtNetPortAddress = 0x7FFF;

class Validator {
 public:
  explicit Validator(const Patch& p) : p_(p) {}

  std::vector<std::string> run() {
    check_names();
    check_addresses();
    for (const auto& o : p_.outputs) check_output(o);
    check_source_and_timing();
    check_safe_look();
    return std::move(problems_);
  }

 private:
  void problem(int line, const std::string& message) {
    problems_.push_back(p_.file + ":" + std::to_string(line) + ": " + message);
  }

  static std::string quoted(const std::string& s) { return core::quote_value(s); }

  void check_names() {
    std::unordered_map<std::string, int> seen;
    for (const auto& f : p_.fixtures) {
      auto [it, fresh] = seen.emplace(f.name, f.line);
      if (!fresh)
        problem(f.line, "duplicate fixture name " + quoted(f.name) + " (first at line " +
                            std::to_string(it->second) + ")");
    }
  }

  void check_addresses() {
    std::map<int, std::array<int, 513>> owner;  // universe -> slot -> fixture index + 1
    for (std::size_t i = 0; i < p_.fixtures.size(); ++i) {
      const auto& f = p_.fixtures[i];
      // 64-bit: an address near INT_MAX plus a footprint must not overflow.
      const std::int64_t last =
          std::int64_t{f.address} + static_cast<std::int64_t>(p_.type_of(f).footprint()) - 1;
      if (f.universe < e131::kMinUniverse || f.universe > e131::kMaxUniverse) {
        problem(f.line, "fixture " + quoted(f.name) + ": universe " + std::to_string(f.universe) +
                            " out of range 1..63999");
        continue;
      }
      if (f.address < 1 || last > 512) {
        problem(f.line, "fixture " + quoted(f.name) + ": channels " + std::to_string(f.address) + ".." +
                            std::to_string(last) + " go past 512 (or start below 1)");
        continue;
      }
      check_overlap(owner[f.universe], i, f.address, static_cast<int>(last));
    }
  }

  void check_overlap(std::array<int, 513>& slots, std::size_t index, int first, int last) {
    const auto& f = p_.fixtures[index];
    for (int a = first; a <= last; ++a) {
      if (slots[a] != 0) {
        const auto& other = p_.fixtures[static_cast<std::size_t>(slots[a] - 1)];
        problem(f.line, "fixture " + quoted(f.name) + " overlaps " + quoted(other.name) + " (line " +
                            std::to_string(other.line) + ") at universe " + std::to_string(f.universe) +
                            " address " + std::to_string(a));
        return;
      }
    }
    for (int a = first; a <= last; ++a) slots[a] = static_cast<int>(index) + 1;
  }

  void check_output(const Output& o) {
    const bool artnet = o.protocol == Protocol::ArtNet;
    const std::string special = artnet ? "broadcast" : "multicast";
    in_addr addr{};
    if (o.destination != special && inet_pton(AF_INET, o.destination.c_str(), &addr) != 1)
      problem(o.line, "output: destination " + quoted(o.destination) + " is neither an IPv4 address nor \"" +
                          special + "\"");
    if (o.port < 0 || o.port > 65535)
      problem(o.line, "output: port " + std::to_string(o.port) + " out of range");
    const auto patched = p_.universes();
    // Carrying "every patched universe" adds no new range problems: bad fixture universes are
    // already reported at the fixture.
    std::vector<int> carried = o.universes;
    if (carried.empty()) {
      for (int u : patched) {
        if (u >= e131::kMinUniverse && u <= e131::kMaxUniverse) carried.push_back(u);
      }
    }
    for (int u : carried) {
      if (u < e131::kMinUniverse || u > e131::kMaxUniverse) {
        problem(o.line, "output: universe " + std::to_string(u) + " out of range 1..63999");
      } else if (std::find(patched.begin(), patched.end(), u) == patched.end()) {
        problem(o.line, "output: universe " + std::to_string(u) + " has no fixtures patched");
      } else if (const std::int64_t port = std::int64_t{u} + o.universe_offset;
                 artnet && (port < 0 || port > kMaxArtNetPortAddress)) {
        problem(o.line, "output: universe " + std::to_string(u) + " is Art-Net port address " +
                            std::to_string(port) + ", outside 0..32767");
      }
    }
  }

  void check_source_and_timing() {
    const auto& s = p_.source;
    const auto& t = p_.timing;
    if (s.priority < 0 || s.priority > 200)
      problem(s.line, "source.priority " + std::to_string(s.priority) + " outside 0..200");
    // Written as "not inside" so NaN (which compares false with everything) is refused too.
    if (!(t.rate_hz > 0.0 && t.rate_hz <= 1000.0)) problem(t.line, "timing.rate_hz must be in (0, 1000]");
    if (t.keepalive.count() < 100 || t.keepalive.count() > 2000)
      problem(t.line, "timing.keepalive_ms must be 100..2000 (receivers drop a source after 2500 ms)");
    if (t.repeats < 0 || t.repeats > 20) problem(t.line, "timing.repeats must be 0..20");
    if (t.sync_universe < 0 || t.sync_universe > e131::kMaxUniverse)
      problem(t.line, "timing.sync_universe must be 0 (off) or 1..63999");
    if (t.artnet_bind_port < 0 || t.artnet_bind_port > 65535)
      problem(t.line, "timing.artnet_bind_port out of range");
    if (t.failsafe_hold.count() < 0 || t.failsafe_fade.count() < 0)
      problem(t.line, "timing.failsafe_* must not be negative");
  }

  void check_safe_look() {
    const show::Rig rig = p_.rig();
    for (const auto& e : p_.safe_look) {
      if (!e.select.empty() && rig.select(e.select).empty())
        problem(e.line, "safe_look: " + quoted(e.select) + " selects no fixture");
    }
  }

  const Patch& p_;
  std::vector<std::string> problems_;
};

}  // namespace

std::vector<std::string> validate_patch(const Patch& patch) {
  return Validator(patch).run();
}

}  // namespace marquee::lighting
