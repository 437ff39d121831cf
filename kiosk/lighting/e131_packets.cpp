#include "lighting/e131_packets.hpp"

#include "core/check.hpp"
#include "lighting/byte_io.hpp"

namespace marquee::lighting::e131 {
namespace {

constexpr std::string_view kAcnId{"ASC-E1.17\0\0\0", 12};
constexpr std::size_t kRootSize = 38;

std::uint16_t flags_length(std::size_t length) {
  return static_cast<std::uint16_t>(0x7000 | length);
}

// Root layer: preamble, post-amble, ACN identifier, flags & length, vector, CID.
void write_root(ByteWriter& w, std::size_t total, std::uint32_t vector, const Cid& cid) {
  w.u16be(0x0010);
  w.u16be(0x0000);
  w.padded(kAcnId, 12);
  w.u16be(flags_length(total - 16));
  w.u32be(vector);
  w.bytes(cid);
}

core::Error error(std::string_view what, const std::string& message) {
  return core::make_error(std::string(what) + ": " + message);
}

// Checks the root layer and that each flags & length field matches the packet's size.
core::Status check_root(std::span<const std::uint8_t> p, std::string_view what, std::size_t min,
                        std::size_t max, std::uint32_t vector) {
  if (p.size() < min)
    return error(what,
                 "packet of " + std::to_string(p.size()) + " bytes is shorter than " + std::to_string(min));
  if (p.size() > max)
    return error(what,
                 "packet of " + std::to_string(p.size()) + " bytes is longer than " + std::to_string(max));
  if (root_vector_of(p) != vector) return error(what, "wrong preamble, ACN identifier or root vector");
  ByteReader r(p);
  if (r.u16be(16) != flags_length(p.size() - 16))
    return error(what, "root flags & length do not match the packet size");
  if (r.u16be(38) != flags_length(p.size() - 38))
    return error(what, "framing flags & length do not match the packet size");
  return core::Ok{};
}

Cid read_cid(const ByteReader& r) {
  Cid cid{};
  for (std::size_t i = 0; i < cid.size(); ++i) cid[i] = r.u8(22 + i);
  return cid;
}

}  // namespace

std::size_t encode_data(std::span<std::uint8_t> out, const Data& d) {
  MARQUEE_CHECK(d.slots.size() <= 512, "an E1.31 data packet carries at most 512 slots");
  const std::size_t total = kDataHeaderSize + d.slots.size();
  if (out.size() < total) return 0;
  ByteWriter w(out);
  write_root(w, total, kRootVectorData, d.cid);
  w.u16be(flags_length(total - kRootSize));  // framing layer
  w.u32be(kFramingVectorData);
  w.padded(d.source_name, 64);
  w.u8(d.priority);
  w.u16be(d.sync_address);
  w.u8(d.sequence);
  w.u8(d.options);
  w.u16be(d.universe);
  w.u16be(flags_length(total - 115));  // DMP layer
  w.u8(0x02);                          // DMP vector: set property
  w.u8(0xA1);                          // address & data type
  w.u16be(0x0000);                     // first property address
  w.u16be(0x0001);                     // address increment
  w.u16be(static_cast<std::uint16_t>(1 + d.slots.size()));
  w.u8(d.start_code);
  w.bytes(d.slots);
  return w.size();
}

std::size_t encode_sync(std::span<std::uint8_t> out, const Sync& s) {
  if (out.size() < kSyncSize) return 0;
  ByteWriter w(out);
  write_root(w, kSyncSize, kRootVectorExtended, s.cid);
  w.u16be(flags_length(kSyncSize - kRootSize));
  w.u32be(kFramingVectorSync);
  w.u8(s.sequence);
  w.u16be(s.sync_address);
  w.zeros(2);  // reserved
  return w.size();
}

std::size_t encode_discovery(std::span<std::uint8_t> out, const Cid& cid, std::string_view source_name,
                             std::uint8_t page, std::uint8_t last_page,
                             std::span<const std::uint16_t> universes) {
  MARQUEE_CHECK(universes.size() <= kDiscoveryPageSize, "a discovery page lists at most 512 universes");
  const std::size_t total = kDiscoveryHeaderSize + 2 * universes.size();
  if (out.size() < total) return 0;
  ByteWriter w(out);
  write_root(w, total, kRootVectorExtended, cid);
  w.u16be(flags_length(total - kRootSize));
  w.u32be(kFramingVectorDiscovery);
  w.padded(source_name, 64);
  w.zeros(4);                          // reserved
  w.u16be(flags_length(total - 112));  // universe discovery layer
  w.u32be(0x00000001);                 // VECTOR_UNIVERSE_DISCOVERY_UNIVERSE_LIST
  w.u8(page);
  w.u8(last_page);
  for (std::uint16_t u : universes) w.u16be(u);
  return w.size();
}

std::uint32_t root_vector_of(std::span<const std::uint8_t> p) {
  if (p.size() < kRootSize) return 0;
  ByteReader r(p);
  if (r.u16be(0) != 0x0010 || r.u16be(2) != 0x0000) return 0;
  for (std::size_t i = 0; i < kAcnId.size(); ++i) {
    if (r.u8(4 + i) != static_cast<std::uint8_t>(kAcnId[i])) return 0;
  }
  return r.u32be(18);
}

core::Result<Data> parse_data(std::span<const std::uint8_t> p) {
  if (auto s = check_root(p, "E1.31 data", kDataHeaderSize, kMaxDataPacket, kRootVectorData); !s)
    return s.error();
  ByteReader r(p);
  if (r.u32be(40) != kFramingVectorData) return error("E1.31 data", "wrong framing vector");
  if (r.u16be(115) != flags_length(p.size() - 115))
    return error("E1.31 data", "DMP flags & length do not match the packet size");
  if (r.u8(117) != 0x02 || r.u8(118) != 0xA1 || r.u16be(119) != 0 || r.u16be(121) != 1)
    return error("E1.31 data", "wrong DMP vector, address type, first address or increment");
  if (r.u16be(123) != p.size() - 125)
    return error("E1.31 data", "property value count does not match the packet size");
  Data d;
  d.cid = read_cid(r);
  d.source_name = r.text(44, 64);
  d.priority = r.u8(108);
  d.sync_address = r.u16be(109);
  d.sequence = r.u8(111);
  d.options = r.u8(112);
  d.universe = r.u16be(113);
  if (d.universe < kMinUniverse || d.universe > kMaxUniverse)
    return error("E1.31 data", "universe " + std::to_string(d.universe) + " outside 1..63999");
  d.start_code = r.u8(125);
  d.slots = p.subspan(kDataHeaderSize);
  return d;
}

core::Result<Sync> parse_sync(std::span<const std::uint8_t> p) {
  if (auto s = check_root(p, "E1.31 sync", kSyncSize, kSyncSize, kRootVectorExtended); !s) return s.error();
  ByteReader r(p);
  if (r.u32be(40) != kFramingVectorSync) return error("E1.31 sync", "wrong framing vector");
  return Sync{read_cid(r), r.u8(44), r.u16be(45)};
}

core::Result<Discovery> parse_discovery(std::span<const std::uint8_t> p) {
  if (auto s =
          check_root(p, "E1.31 discovery", kDiscoveryHeaderSize, kMaxDiscoveryPacket, kRootVectorExtended);
      !s)
    return s.error();
  ByteReader r(p);
  if (r.u32be(40) != kFramingVectorDiscovery) return error("E1.31 discovery", "wrong framing vector");
  if ((p.size() - kDiscoveryHeaderSize) % 2 != 0) return error("E1.31 discovery", "odd universe list length");
  if (r.u16be(112) != flags_length(p.size() - 112) || r.u32be(114) != 1)
    return error("E1.31 discovery", "bad universe discovery layer");
  Discovery d;
  d.cid = read_cid(r);
  d.source_name = std::string(r.text(44, 64));
  d.page = r.u8(118);
  d.last_page = r.u8(119);
  for (std::size_t off = kDiscoveryHeaderSize; off < p.size(); off += 2) d.universes.push_back(r.u16be(off));
  return d;
}

}  // namespace marquee::lighting::e131
