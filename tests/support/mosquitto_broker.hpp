#pragma once
// A real mosquitto broker for tests and benchmarks: started on a free 127.0.0.1 port with its own
// config file in a temporary directory (anonymous access, no persistence, nothing from /etc),
// stopped and restarted on demand. Header-only so tests and benches can share it.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

extern char** environ;

namespace marquee::testing {

inline int free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

inline bool port_accepts(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return ok;
}

class MosquittoBroker {
 public:
  // extra_config: more lines for mosquitto.conf (e.g. "max_connections -1").
  // anonymous: false for a broker that wants a user name and password (extra_config names the
  // password_file).
  explicit MosquittoBroker(std::string extra_config = {}, bool anonymous = true)
      : port_(free_loopback_port()) {
    dir_ = std::filesystem::temp_directory_path() /
           ("marquee-mosquitto-" + std::to_string(::getpid()) + "-" + std::to_string(port_));
    std::filesystem::create_directories(dir_);
    // Run as root, mosquitto drops to the "mosquitto" user: its log must still be writable.
    std::filesystem::permissions(dir_, std::filesystem::perms::all);
    std::ofstream conf(dir_ / "mosquitto.conf");
    conf << "listener " << port_ << " 127.0.0.1\n"
         << "allow_anonymous " << (anonymous ? "true" : "false") << "\n"
         << "persistence false\n"
         << "log_dest file " << (dir_ / "broker.log").string() << "\n"
         << "log_type error\nlog_type warning\nlog_type notice\n"
         << "max_queued_messages 10000\n"
         << extra_config << "\n";
    conf.close();
    start();
  }
  ~MosquittoBroker() {
    stop();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  MosquittoBroker(const MosquittoBroker&) = delete;
  MosquittoBroker& operator=(const MosquittoBroker&) = delete;

  // Starts the broker and waits (at most 5 s) until it accepts connections.
  bool start() {
    if (pid_ > 0) return true;
    const std::string conf = (dir_ / "mosquitto.conf").string();
    const char* argv[] = {"/usr/sbin/mosquitto", "-c", conf.c_str(), nullptr};
    if (::posix_spawn(&pid_, argv[0], nullptr, nullptr, const_cast<char**>(argv), environ) != 0) {
      pid_ = -1;
      return false;
    }
    for (int i = 0; i < 250; ++i) {
      if (port_accepts(port_)) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  bool running() const { return pid_ > 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  std::string url() const { return "mqtt://127.0.0.1:" + std::to_string(port_); }
  std::filesystem::path log_file() const { return dir_ / "broker.log"; }
  // A folder the broker (which drops root to the "mosquitto" user) can read: certificates, passwords.
  const std::filesystem::path& dir() const { return dir_; }

 private:
  int port_;
  std::filesystem::path dir_;
  pid_t pid_ = -1;
};

// Raises this process's open-file limit to its hard limit (a broker with 1,000 clients needs it;
// children such as the broker inherit it).
inline void raise_file_limit() {
  rlimit r{};
  if (::getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
    r.rlim_cur = r.rlim_max;
    ::setrlimit(RLIMIT_NOFILE, &r);
  }
}

}  // namespace marquee::testing
