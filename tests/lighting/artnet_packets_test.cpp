// Golden-byte tests for Art-Net 4 packets, against the field tables in
// docs/wire-formats.md (OpCode LE; ProtVer and Length BE).
#include "lighting/artnet_packets.hpp"

#include <gtest/gtest.h>

#include "bytes.hpp"

namespace marquee::lighting {
namespace {

using testing::Bytes;
using testing::cat;
using testing::text;
using testing::zeros;

const Bytes kId = {'A', 'r', 't', '-', 'N', 'e', 't', 0x00};

Bytes encode_dmx(std::uint8_t seq, std::uint8_t physical, std::uint16_t port, const Bytes& data) {
  Bytes out(artnet::kMaxDmxPacket);
  out.resize(artnet::encode_dmx(out, {seq, physical, port, data}));
  return out;
}

TEST(ArtDmx, FourSlotsOnPortAddress0x0123) {
  const Bytes expected = {
      'A',  'r',  't',  '-',  'N', 'e', 't', 0x00,  // ID
      0x00, 0x50,                                   // OpCode 0x5000, little-endian
      0x00, 0x0E,                                   // ProtVer 14, big-endian
      0x05,                                         // Sequence
      0x02,                                         // Physical
      0x23,                                         // SubUni: Port-Address low byte (SubNet 2, Universe 3)
      0x01,                                         // Net: Port-Address bits 14..8
      0x00, 0x04,                                   // Length 4, big-endian
      0x10, 0x20, 0x30, 0xFF,                       // Data
  };
  EXPECT_EQ(encode_dmx(5, 2, 0x0123, {0x10, 0x20, 0x30, 0xFF}), expected);
}

TEST(ArtDmx, OddSlotCountIsPaddedToEvenLength) {
  const Bytes expected = cat({kId,
                              {0x00, 0x50},  // OpCode
                              {0x00, 0x0E},  // ProtVer
                              {0xFF, 0x00},  // Sequence 255, Physical 0
                              {0x00, 0x00},  // Port-Address 0 (universe 0:0:0)
                              {0x00, 0x04},  // Length 4: three slots plus one zero
                              {0x01, 0x02, 0x03, 0x00}});
  EXPECT_EQ(encode_dmx(255, 0, 0, {1, 2, 3}), expected);
}

TEST(ArtDmx, FullUniverseOnHighestPortAddress) {
  Bytes data(512);
  for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<std::uint8_t>(i * 7);
  const Bytes expected = cat({kId,
                              {0x00, 0x50},  // OpCode
                              {0x00, 0x0E},  // ProtVer
                              {0x01, 0x00},  // Sequence 1, Physical 0
                              {0xFF, 0x7F},  // SubUni 0xFF, Net 0x7F: Port-Address 32767
                              {0x02, 0x00},  // Length 512
                              data});
  const Bytes got = encode_dmx(1, 0, 0x7FFF, data);
  EXPECT_EQ(got.size(), 530u);
  EXPECT_EQ(got, expected);
}

TEST(ArtDmx, SequenceWrapsFrom255To1SkippingZero) {
  EXPECT_EQ(artnet::next_sequence(1), 2);
  EXPECT_EQ(artnet::next_sequence(254), 255);
  EXPECT_EQ(artnet::next_sequence(255), 1);
  EXPECT_EQ(artnet::next_sequence(0), 1);
}

TEST(ArtDmx, ParsesWhatItEncodes) {
  const Bytes packet = encode_dmx(9, 3, 0x4321, {7, 8, 9, 10, 11, 12});
  auto dmx = artnet::parse_dmx(packet);
  ASSERT_TRUE(dmx.ok()) << dmx.error().message;
  EXPECT_EQ(dmx->sequence, 9);
  EXPECT_EQ(dmx->physical, 3);
  EXPECT_EQ(dmx->port_address, 0x4321);
  EXPECT_EQ(Bytes(dmx->data.begin(), dmx->data.end()), (Bytes{7, 8, 9, 10, 11, 12}));
}

TEST(ArtDmx, RejectsShortTruncatedOversizedAndForeignPackets) {
  const Bytes good = encode_dmx(1, 0, 1, {1, 2, 3, 4});
  EXPECT_FALSE(artnet::parse_dmx(Bytes(good.begin(), good.begin() + 17)).ok());  // header cut
  EXPECT_FALSE(artnet::parse_dmx(Bytes(good.begin(), good.end() - 1)).ok());     // data shorter than Length
  Bytes too_long = encode_dmx(1, 0, 1, Bytes(512, 1));
  too_long.push_back(0);
  EXPECT_FALSE(artnet::parse_dmx(too_long).ok());  // 531 bytes
  Bytes big_length = good;
  big_length[16] = 0x02;
  big_length[17] = 0x02;  // Length 514
  EXPECT_FALSE(artnet::parse_dmx(big_length).ok());
  Bytes wrong_op = good;
  wrong_op[9] = 0x20;  // OpCode 0x2000 (ArtPoll)
  EXPECT_FALSE(artnet::parse_dmx(wrong_op).ok());
  Bytes wrong_id = good;
  wrong_id[0] = 'X';
  EXPECT_FALSE(artnet::opcode_of(wrong_id).has_value());
}

TEST(ArtPoll, Art4LayoutAndArt3ShortFormParse) {
  Bytes out(artnet::kPollSize);
  artnet::encode_poll(out, {0x06, 0x10, 0x7FFF, 0x0000});
  const Bytes expected = cat({kId,
                              {0x00, 0x20},    // OpCode 0x2000
                              {0x00, 0x0E},    // ProtVer
                              {0x06},          // Flags
                              {0x10},          // DiagPriority
                              {0x7F, 0xFF},    // TargetPortAddressTop
                              {0x00, 0x00},    // TargetPortAddressBottom
                              {0x7F, 0xF0},    // EstaMan
                              {0x00, 0xFF}});  // Oem
  EXPECT_EQ(out, expected);
  auto v3 = artnet::parse_poll(Bytes(out.begin(), out.begin() + 14));
  ASSERT_TRUE(v3.ok());
  EXPECT_EQ(v3->flags, 0x06);
  EXPECT_FALSE(artnet::parse_poll(Bytes(out.begin(), out.begin() + 13)).ok());
}

TEST(ArtPollReply, EveryFieldAtItsOffset) {
  artnet::PollReply r;
  r.ip = {127, 0, 0, 1};
  r.port_address = 0x0234;  // Net 2, SubNet 3, Universe 4
  r.bind_index = 3;
  r.short_name = "Marquee";
  r.long_name = "Marquee kiosk";
  r.node_report = "#0001 [1] ok";
  r.mac = {1, 2, 3, 4, 5, 6};
  Bytes out(artnet::kPollReplySize);
  ASSERT_EQ(artnet::encode_poll_reply(out, r), 239u);
  const Bytes expected = cat({kId,
                              {0x00, 0x21},               // OpCode 0x2100 (no ProtVer in ArtPollReply)
                              {127, 0, 0, 1},             // IP (10)
                              {0x36, 0x19},               // Port 6454, little-endian (14)
                              {0x00, 0x01},               // VersInfo (16)
                              {0x02},                     // NetSwitch (18)
                              {0x03},                     // SubSwitch (19)
                              {0x00, 0xFF},               // Oem (20)
                              {0x00},                     // UbeaVersion (22)
                              {0xD0},                     // Status1 (23)
                              {0xF0, 0x7F},               // EstaMan, little-endian (24)
                              text("Marquee", 18),        // ShortName (26)
                              text("Marquee kiosk", 64),  // LongName (44)
                              text("#0001 [1] ok", 64),   // NodeReport (108)
                              {0x00, 0x01},               // NumPorts (172)
                              {0x45, 0, 0, 0},            // PortTypes: input, Art-Net (174)
                              {0x80, 0, 0, 0},            // GoodInput (178)
                              {0, 0, 0, 0},               // GoodOutput (182)
                              {0x04, 0, 0, 0},            // SwIn: universe nibble (186)
                              {0, 0, 0, 0},               // SwOut (190)
                              {0x00, 0x00, 0x00},         // AcnPriority, SwMacro, SwRemote (194)
                              zeros(3),                   // Spare (197)
                              {0x01},                     // Style: controller (200)
                              {1, 2, 3, 4, 5, 6},         // MAC (201)
                              {127, 0, 0, 1},             // BindIp (207)
                              {0x03},                     // BindIndex (211)
                              {0x08},                     // Status2: 15-bit port addresses (212)
                              zeros(4),                   // GoodOutputB (213)
                              {0x00},                     // Status3 (217)
                              zeros(6),                   // DefaultRespUID (218)
                              zeros(15)});                // User, RefreshRate, Filler to 239
  EXPECT_EQ(out, expected);
  auto parsed = artnet::parse_poll_reply(out);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->port_address, 0x0234);
  EXPECT_EQ(parsed->bind_index, 3);
  EXPECT_EQ(parsed->short_name, "Marquee");
  EXPECT_FALSE(artnet::parse_poll_reply(Bytes(out.begin(), out.end() - 1)).ok());
}

TEST(ArtSync, FourteenBytes) {
  Bytes out(artnet::kSyncSize);
  artnet::encode_sync(out);
  EXPECT_EQ(out, cat({kId, {0x00, 0x52}, {0x00, 0x0E}, {0x00, 0x00}}));  // ID, OpCode, ProtVer, Aux1, Aux2
  EXPECT_TRUE(artnet::parse_sync(out).ok());
  EXPECT_FALSE(artnet::parse_sync(Bytes(out.begin(), out.end() - 1)).ok());
}

TEST(ArtTimeCode, EncodesAndFollows) {
  const artnet::TimeCode tc{24, 59, 30, 21, artnet::TimeCodeType::Ebu25, 0};
  Bytes out(artnet::kTimeCodeSize);
  artnet::encode_timecode(out, tc);
  const Bytes expected = cat({kId,
                              {0x00, 0x97},      // OpCode 0x9700
                              {0x00, 0x0E},      // ProtVer
                              {0x00},            // Filler
                              {0x00},            // StreamId: master
                              {24, 59, 30, 21},  // Frames, Seconds, Minutes, Hours
                              {0x01}});          // Type: EBU 25 fps
  EXPECT_EQ(out, expected);
  auto parsed = artnet::parse_timecode(out);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(*parsed, tc);
  Bytes with_trailer = out;
  with_trailer.push_back(0xAA);  // later Art-Net revisions may append fields
  EXPECT_TRUE(artnet::parse_timecode(with_trailer).ok());
  EXPECT_FALSE(artnet::parse_timecode(Bytes(out.begin(), out.end() - 1)).ok());
  Bytes bad_type = out;
  bad_type[18] = 4;
  EXPECT_FALSE(artnet::parse_timecode(bad_type).ok());
}

}  // namespace
}  // namespace marquee::lighting
