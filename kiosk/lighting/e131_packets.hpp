#pragma once
// E1.31 (sACN) packet layout: data, synchronization and universe discovery packets; encoders
// and parsers only. Every multi-byte field is big-endian. Field tables:
// docs/wire-formats.md.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace marquee::lighting::e131 {

inline constexpr std::uint16_t kPort = 5568;
inline constexpr std::size_t kDataHeaderSize = 126;
inline constexpr std::size_t kMaxDataPacket = kDataHeaderSize + 512;
inline constexpr std::size_t kSyncSize = 49;
inline constexpr std::size_t kDiscoveryHeaderSize = 120;
inline constexpr std::size_t kDiscoveryPageSize = 512;
inline constexpr std::size_t kMaxDiscoveryPacket = kDiscoveryHeaderSize + 2 * kDiscoveryPageSize;
inline constexpr std::uint16_t kMinUniverse = 1;
inline constexpr std::uint16_t kMaxUniverse = 63999;
inline constexpr std::uint16_t kDiscoveryUniverse = 64214;

inline constexpr std::uint8_t kOptionPreview = 0x80;
inline constexpr std::uint8_t kOptionTerminated = 0x40;
inline constexpr std::uint8_t kOptionForceSync = 0x20;

inline constexpr std::uint32_t kRootVectorData = 0x00000004;
inline constexpr std::uint32_t kRootVectorExtended = 0x00000008;
inline constexpr std::uint32_t kFramingVectorData = 0x00000002;
inline constexpr std::uint32_t kFramingVectorSync = 0x00000001;
inline constexpr std::uint32_t kFramingVectorDiscovery = 0x00000002;

using Cid = std::array<std::uint8_t, 16>;

// The multicast group of a universe, 239.255.hi.lo, as a host-order IPv4 address.
inline std::uint32_t multicast_group(std::uint16_t universe) {
  return (239u << 24) | (255u << 16) | universe;
}

struct Data {
  Cid cid{};
  std::string_view source_name;  // up to 63 bytes of UTF-8 are sent
  std::uint8_t priority = 100;
  std::uint16_t sync_address = 0;
  std::uint8_t sequence = 0;
  std::uint8_t options = 0;
  std::uint16_t universe = 1;
  std::uint8_t start_code = 0;
  std::span<const std::uint8_t> slots;  // 0..512
};

struct Sync {
  Cid cid{};
  std::uint8_t sequence = 0;
  std::uint16_t sync_address = 0;
};

struct Discovery {
  Cid cid{};
  std::string source_name;
  std::uint8_t page = 0;
  std::uint8_t last_page = 0;
  std::vector<std::uint16_t> universes;  // sorted ascending, at most 512
};

// Encoders return the number of bytes written, or 0 when `out` is too small (nothing usable is
// written); field values a packet cannot carry are programmer errors (MARQUEE_CHECK).
std::size_t encode_data(std::span<std::uint8_t> out, const Data& data);
std::size_t encode_sync(std::span<std::uint8_t> out, const Sync& sync);
std::size_t encode_discovery(std::span<std::uint8_t> out, const Cid& cid, std::string_view source_name,
                             std::uint8_t page, std::uint8_t last_page,
                             std::span<const std::uint16_t> universes);

// Root vector of an E1.31 packet, or 0 if the preamble or ACN identifier is wrong.
std::uint32_t root_vector_of(std::span<const std::uint8_t> packet);

// Parsers check every length and vector field; Data::source_name and slots point into `packet`.
core::Result<Data> parse_data(std::span<const std::uint8_t> packet);
core::Result<Sync> parse_sync(std::span<const std::uint8_t> packet);
core::Result<Discovery> parse_discovery(std::span<const std::uint8_t> packet);

}  // namespace marquee::lighting::e131
