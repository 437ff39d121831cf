#pragma once
// The fixture patch: fixture types (channel layouts), fixtures placed at universe + address,
// the outputs that carry the universes, the source identity, timing and the failsafe look.
// Loaded from TOML (config/patch-*.toml); see patch_loader.cpp for the format.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "lighting/e131_packets.hpp"
#include "show/fixture_frame.hpp"

namespace marquee::lighting {

enum class Channel : std::uint8_t {
  Dimmer,
  Red,
  Green,
  Blue,
  White,
  Amber,
  Cyan,
  Magenta,
  Yellow,
  Pan,
  PanFine,
  Tilt,
  TiltFine,
  Strobe,
  Generic,
};

std::string_view channel_name(Channel c);
std::optional<Channel> channel_from_name(std::string_view name);

struct FixtureType {
  std::string name;
  std::vector<Channel> channels;  // in DMX order from the start address
  bool has(Channel c) const;
  std::size_t footprint() const { return channels.size(); }
  // The show attributes this layout can render (intensity also when folded into colour).
  std::vector<show::Attribute> attributes() const;
};

// Types every patch knows without declaring them.
const std::vector<FixtureType>& builtin_fixture_types();

struct PatchedFixture {
  std::string name;
  std::size_t type = 0;  // index into Patch::types
  int universe = 1;      // 1..63999 (checked by validate_patch)
  int address = 1;       // 1-based DMX start address
  std::vector<std::string> groups;
  std::string zone;
  int line = 0;  // line in the patch file, for messages
};

enum class Protocol : std::uint8_t { ArtNet, Sacn };

struct Output {
  Protocol protocol = Protocol::Sacn;
  // sACN: an IPv4 address (unicast) or "multicast". Art-Net: an IPv4 address or "broadcast".
  std::string destination;
  int port = 0;                // 0: the protocol's standard port
  std::vector<int> universes;  // empty: every patched universe
  // Art-Net Port-Address = universe + offset (default -1: universe 1 is Art-Net 0:0:0, as on
  // most consoles). Ignored for sACN, whose universes are the patch's own numbers.
  int universe_offset = -1;
  int line = 0;
};

struct Source {
  std::string name = "Marquee";
  int priority = 100;                // sACN priority 0..200
  std::string kiosk_id = "marquee";  // the CID is derived from this unless `cid` is given
  std::optional<e131::Cid> cid;
  int line = 0;
};

struct Timing {
  double rate_hz = 44.0;
  std::chrono::milliseconds keepalive{900};  // resend of unchanged data (800..1000 ms)
  int repeats = 3;                           // frames re-sent right after a change
  std::chrono::milliseconds discovery{10000};
  std::chrono::milliseconds failsafe_hold{2000};  // no new frame for this long: start the fade
  std::chrono::milliseconds failsafe_fade{3000};  // to the safe look over this long
  int sync_universe = 0;                          // sACN sync address; 0 = unsynchronized
  bool artsync = false;                           // send ArtSync after each Art-Net frame
  int artnet_bind_port = 6454;                    // 0 = ephemeral (tests, beside another node)
  int line = 0;
};

// The look the failsafe fades to; fixtures no entry selects go dark.
struct SafeLookEntry {
  std::string select;  // a fixture name, group, zone or glob
  show::FixtureValues values;
  int line = 0;
};

struct Patch {
  std::vector<FixtureType> types;
  std::vector<PatchedFixture> fixtures;
  std::vector<Output> outputs;
  Source source;
  Timing timing;
  std::vector<SafeLookEntry> safe_look;
  std::string file;  // where it came from, for messages

  const FixtureType& type_of(const PatchedFixture& f) const { return types[f.type]; }
  show::Rig rig() const;
  std::vector<std::uint16_t> universes() const;  // sorted, distinct
  show::FixtureFrame safe_frame() const;         // the safe look as a frame over rig()
};

// Reads and validates a patch; the error lists every problem found as "file:line: message".
core::Result<Patch> load_patch(const std::filesystem::path& path);
core::Result<Patch> parse_patch(std::string_view toml_text, const std::string& file_name);

// Semantic checks on a parsed patch (overlaps, ranges, outputs); each entry "file:line: message".
std::vector<std::string> validate_patch(const Patch& patch);

}  // namespace marquee::lighting
