// Every Art-Net and sACN packet reader (what a receiver, the ArtPoll responder and the
// ArtTimeCode follower parse from the network). A packet that parses is written back out with
// the matching encoder into an exactly-sized buffer, which exercises ByteWriter's bounds too.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "lighting/artnet_packets.hpp"
#include "lighting/e131_packets.hpp"

namespace art = marquee::lighting::artnet;
namespace e131 = marquee::lighting::e131;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> packet(data, size);
  std::array<std::uint8_t, 2048> out{};
  (void)art::opcode_of(packet);
  if (auto dmx = art::parse_dmx(packet)) (void)art::encode_dmx(out, *dmx);
  if (auto poll = art::parse_poll(packet)) (void)art::encode_poll(out, *poll);
  if (auto reply = art::parse_poll_reply(packet)) (void)art::encode_poll_reply(out, *reply);
  (void)art::parse_sync(packet);
  if (auto tc = art::parse_timecode(packet)) (void)art::encode_timecode(out, *tc);
  (void)e131::root_vector_of(packet);
  if (auto d = e131::parse_data(packet)) (void)e131::encode_data(out, *d);
  if (auto s = e131::parse_sync(packet)) (void)e131::encode_sync(out, *s);
  (void)e131::parse_discovery(packet);
  return 0;
}
