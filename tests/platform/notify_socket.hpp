#pragma once
// A unix datagram socket standing in for systemd's NOTIFY_SOCKET: tests receive exactly what
// sd_notify sends, with the time each message arrived.
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace marquee::testing {

class NotifySocket {
 public:
  struct Message {
    std::string text;
    std::chrono::steady_clock::time_point at;
  };

  NotifySocket() {
    path_ = std::filesystem::temp_directory_path() /
            ("marquee-notify-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++) + ".sock");
    std::filesystem::remove(path_);
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::strncpy(addr.sun_path, path_.c_str(), sizeof addr.sun_path - 1);
    bound_ = ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  }
  ~NotifySocket() {
    ::close(fd_);
    std::filesystem::remove(path_);
  }
  NotifySocket(const NotifySocket&) = delete;
  NotifySocket& operator=(const NotifySocket&) = delete;

  bool bound() const { return bound_; }
  const std::filesystem::path& path() const { return path_; }

  // Everything that arrives within `wait` (bounded: one poll per message).
  std::vector<Message> receive_for(std::chrono::milliseconds wait) {
    std::vector<Message> out;
    const auto until = std::chrono::steady_clock::now() + wait;
    while (true) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      auto m = receive_one(left);
      if (!m) break;
      out.push_back(std::move(*m));
    }
    return out;
  }

  std::optional<Message> receive_one(std::chrono::milliseconds wait) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(wait.count())) <= 0) return std::nullopt;
    char buf[4096];
    const auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n < 0) return std::nullopt;
    return Message{std::string(buf, static_cast<std::size_t>(n)), std::chrono::steady_clock::now()};
  }

 private:
  static int& counter() {
    static int c = 0;
    return c;
  }
  std::filesystem::path path_;
  int fd_ = -1;
  bool bound_ = false;
};

}  // namespace marquee::testing
