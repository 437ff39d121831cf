#pragma once
// The output protocol logic, free of sockets and threads: given the time, the latest frame and
// the masters, decides which packets go out this tick (keep-alive, sequence numbers per
// universe, sync, discovery, failsafe) and encodes them into a PacketBatch. Driven by the
// output thread in production and by a ManualClock in unit tests.
#include <memory>
#include <vector>

#include "core/clock.hpp"
#include "lighting/artnet_packets.hpp"
#include "lighting/dmx_mapper.hpp"
#include "lighting/failsafe.hpp"
#include "lighting/keep_alive.hpp"
#include "lighting/packet_batch.hpp"
#include "lighting/patch.hpp"

namespace marquee::lighting {

class OutputEngine {
 public:
  OutputEngine(const Patch& patch, core::MonoTime start);

  void on_frame(std::shared_ptr<const show::FixtureFrame> frame, core::MonoTime now);
  void set_masters(const Masters& masters) { masters_ = masters; }
  // Appends this tick's packets to `batch`.
  void tick(core::MonoTime now, PacketBatch& batch);
  // Three stream-terminated sACN packets per universe and output (Art-Net has no equivalent).
  void terminate(PacketBatch& batch);
  // One of those three rounds: one packet per universe and output. The output thread sends the
  // rounds apart, so 64 universes x 3 never arrive as one burst a receiver's socket buffer drops.
  void terminate_round(PacketBatch& batch);
  static constexpr int kTerminationRounds = 3;
  // ArtPollReplies for `poller` (one per Art-Net port we send), advertising `own_ip`.
  void poll_replies(Endpoint poller, std::uint32_t own_ip, PacketBatch& batch) const;
  // An ArtTimeCode to every Art-Net destination.
  void timecode(const artnet::TimeCode& tc, PacketBatch& batch) const;

  FailsafePhase failsafe_phase() const { return phase_; }
  const std::vector<UniverseData>& universes() const { return current_; }
  const e131::Cid& cid() const { return cid_; }

 private:
  struct Route {  // one universe over one output
    std::size_t universe_index;
    std::size_t output_index;
    Endpoint to;
    std::uint16_t port_address;  // Art-Net only
  };
  struct Stream {  // per universe
    KeepAlive keep_alive;
    std::array<std::uint8_t, 512> last{};
    std::uint16_t last_length = 0;
    std::uint8_t sacn_sequence = 0;
    std::uint8_t artnet_sequence = 1;
  };

  void build_routes();
  void update_look(core::MonoTime now);
  bool changed(std::size_t u) const;
  void send_universe(std::size_t u, std::uint8_t options, PacketBatch& batch);
  void send_sync(PacketBatch& batch);
  void send_discovery(PacketBatch& batch);
  std::uint16_t sync_address() const { return static_cast<std::uint16_t>(patch_.timing.sync_universe); }

  Patch patch_;
  DmxMapper mapper_;
  Failsafe failsafe_;
  e131::Cid cid_;
  Masters masters_;
  std::vector<Route> routes_;
  std::vector<Stream> streams_;
  std::vector<UniverseData> current_;
  std::shared_ptr<const show::FixtureFrame> mapped_frame_;
  Masters mapped_masters_{-1.0f, false};
  FailsafePhase phase_ = FailsafePhase::Live;
  std::uint8_t sync_sequence_ = 0;
  core::MonoTime last_discovery_;
  bool discovery_sent_ = false;
};

// Where an output sends a universe: its unicast address, or the sACN multicast group / the
// Art-Net broadcast address, on the configured or standard port.
Endpoint route_endpoint(const Output& output, std::uint16_t universe);

}  // namespace marquee::lighting
