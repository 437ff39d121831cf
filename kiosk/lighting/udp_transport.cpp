#include "lighting/udp_transport.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <utility>

namespace marquee::lighting {
namespace {

constexpr std::size_t kMaxBatch = 256;  // messages per sendmmsg call

core::Error sys_error(const std::string& what) {
  return core::make_error(what + ": " + std::strerror(errno));
}

sockaddr_in to_sockaddr(Endpoint e) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(e.port);
  a.sin_addr.s_addr = htonl(e.ip);
  return a;
}

core::Result<int> udp_socket(const std::string& ip, std::uint16_t port, bool reuse) {
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return sys_error("socket");
  const int one = 1;
  if (reuse) setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  if (inet_pton(AF_INET, ip.c_str(), &a.sin_addr) != 1) {
    ::close(fd);
    return core::make_error("bind address \"" + ip + "\" is not IPv4");
  }
  if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    auto err = sys_error("bind " + ip + ":" + std::to_string(port));
    ::close(fd);
    return err;
  }
  return fd;
}

}  // namespace

core::Result<UdpTransport> UdpTransport::open(const TransportConfig& config) {
  UdpTransport t;
  auto artnet = udp_socket(config.bind_ip, config.artnet_port, true);
  if (!artnet) return artnet.error();
  t.artnet_fd_ = *artnet;
  sockaddr_in bound{};
  socklen_t len = sizeof bound;
  getsockname(t.artnet_fd_, reinterpret_cast<sockaddr*>(&bound), &len);
  t.artnet_port_ = ntohs(bound.sin_port);
  auto sacn = udp_socket(config.bind_ip, 0, false);
  if (!sacn) return sacn.error();
  t.sacn_fd_ = *sacn;
  const unsigned char ttl = static_cast<unsigned char>(config.multicast_ttl), loop = 1;
  setsockopt(t.sacn_fd_, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);
  setsockopt(t.sacn_fd_, IPPROTO_IP, IP_MULTICAST_LOOP, &loop, sizeof loop);  // local receivers too
  return t;
}

UdpTransport::UdpTransport(UdpTransport&& o) noexcept {
  *this = std::move(o);
}

UdpTransport& UdpTransport::operator=(UdpTransport&& o) noexcept {
  if (this != &o) {
    close_all();
    artnet_fd_ = std::exchange(o.artnet_fd_, -1);
    sacn_fd_ = std::exchange(o.sacn_fd_, -1);
    artnet_port_ = o.artnet_port_;
    send_errors_ = o.send_errors_;
  }
  return *this;
}

UdpTransport::~UdpTransport() {
  close_all();
}

void UdpTransport::close_all() {
  if (artnet_fd_ >= 0) ::close(artnet_fd_);
  if (sacn_fd_ >= 0) ::close(sacn_fd_);
  artnet_fd_ = sacn_fd_ = -1;
}

std::size_t UdpTransport::send(const PacketBatch& batch) {
  std::size_t sent = 0;
  // Consecutive packets for the same socket go out in one sendmmsg call.
  for (std::size_t first = 0; first < batch.size();) {
    const Protocol protocol = batch[first].protocol;
    std::size_t end = first;
    while (end < batch.size() && batch[end].protocol == protocol && end - first < kMaxBatch) ++end;
    sent += send_run(protocol == Protocol::ArtNet ? artnet_fd_ : sacn_fd_, batch, first, end - first);
    first = end;
  }
  return sent;
}

std::size_t UdpTransport::send_run(int fd, const PacketBatch& batch, std::size_t first, std::size_t count) {
  headers_.assign(count, mmsghdr{});
  iovecs_.resize(count);
  addresses_.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const OutgoingPacket& p = batch[first + i];
    const sockaddr_in a = to_sockaddr(p.to);
    std::memcpy(&addresses_[i], &a, sizeof a);
    iovecs_[i] = {const_cast<std::uint8_t*>(p.bytes.data()), p.size};
    headers_[i].msg_hdr.msg_name = &addresses_[i];
    headers_[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
    headers_[i].msg_hdr.msg_iov = &iovecs_[i];
    headers_[i].msg_hdr.msg_iovlen = 1;
  }
  std::size_t done = 0, failed = 0;
  while (done < count) {
    const int n = ::sendmmsg(fd, headers_.data() + done, static_cast<unsigned>(count - done), 0);
    if (n > 0) {
      done += static_cast<std::size_t>(n);
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    // The message at `done` failed (no route, buffer full): count it, skip it, go on.
    ++send_errors_;
    ++failed;
    last_error_ = std::strerror(errno);
    ++done;
  }
  return count - failed;
}

void UdpTransport::receive_artnet(const std::function<void(std::span<const std::uint8_t>, Endpoint)>& handle,
                                  int max) {
  std::array<std::uint8_t, 1500> buffer{};
  for (int i = 0; i < max; ++i) {
    sockaddr_in from{};
    socklen_t len = sizeof from;
    const ssize_t n =
        ::recvfrom(artnet_fd_, buffer.data(), buffer.size(), 0, reinterpret_cast<sockaddr*>(&from), &len);
    if (n < 0) return;  // EAGAIN: nothing waiting
    handle({buffer.data(), static_cast<std::size_t>(n)}, {ntohl(from.sin_addr.s_addr), ntohs(from.sin_port)});
  }
}

std::uint32_t UdpTransport::local_ip_towards(Endpoint peer) const {
  const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return 0;
  const sockaddr_in to = to_sockaddr(peer);
  sockaddr_in local{};
  socklen_t len = sizeof local;
  std::uint32_t ip = 0;
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &len) == 0)
    ip = ntohl(local.sin_addr.s_addr);
  ::close(fd);
  return ip;
}

}  // namespace marquee::lighting
