#include "lighting/artnet_packets.hpp"

#include <string_view>

#include "core/check.hpp"
#include "lighting/byte_io.hpp"

namespace marquee::lighting::artnet {
namespace {

constexpr std::string_view kId{"Art-Net\0", 8};

// ID, OpCode (LE) and, for every packet but ArtPollReply, ProtVer (BE).
void write_header(ByteWriter& w, OpCode op, bool with_version = true) {
  w.padded(kId, 8);
  w.u16le(static_cast<std::uint16_t>(op));
  if (with_version) w.u16be(kProtocolVersion);
}

core::Error too_short(std::string_view what, std::size_t got, std::size_t need) {
  return core::make_error(std::string(what) + ": packet of " + std::to_string(got) +
                          " bytes is shorter than " + std::to_string(need));
}

core::Status check(std::span<const std::uint8_t> p, OpCode op, std::string_view what, std::size_t need) {
  if (p.size() < need) return too_short(what, p.size(), need);
  if (opcode_of(p) != op) return core::make_error(std::string(what) + ": wrong ID or OpCode");
  return core::Ok{};
}

}  // namespace

std::size_t encode_dmx(std::span<std::uint8_t> out, const Dmx& dmx) {
  MARQUEE_CHECK(dmx.data.size() >= 1 && dmx.data.size() <= 512, "ArtDmx carries 1..512 slots");
  const std::size_t even = dmx.data.size() + (dmx.data.size() % 2);
  if (out.size() < kDmxHeaderSize + even) return 0;
  ByteWriter w(out);
  write_header(w, OpCode::Dmx);
  w.u8(dmx.sequence);
  w.u8(dmx.physical);
  w.u8(static_cast<std::uint8_t>(dmx.port_address & 0xFF));         // SubUni
  w.u8(static_cast<std::uint8_t>((dmx.port_address >> 8) & 0x7F));  // Net
  w.u16be(static_cast<std::uint16_t>(even));
  w.bytes(dmx.data);
  w.zeros(even - dmx.data.size());
  return w.size();
}

std::size_t encode_poll(std::span<std::uint8_t> out, const Poll& poll) {
  if (out.size() < kPollSize) return 0;
  ByteWriter w(out);
  write_header(w, OpCode::Poll);
  w.u8(poll.flags);
  w.u8(poll.diag_priority);
  w.u16be(poll.target_top);
  w.u16be(poll.target_bottom);
  w.u16be(0x7FF0);  // EstaMan
  w.u16be(0x00FF);  // Oem
  return w.size();
}

std::size_t encode_poll_reply(std::span<std::uint8_t> out, const PollReply& r) {
  if (out.size() < kPollReplySize) return 0;
  ByteWriter w(out);
  write_header(w, OpCode::PollReply, false);
  w.bytes(r.ip);
  w.u16le(kPort);
  w.u16be(0x0001);                                                // VersInfo: firmware 1
  w.u8(static_cast<std::uint8_t>((r.port_address >> 8) & 0x7F));  // NetSwitch
  w.u8(static_cast<std::uint8_t>((r.port_address >> 4) & 0x0F));  // SubSwitch
  w.u16be(r.oem);
  w.u8(0);     // UbeaVersion
  w.u8(0xD0);  // Status1: indicators normal, port-address set by network/front panel
  w.u16le(r.esta_man);
  w.padded(r.short_name, 18);
  w.padded(r.long_name, 64);
  w.padded(r.node_report, 64);
  w.u16be(1);                                           // NumPorts
  w.bytes(std::array<std::uint8_t, 4>{0x45, 0, 0, 0});  // PortTypes: input, Art-Net protocol
  w.bytes(std::array<std::uint8_t, 4>{0x80, 0, 0, 0});  // GoodInput: data received
  w.zeros(4);                                           // GoodOutput
  w.bytes(std::array<std::uint8_t, 4>{static_cast<std::uint8_t>(r.port_address & 0x0F), 0, 0, 0});  // SwIn
  w.zeros(4);                                                                                       // SwOut
  w.u8(0);     // AcnPriority
  w.u8(0);     // SwMacro
  w.u8(0);     // SwRemote
  w.zeros(3);  // Spare
  w.u8(0x01);  // Style: StController (a lighting console)
  w.bytes(r.mac);
  w.bytes(r.ip);  // BindIp
  w.u8(r.bind_index);
  w.u8(0x08);                          // Status2: supports 15-bit port addresses
  w.zeros(4);                          // GoodOutputB
  w.u8(0);                             // Status3
  w.zeros(6);                          // DefaultRespUID
  w.zeros(kPollReplySize - w.size());  // User, RefreshRate, Filler
  return w.size();
}

std::size_t encode_sync(std::span<std::uint8_t> out) {
  if (out.size() < kSyncSize) return 0;
  ByteWriter w(out);
  write_header(w, OpCode::Sync);
  w.u8(0);  // Aux1
  w.u8(0);  // Aux2
  return w.size();
}

std::size_t encode_timecode(std::span<std::uint8_t> out, const TimeCode& tc) {
  if (out.size() < kTimeCodeSize) return 0;
  ByteWriter w(out);
  write_header(w, OpCode::TimeCode);
  w.u8(0);  // Filler1
  w.u8(tc.stream_id);
  w.u8(tc.frames);
  w.u8(tc.seconds);
  w.u8(tc.minutes);
  w.u8(tc.hours);
  w.u8(static_cast<std::uint8_t>(tc.type));
  return w.size();
}

std::optional<OpCode> opcode_of(std::span<const std::uint8_t> packet) {
  if (packet.size() < 10) return std::nullopt;
  ByteReader r(packet);
  for (std::size_t i = 0; i < kId.size(); ++i) {
    if (r.u8(i) != static_cast<std::uint8_t>(kId[i])) return std::nullopt;
  }
  return static_cast<OpCode>(r.u16le(8));
}

core::Result<Dmx> parse_dmx(std::span<const std::uint8_t> p) {
  if (auto s = check(p, OpCode::Dmx, "ArtDmx", kDmxHeaderSize); !s) return s.error();
  if (p.size() > kMaxDmxPacket)
    return core::make_error("ArtDmx: packet of " + std::to_string(p.size()) + " bytes is longer than 530");
  ByteReader r(p);
  const std::uint16_t length = r.u16be(16);
  if (length < 2 || length > 512)
    return core::make_error("ArtDmx: Length " + std::to_string(length) + " outside 2..512");
  if (p.size() < kDmxHeaderSize + length) return too_short("ArtDmx", p.size(), kDmxHeaderSize + length);
  Dmx d;
  d.sequence = r.u8(12);
  d.physical = r.u8(13);
  d.port_address = static_cast<std::uint16_t>(((r.u8(15) & 0x7F) << 8) | r.u8(14));
  d.data = p.subspan(kDmxHeaderSize, length);
  return d;
}

core::Result<Poll> parse_poll(std::span<const std::uint8_t> p) {
  if (auto s = check(p, OpCode::Poll, "ArtPoll", kPollV3Size); !s) return s.error();
  ByteReader r(p);
  Poll poll;
  poll.flags = r.u8(12);
  poll.diag_priority = r.u8(13);
  if (p.size() >= 18) {
    poll.target_top = r.u16be(14);
    poll.target_bottom = r.u16be(16);
  }
  return poll;
}

core::Result<PollReply> parse_poll_reply(std::span<const std::uint8_t> p) {
  if (auto s = check(p, OpCode::PollReply, "ArtPollReply", kPollReplySize); !s) return s.error();
  ByteReader r(p);
  PollReply reply;
  for (std::size_t i = 0; i < 4; ++i) reply.ip[i] = r.u8(10 + i);
  reply.port_address =
      static_cast<std::uint16_t>(((r.u8(18) & 0x7F) << 8) | ((r.u8(19) & 0x0F) << 4) | (r.u8(186) & 0x0F));
  reply.oem = r.u16be(20);
  reply.esta_man = r.u16le(24);
  reply.short_name = std::string(r.text(26, 18));
  reply.long_name = std::string(r.text(44, 64));
  reply.node_report = std::string(r.text(108, 64));
  for (std::size_t i = 0; i < 6; ++i) reply.mac[i] = r.u8(201 + i);
  reply.bind_index = r.u8(211);
  return reply;
}

core::Status parse_sync(std::span<const std::uint8_t> p) {
  return check(p, OpCode::Sync, "ArtSync", kSyncSize);
}

core::Result<TimeCode> parse_timecode(std::span<const std::uint8_t> p) {
  if (auto s = check(p, OpCode::TimeCode, "ArtTimeCode", kTimeCodeSize); !s) return s.error();
  ByteReader r(p);
  TimeCode tc;
  tc.stream_id = r.u8(13);
  tc.frames = r.u8(14);
  tc.seconds = r.u8(15);
  tc.minutes = r.u8(16);
  tc.hours = r.u8(17);
  const std::uint8_t type = r.u8(18);
  if (type > 3) return core::make_error("ArtTimeCode: Type " + std::to_string(type) + " outside 0..3");
  if (tc.hours > 23 || tc.minutes > 59 || tc.seconds > 59 || tc.frames > 29)
    return core::make_error("ArtTimeCode: time field out of range");
  tc.type = static_cast<TimeCodeType>(type);
  return tc;
}

}  // namespace marquee::lighting::artnet
