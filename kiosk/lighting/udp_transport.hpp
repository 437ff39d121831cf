#pragma once
// Socket glue: two UDP sockets, batched sends (sendmmsg) and non-blocking receive of Art-Net
// packets (ArtPoll, ArtTimeCode) on the Art-Net socket. No protocol logic lives here.
#include <sys/socket.h>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "lighting/packet_batch.hpp"

namespace marquee::lighting {

struct TransportConfig {
  std::string bind_ip = "0.0.0.0";
  // Art-Net is sent from and listened for on this port (SO_REUSEADDR, so another Art-Net program
  // on the same machine can bind it too); 0 picks an ephemeral port.
  std::uint16_t artnet_port = 6454;
  int multicast_ttl = 8;
};

class UdpTransport {
 public:
  static core::Result<UdpTransport> open(const TransportConfig& config);
  UdpTransport(UdpTransport&& other) noexcept;
  UdpTransport& operator=(UdpTransport&& other) noexcept;
  UdpTransport(const UdpTransport&) = delete;
  UdpTransport& operator=(const UdpTransport&) = delete;
  ~UdpTransport();

  // Sends every packet of the batch; returns how many the kernel took. Failures are counted.
  std::size_t send(const PacketBatch& batch);
  // Hands each waiting Art-Net datagram (at most `max`) to `handle` without blocking.
  void receive_artnet(const std::function<void(std::span<const std::uint8_t>, Endpoint)>& handle,
                      int max = 16);
  // The local address the kernel would use to reach `peer` (advertised in ArtPollReply).
  std::uint32_t local_ip_towards(Endpoint peer) const;
  std::uint16_t artnet_port() const { return artnet_port_; }
  std::uint64_t send_errors() const { return send_errors_; }
  const std::string& last_error() const { return last_error_; }

 private:
  UdpTransport() = default;
  std::size_t send_run(int fd, const PacketBatch& batch, std::size_t first, std::size_t count);
  void close_all();

  int artnet_fd_ = -1;
  int sacn_fd_ = -1;
  std::uint16_t artnet_port_ = 0;
  std::uint64_t send_errors_ = 0;
  std::string last_error_;
  std::vector<mmsghdr> headers_;
  std::vector<iovec> iovecs_;
  std::vector<sockaddr_storage> addresses_;
};

}  // namespace marquee::lighting
