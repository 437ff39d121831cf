#pragma once
// Packets the protocol logic wants sent, with where to; the socket glue sends a whole batch
// (sendmmsg). Buffers are reused from tick to tick, so steady output allocates nothing.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "lighting/patch.hpp"

namespace marquee::lighting {

struct Endpoint {
  std::uint32_t ip = 0;  // IPv4, host byte order
  std::uint16_t port = 0;
  friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

inline constexpr std::uint32_t ipv4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
  return (std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) | d;
}

struct OutgoingPacket {
  static constexpr std::size_t kCapacity = 1144;  // the largest: a full sACN discovery page
  Protocol protocol = Protocol::Sacn;             // which socket sends it
  Endpoint to;
  std::size_t size = 0;
  std::array<std::uint8_t, kCapacity> bytes{};
  std::span<const std::uint8_t> view() const { return {bytes.data(), size}; }
};

class PacketBatch {
 public:
  // A packet slot to fill: write into bytes, then set size.
  OutgoingPacket& add(Protocol protocol, Endpoint to) {
    if (count_ == packets_.size()) packets_.emplace_back();
    OutgoingPacket& p = packets_[count_++];
    p.protocol = protocol;
    p.to = to;
    p.size = 0;
    return p;
  }
  void clear() { count_ = 0; }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const OutgoingPacket& operator[](std::size_t i) const { return packets_[i]; }

 private:
  std::vector<OutgoingPacket> packets_;
  std::size_t count_ = 0;
};

}  // namespace marquee::lighting
