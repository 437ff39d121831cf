// Golden-byte tests for E1.31 data, synchronization and discovery packets, against the
// field tables in docs/wire-formats.md (every multi-byte field big-endian).
#include "lighting/e131_packets.hpp"

#include <gtest/gtest.h>

#include "bytes.hpp"

namespace marquee::lighting {
namespace {

using testing::Bytes;
using testing::cat;
using testing::text;
using testing::zeros;

const e131::Cid kCid = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77,
                        0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF};
const Bytes kCidBytes(kCid.begin(), kCid.end());

const Bytes kRootPrefix =
    cat({{0x00, 0x10},                                              // preamble size
         {0x00, 0x00},                                              // post-amble size
         {'A', 'S', 'C', '-', 'E', '1', '.', '1', '7', 0, 0, 0}});  // ACN packet identifier

Bytes encode(const e131::Data& d) {
  Bytes out(e131::kMaxDataPacket);
  out.resize(e131::encode_data(out, d));
  return out;
}

TEST(E131Data, FourSlotsUniverse1) {
  const Bytes slots = {0x10, 0x20, 0x30, 0x40};
  const Bytes expected = cat({kRootPrefix,
                              {0x70, 0x72},              // root flags & length: 130 - 16 = 114
                              {0x00, 0x00, 0x00, 0x04},  // root vector: data
                              kCidBytes,                 // CID
                              {0x70, 0x5C},              // framing flags & length: 130 - 38 = 92
                              {0x00, 0x00, 0x00, 0x02},  // framing vector: data
                              text("Marquee", 64),       // source name
                              {100},                     // priority
                              {0x00, 0x00},              // sync address: unsynchronized
                              {0xFF},                    // sequence
                              {0x00},                    // options
                              {0x00, 0x01},              // universe 1
                              {0x70, 0x0F},              // DMP flags & length: 130 - 115 = 15
                              {0x02},                    // DMP vector
                              {0xA1},                    // address & data type
                              {0x00, 0x00},              // first property address
                              {0x00, 0x01},              // address increment
                              {0x00, 0x05},              // property value count: 1 + 4
                              {0x00},                    // start code
                              slots});
  EXPECT_EQ(encode({kCid, "Marquee", 100, 0, 0xFF, 0, 1, 0, slots}), expected);
}

TEST(E131Data, FullUniverseTerminatedWithSync) {
  Bytes slots(512);
  for (std::size_t i = 0; i < slots.size(); ++i) slots[i] = static_cast<std::uint8_t>(255 - i % 256);
  const Bytes expected = cat({kRootPrefix,
                              {0x72, 0x6E},              // root flags & length: 638 - 16 = 622
                              {0x00, 0x00, 0x00, 0x04},  // root vector
                              kCidBytes,
                              {0x72, 0x58},              // framing flags & length: 600
                              {0x00, 0x00, 0x00, 0x02},  // framing vector
                              text("Lobby kiosk 3", 64),
                              {200},         // priority
                              {0x00, 0x07},  // sync address 7
                              {0x00},        // sequence 0 (after 255)
                              {0x40},        // options: stream terminated
                              {0xF9, 0xFF},  // universe 63999
                              {0x72, 0x0B},  // DMP flags & length: 523
                              {0x02, 0xA1, 0x00, 0x00, 0x00, 0x01},
                              {0x02, 0x01},  // property value count: 513
                              {0x00},        // start code
                              slots});
  const Bytes got = encode({kCid, "Lobby kiosk 3", 200, 7, 0, e131::kOptionTerminated, 63999, 0, slots});
  EXPECT_EQ(got.size(), 638u);
  EXPECT_EQ(got, expected);
}

TEST(E131Data, LongSourceNameIsCutAndNulTerminated) {
  const std::string name(80, 'x');
  const Bytes got = encode({kCid, name, 100, 0, 0, 0, 2, 0, Bytes{1, 2}});
  EXPECT_EQ(Bytes(got.begin() + 44, got.begin() + 108), cat({Bytes(63, 'x'), {0}}));
}

TEST(E131Data, ParsesWhatItEncodesAndRejectsBadPackets) {
  const Bytes slots = {9, 8, 7};
  const Bytes good = encode({kCid, "Src", 150, 3, 42, e131::kOptionPreview, 513, 0, slots});
  auto d = e131::parse_data(good);
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->cid, kCid);
  EXPECT_EQ(d->source_name, "Src");
  EXPECT_EQ(d->priority, 150);
  EXPECT_EQ(d->sync_address, 3);
  EXPECT_EQ(d->sequence, 42);
  EXPECT_EQ(d->options, e131::kOptionPreview);
  EXPECT_EQ(d->universe, 513);
  EXPECT_EQ(Bytes(d->slots.begin(), d->slots.end()), slots);

  EXPECT_FALSE(e131::parse_data(Bytes(good.begin(), good.begin() + 125)).ok());  // too short
  Bytes too_long = encode({kCid, "Src", 100, 0, 0, 0, 1, 0, Bytes(512, 0)});
  too_long.push_back(0);
  EXPECT_FALSE(e131::parse_data(too_long).ok());                             // 639 bytes
  EXPECT_FALSE(e131::parse_data(Bytes(good.begin(), good.end() - 1)).ok());  // lengths disagree
  Bytes bad_vector = good;
  bad_vector[21] = 0x08;
  EXPECT_FALSE(e131::parse_data(bad_vector).ok());
  Bytes universe0 = encode({kCid, "Src", 100, 0, 0, 0, 1, 0, slots});
  universe0[114] = 0;
  EXPECT_FALSE(e131::parse_data(universe0).ok());
}

TEST(E131Sync, FortyNineBytes) {
  Bytes out(e131::kSyncSize);
  ASSERT_EQ(e131::encode_sync(out, {kCid, 0x80, 0x1234}), 49u);
  const Bytes expected = cat({kRootPrefix,
                              {0x70, 0x21},              // root flags & length: 33
                              {0x00, 0x00, 0x00, 0x08},  // root vector: extended
                              kCidBytes,
                              {0x70, 0x0B},              // framing flags & length: 11
                              {0x00, 0x00, 0x00, 0x01},  // framing vector: sync
                              {0x80},                    // sequence
                              {0x12, 0x34},              // sync address
                              {0x00, 0x00}});            // reserved
  EXPECT_EQ(out, expected);
  auto s = e131::parse_sync(out);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->sync_address, 0x1234);
  EXPECT_FALSE(e131::parse_sync(Bytes(out.begin(), out.end() - 1)).ok());
}

TEST(E131Discovery, SortedUniverseList) {
  const std::vector<std::uint16_t> universes = {1, 2, 7};
  Bytes out(e131::kMaxDiscoveryPacket);
  out.resize(e131::encode_discovery(out, kCid, "Marquee", 0, 0, universes));
  const Bytes expected = cat({kRootPrefix,
                              {0x70, 0x6E},              // root flags & length: 126 - 16 = 110
                              {0x00, 0x00, 0x00, 0x08},  // root vector: extended
                              kCidBytes,
                              {0x70, 0x58},              // framing flags & length: 88
                              {0x00, 0x00, 0x00, 0x02},  // framing vector: discovery
                              text("Marquee", 64),
                              zeros(4),                  // reserved
                              {0x70, 0x0E},              // universe discovery flags & length: 14
                              {0x00, 0x00, 0x00, 0x01},  // vector: universe list
                              {0x00},                    // page
                              {0x00},                    // last page
                              {0x00, 0x01, 0x00, 0x02, 0x00, 0x07}});
  EXPECT_EQ(out, expected);
  auto d = e131::parse_discovery(out);
  ASSERT_TRUE(d.ok()) << d.error().message;
  EXPECT_EQ(d->universes, universes);
  EXPECT_FALSE(e131::parse_discovery(Bytes(out.begin(), out.begin() + 119)).ok());
  EXPECT_FALSE(e131::parse_discovery(Bytes(out.begin(), out.end() - 1)).ok());
}

TEST(E131, MulticastGroupPerUniverse) {
  EXPECT_EQ(e131::multicast_group(1), 0xEFFF0001u);      // 239.255.0.1
  EXPECT_EQ(e131::multicast_group(63999), 0xEFFFF9FFu);  // 239.255.249.255
  EXPECT_EQ(e131::multicast_group(64214), 0xEFFFFAD6u);  // 239.255.250.214: discovery
}

}  // namespace
}  // namespace marquee::lighting
