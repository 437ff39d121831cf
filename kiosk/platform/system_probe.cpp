#include "platform/system_probe.hpp"

#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/timex.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace marquee::platform {
namespace fs = std::filesystem;
namespace {

std::vector<Device> devices_matching(const fs::path& dir, std::string_view prefix) {
  std::vector<Device> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    out.push_back({entry.path(), ::access(entry.path().c_str(), R_OK | W_OK) == 0});
  }
  std::sort(out.begin(), out.end(), [](const Device& a, const Device& b) { return a.path < b.path; });
  return out;
}

// One connect(2) with a deadline: non-blocking, then poll for writability.
core::Status connect_one(const addrinfo& ai, int timeout_ms) {
  const int fd = ::socket(ai.ai_family, ai.ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai.ai_protocol);
  if (fd < 0) return core::make_error(std::strerror(errno));
  int err = ::connect(fd, ai.ai_addr, ai.ai_addrlen) == 0 ? 0 : errno;
  if (err == EINPROGRESS) {
    pollfd p{fd, POLLOUT, 0};
    const int ready = ::poll(&p, 1, timeout_ms);
    socklen_t len = sizeof err;
    if (ready == 0) {
      err = ETIMEDOUT;
    } else if (ready < 0 || ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
      err = errno;
    }
  }
  ::close(fd);
  if (err != 0) return core::make_error(std::strerror(err));
  return core::Ok{};
}

}  // namespace

ClockState clock_state_from(int adjtimex_result, int status, long max_error_us) {
  ClockState s;
  s.max_error_us = max_error_us;
  if (adjtimex_result < 0) {
    s.detail = "cannot ask the kernel (adjtimex failed)";
  } else if (adjtimex_result == TIME_ERROR || (status & STA_UNSYNC) != 0) {
    s.detail = "not synchronized (no NTP client has disciplined the clock)";
  } else {
    s.synchronized = true;
    s.detail = "synchronized (max error " + std::to_string(max_error_us / 1000) + " ms)";
  }
  return s;
}

ClockState clock_state() {
  timex tx{};
  const int r = ::adjtimex(&tx);
  return clock_state_from(r, tx.status, tx.maxerror);
}

std::vector<Device> display_devices(const fs::path& dev) {
  return devices_matching(dev / "dri", "card");
}

std::vector<Device> input_devices(const fs::path& dev) {
  return devices_matching(dev / "input", "event");
}

core::Status tcp_reachable(const std::string& host, int port, std::chrono::milliseconds timeout) {
  const std::string where = host + ":" + std::to_string(port);
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  if (const int rc = ::getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found); rc != 0)
    return core::make_error(where + ": cannot resolve " + host + ": " + ::gai_strerror(rc));
  std::string last = "no address";
  for (const addrinfo* ai = found; ai != nullptr; ai = ai->ai_next) {
    auto st = connect_one(*ai, static_cast<int>(timeout.count()));
    if (st) {
      ::freeaddrinfo(found);
      return core::Ok{};
    }
    last = st.error().message;
  }
  ::freeaddrinfo(found);
  return core::make_error(where + ": " + last);
}

}  // namespace marquee::platform
