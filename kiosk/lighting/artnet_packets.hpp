#pragma once
// Art-Net 4 packet layout: encoders and parsers only (no sockets, no timing).
// Field tables: docs/wire-formats.md. OpCode is little-endian; ProtVer, Length and
// the poll target addresses are big-endian.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/result.hpp"

namespace marquee::lighting::artnet {

inline constexpr std::uint16_t kPort = 6454;
inline constexpr std::uint16_t kProtocolVersion = 14;
inline constexpr std::size_t kDmxHeaderSize = 18;
inline constexpr std::size_t kMaxDmxPacket = kDmxHeaderSize + 512;
inline constexpr std::size_t kPollSize = 22;
inline constexpr std::size_t kPollV3Size = 14;
inline constexpr std::size_t kPollReplySize = 239;
inline constexpr std::size_t kSyncSize = 14;
inline constexpr std::size_t kTimeCodeSize = 19;
inline constexpr std::uint16_t kMaxPortAddress = 0x7FFF;

enum class OpCode : std::uint16_t {
  Poll = 0x2000,
  PollReply = 0x2100,
  Dmx = 0x5000,
  Sync = 0x5200,
  TimeCode = 0x9700,
};

// Art-Net sequence runs 1..255 and skips 0 (0 means "sequencing disabled").
inline std::uint8_t next_sequence(std::uint8_t seq) {
  return seq >= 255 ? 1 : static_cast<std::uint8_t>(seq + 1);
}

struct Dmx {
  std::uint8_t sequence = 0;
  std::uint8_t physical = 0;
  std::uint16_t port_address = 0;  // 15 bits: Net (7) | SubNet (4) | Universe (4)
  std::span<const std::uint8_t> data;
};

struct Poll {
  std::uint8_t flags = 0;
  std::uint8_t diag_priority = 0;
  std::uint16_t target_top = kMaxPortAddress;  // only meaningful when flags bit 5 is set
  std::uint16_t target_bottom = 0;
};

// One ArtPollReply describes one port (Art-Net 4 style: one reply per port, told apart by
// BindIndex). We are a source, so the port is an input port: DMX goes *into* the network.
struct PollReply {
  std::array<std::uint8_t, 4> ip{};
  std::uint16_t port_address = 0;
  std::uint8_t bind_index = 1;
  std::uint16_t esta_man = 0x7FF0;  // ESTA prototype range: we have no registered code
  std::uint16_t oem = 0x00FF;       // "unknown OEM" per Art-Net
  std::string short_name;           // up to 17 bytes
  std::string long_name;            // up to 63 bytes
  std::string node_report;          // up to 63 bytes
  std::array<std::uint8_t, 6> mac{};
};

enum class TimeCodeType : std::uint8_t { Film24 = 0, Ebu25 = 1, DropFrame2997 = 2, Smpte30 = 3 };

struct TimeCode {
  std::uint8_t frames = 0, seconds = 0, minutes = 0, hours = 0;
  TimeCodeType type = TimeCodeType::Ebu25;
  std::uint8_t stream_id = 0;  // 0 = master
  friend bool operator==(const TimeCode&, const TimeCode&) = default;
};

// Encoders return the number of bytes written, or 0 when `out` is too small (nothing usable is
// written); field values a packet cannot carry are programmer errors (MARQUEE_CHECK).
// ArtDmx data is 2..512 slots; an odd count gets one zero slot appended (Length must be even).
std::size_t encode_dmx(std::span<std::uint8_t> out, const Dmx& dmx);
std::size_t encode_poll(std::span<std::uint8_t> out, const Poll& poll);
std::size_t encode_poll_reply(std::span<std::uint8_t> out, const PollReply& reply);
std::size_t encode_sync(std::span<std::uint8_t> out);
std::size_t encode_timecode(std::span<std::uint8_t> out, const TimeCode& tc);

// The OpCode of an Art-Net packet, or nullopt if the ID or size is wrong.
std::optional<OpCode> opcode_of(std::span<const std::uint8_t> packet);

// Parsers reject short, malformed or oversized packets with a message saying which field.
// Trailing bytes after fixed-size packets are accepted: Art-Net grows packets at the end.
core::Result<Dmx> parse_dmx(std::span<const std::uint8_t> packet);
core::Result<Poll> parse_poll(std::span<const std::uint8_t> packet);
core::Result<PollReply> parse_poll_reply(std::span<const std::uint8_t> packet);
core::Status parse_sync(std::span<const std::uint8_t> packet);
core::Result<TimeCode> parse_timecode(std::span<const std::uint8_t> packet);

}  // namespace marquee::lighting::artnet
