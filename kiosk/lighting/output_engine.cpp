#include "lighting/output_engine.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>

#include "lighting/cid.hpp"
#include "lighting/e131_packets.hpp"

namespace marquee::lighting {
namespace {

std::uint16_t port_or(const Output& o, std::uint16_t standard) {
  return o.port != 0 ? static_cast<std::uint16_t>(o.port) : standard;
}

}  // namespace

Endpoint route_endpoint(const Output& o, std::uint16_t universe) {
  if (o.protocol == Protocol::Sacn) {
    if (o.destination == "multicast") return {e131::multicast_group(universe), port_or(o, e131::kPort)};
    in_addr a{};
    inet_pton(AF_INET, o.destination.c_str(), &a);
    return {ntohl(a.s_addr), port_or(o, e131::kPort)};
  }
  if (o.destination == "broadcast") return {ipv4(255, 255, 255, 255), port_or(o, artnet::kPort)};
  in_addr a{};
  inet_pton(AF_INET, o.destination.c_str(), &a);
  return {ntohl(a.s_addr), port_or(o, artnet::kPort)};
}

OutputEngine::OutputEngine(const Patch& patch, core::MonoTime start)
    : patch_(patch),
      mapper_(patch_),
      failsafe_(patch.timing.failsafe_hold, patch.timing.failsafe_fade, patch.safe_frame(), start),
      cid_(patch.source.cid ? *patch.source.cid : derive_cid(patch.source.kiosk_id)),
      last_discovery_(start) {
  for (std::size_t u = 0; u < mapper_.universes().size(); ++u)
    streams_.push_back({KeepAlive(patch.timing.repeats, patch.timing.keepalive)});
  build_routes();
  update_look(start);
}

void OutputEngine::build_routes() {
  const auto& all = mapper_.universes();
  for (std::size_t o = 0; o < patch_.outputs.size(); ++o) {
    const Output& out = patch_.outputs[o];
    for (std::size_t u = 0; u < all.size(); ++u) {
      const bool carried = out.universes.empty() || std::find(out.universes.begin(), out.universes.end(),
                                                              all[u]) != out.universes.end();
      if (!carried) continue;
      const auto port_address = static_cast<std::uint16_t>(all[u] + out.universe_offset);
      routes_.push_back({u, o, route_endpoint(out, all[u]), port_address});
    }
  }
}

void OutputEngine::on_frame(std::shared_ptr<const show::FixtureFrame> frame, core::MonoTime now) {
  failsafe_.on_frame(std::move(frame), now);
}

// Re-maps only when the look or the masters changed: steady output costs no mapping.
void OutputEngine::update_look(core::MonoTime now) {
  const auto look = failsafe_.look(now);
  phase_ = look.phase;
  const bool same_masters =
      masters_.grand_master == mapped_masters_.grand_master && masters_.blackout == mapped_masters_.blackout;
  if (look.frame == mapped_frame_ && same_masters) return;
  mapper_.map(*look.frame, masters_, current_);
  mapped_frame_ = look.frame;
  mapped_masters_ = masters_;
}

bool OutputEngine::changed(std::size_t u) const {
  const UniverseData& d = current_[u];
  const Stream& s = streams_[u];
  return d.length != s.last_length || std::memcmp(d.slots.data(), s.last.data(), d.length) != 0;
}

void OutputEngine::tick(core::MonoTime now, PacketBatch& batch) {
  update_look(now);
  bool sent = false;
  for (std::size_t u = 0; u < current_.size(); ++u) {
    if (!streams_[u].keep_alive.due(changed(u), now)) continue;
    send_universe(u, 0, batch);
    sent = true;
  }
  if (sent) send_sync(batch);
  if (!discovery_sent_ || now - last_discovery_ >= patch_.timing.discovery) {
    send_discovery(batch);
    last_discovery_ = now;
    discovery_sent_ = true;
  }
}

void OutputEngine::send_universe(std::size_t u, std::uint8_t options, PacketBatch& batch) {
  const UniverseData& d = current_[u];
  Stream& s = streams_[u];
  const std::span<const std::uint8_t> slots(d.slots.data(), d.length);
  bool sacn = false, artnet = false;
  for (const Route& r : routes_) {
    if (r.universe_index != u) continue;
    const Output& out = patch_.outputs[r.output_index];
    OutgoingPacket& p = batch.add(out.protocol, r.to);
    if (out.protocol == Protocol::Sacn) {
      e131::Data data{cid_,
                      patch_.source.name,
                      static_cast<std::uint8_t>(patch_.source.priority),
                      sync_address(),
                      s.sacn_sequence,
                      options,
                      d.universe,
                      0,
                      slots};
      p.size = e131::encode_data(p.bytes, data);
      sacn = true;
    } else {
      p.size = artnet::encode_dmx(p.bytes, {s.artnet_sequence, 0, r.port_address, slots});
      artnet = true;
    }
  }
  // One sequence step per universe and tick, shared by every destination of that protocol.
  if (sacn) s.sacn_sequence = static_cast<std::uint8_t>(s.sacn_sequence + 1);
  if (artnet) s.artnet_sequence = artnet::next_sequence(s.artnet_sequence);
  std::memcpy(s.last.data(), d.slots.data(), d.slots.size());
  s.last_length = d.length;
}

void OutputEngine::send_sync(PacketBatch& batch) {
  for (std::size_t o = 0; o < patch_.outputs.size(); ++o) {
    const Output& out = patch_.outputs[o];
    if (out.protocol == Protocol::Sacn && sync_address() != 0) {
      OutgoingPacket& p = batch.add(Protocol::Sacn, route_endpoint(out, sync_address()));
      p.size = e131::encode_sync(p.bytes, {cid_, sync_sequence_, sync_address()});
    } else if (out.protocol == Protocol::ArtNet && patch_.timing.artsync) {
      OutgoingPacket& p = batch.add(Protocol::ArtNet, route_endpoint(out, 0));
      p.size = artnet::encode_sync(p.bytes);
    }
  }
  if (sync_address() != 0) sync_sequence_ = static_cast<std::uint8_t>(sync_sequence_ + 1);
}

void OutputEngine::send_discovery(PacketBatch& batch) {
  for (std::size_t o = 0; o < patch_.outputs.size(); ++o) {
    const Output& out = patch_.outputs[o];
    if (out.protocol != Protocol::Sacn) continue;
    std::vector<std::uint16_t> list;
    for (const Route& r : routes_) {
      if (r.output_index == o) list.push_back(current_[r.universe_index].universe);
    }
    const std::size_t pages =
        std::max<std::size_t>(1, (list.size() + e131::kDiscoveryPageSize - 1) / e131::kDiscoveryPageSize);
    for (std::size_t page = 0; page < pages; ++page) {
      const std::size_t first = page * e131::kDiscoveryPageSize;
      const std::size_t n = std::min(e131::kDiscoveryPageSize, list.size() - first);
      OutgoingPacket& p = batch.add(Protocol::Sacn, route_endpoint(out, e131::kDiscoveryUniverse));
      p.size =
          e131::encode_discovery(p.bytes, cid_, patch_.source.name, static_cast<std::uint8_t>(page),
                                 static_cast<std::uint8_t>(pages - 1), std::span(list).subspan(first, n));
    }
  }
}

void OutputEngine::terminate(PacketBatch& batch) {
  for (int i = 0; i < kTerminationRounds; ++i) terminate_round(batch);
}

void OutputEngine::terminate_round(PacketBatch& batch) {
  {
    for (std::size_t u = 0; u < current_.size(); ++u) {
      const UniverseData& d = current_[u];
      Stream& s = streams_[u];
      for (const Route& r : routes_) {
        const Output& out = patch_.outputs[r.output_index];
        if (r.universe_index != u || out.protocol != Protocol::Sacn) continue;
        OutgoingPacket& p = batch.add(Protocol::Sacn, r.to);
        e131::Data data{cid_,
                        patch_.source.name,
                        static_cast<std::uint8_t>(patch_.source.priority),
                        sync_address(),
                        s.sacn_sequence,
                        e131::kOptionTerminated,
                        d.universe,
                        0,
                        std::span(d.slots.data(), d.length)};
        p.size = e131::encode_data(p.bytes, data);
      }
      s.sacn_sequence = static_cast<std::uint8_t>(s.sacn_sequence + 1);
    }
  }
}

void OutputEngine::poll_replies(Endpoint poller, std::uint32_t own_ip, PacketBatch& batch) const {
  std::uint8_t bind_index = 1;
  for (const Route& r : routes_) {
    if (patch_.outputs[r.output_index].protocol != Protocol::ArtNet) continue;
    artnet::PollReply reply;
    reply.ip = {static_cast<std::uint8_t>(own_ip >> 24), static_cast<std::uint8_t>(own_ip >> 16),
                static_cast<std::uint8_t>(own_ip >> 8), static_cast<std::uint8_t>(own_ip)};
    reply.port_address = r.port_address;
    reply.bind_index = bind_index++;
    reply.short_name = patch_.source.name;
    reply.long_name = patch_.source.name + " (Marquee kiosk " + patch_.source.kiosk_id + ")";
    reply.node_report = "#0001 [" + std::to_string(bind_index - 1) + "] Marquee output running";
    OutgoingPacket& p = batch.add(Protocol::ArtNet, poller);
    p.size = artnet::encode_poll_reply(p.bytes, reply);
    if (bind_index == 0) break;  // 255 ports is all BindIndex can tell apart
  }
}

void OutputEngine::timecode(const artnet::TimeCode& tc, PacketBatch& batch) const {
  for (const Output& out : patch_.outputs) {
    if (out.protocol != Protocol::ArtNet) continue;
    OutgoingPacket& p = batch.add(Protocol::ArtNet, route_endpoint(out, 0));
    p.size = artnet::encode_timecode(p.bytes, tc);
  }
}

}  // namespace marquee::lighting
