// ByteWriter and the encoders with buffers one byte too small (as OLA's packer tests do): nothing
// is written past the end, the writer says it overflowed and encoders return 0 (issue 17).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

#include "lighting/artnet_packets.hpp"
#include "lighting/byte_io.hpp"
#include "lighting/e131_packets.hpp"

namespace marquee::lighting {
namespace {

constexpr std::uint8_t kGuard = 0xA5;

// A buffer of `usable` bytes followed by guard bytes the code under test must never touch.
struct GuardedBuffer {
  explicit GuardedBuffer(std::size_t n) : bytes(n + 16, 0), usable(n) {
    std::fill(bytes.begin() + static_cast<std::ptrdiff_t>(n), bytes.end(), kGuard);
  }
  std::span<std::uint8_t> span() { return std::span(bytes).first(usable); }
  bool guards_intact() const {
    return std::all_of(bytes.begin() + static_cast<std::ptrdiff_t>(usable), bytes.end(),
                       [](std::uint8_t b) { return b == kGuard; });
  }
  std::vector<std::uint8_t> bytes;
  std::size_t usable;
};

TEST(ByteWriter, RefusesToWritePastItsBuffer) {
  GuardedBuffer buf(3);
  ByteWriter w(buf.span());
  w.u32be(0x01020304);
  w.padded("long text", 8);
  w.zeros(100);
  EXPECT_TRUE(w.overflowed());
  EXPECT_EQ(w.size(), 3u);
  EXPECT_EQ(buf.bytes[0], 0x01);
  EXPECT_EQ(buf.bytes[2], 0x03);
  EXPECT_TRUE(buf.guards_intact());
}

TEST(ByteWriter, ExactFitIsNotAnOverflow) {
  GuardedBuffer buf(4);
  ByteWriter w(buf.span());
  w.u16le(0x0201);
  w.u16be(0x0304);
  EXPECT_FALSE(w.overflowed());
  EXPECT_EQ(buf.bytes, (std::vector<std::uint8_t>{1,      2,      3,      4,      kGuard, kGuard, kGuard,
                                                  kGuard, kGuard, kGuard, kGuard, kGuard, kGuard, kGuard,
                                                  kGuard, kGuard, kGuard, kGuard, kGuard, kGuard}));
}

// Each encoder, given exactly one byte less than its packet needs.
TEST(Encoders, ReturnZeroAndWriteNothingPastAnUndersizedBuffer) {
  const std::array<std::uint8_t, 7> slots = {1, 2, 3, 4, 5, 6, 7};
  const e131::Cid cid{};
  struct Case {
    const char* name;
    std::size_t needed;
    std::function<std::size_t(std::span<std::uint8_t>)> encode;
  };
  const std::vector<Case> cases = {
      {"ArtDmx", artnet::kDmxHeaderSize + 8,
       [&](auto out) {
         return artnet::encode_dmx(out, {1, 0, 3, slots});
       }},
      {"ArtPoll", artnet::kPollSize, [](auto out) { return artnet::encode_poll(out, {}); }},
      {"ArtPollReply", artnet::kPollReplySize, [](auto out) { return artnet::encode_poll_reply(out, {}); }},
      {"ArtSync", artnet::kSyncSize, [](auto out) { return artnet::encode_sync(out); }},
      {"ArtTimeCode", artnet::kTimeCodeSize, [](auto out) { return artnet::encode_timecode(out, {}); }},
      {"E1.31 data", e131::kDataHeaderSize + slots.size(),
       [&](auto out) {
         return e131::encode_data(out, {cid, "src", 100, 0, 0, 0, 1, 0, slots});
       }},
      {"E1.31 sync", e131::kSyncSize,
       [&](auto out) {
         return e131::encode_sync(out, {cid, 0, 1});
       }},
  };
  for (const auto& c : cases) {
    GuardedBuffer exact(c.needed);
    EXPECT_EQ(c.encode(exact.span()), c.needed) << c.name;
    EXPECT_TRUE(exact.guards_intact()) << c.name;
    GuardedBuffer small(c.needed - 1);
    EXPECT_EQ(c.encode(small.span()), 0u) << c.name;
    EXPECT_TRUE(small.guards_intact()) << c.name;
    GuardedBuffer empty(0);
    EXPECT_EQ(c.encode(empty.span()), 0u) << c.name;
    EXPECT_TRUE(empty.guards_intact()) << c.name;
  }
}

}  // namespace
}  // namespace marquee::lighting
