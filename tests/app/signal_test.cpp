// SIGTERM (systemctl stop) and SIGINT (Ctrl-C) end the real binary cleanly with exit 0 (issue 17):
// `marquee run` stops its loop and joins its threads; `marquee lights test` ends each sACN
// stream with three stream-terminated packets.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

pid_t start_marquee(std::vector<std::string> args) {
  args.insert(args.begin(), std::string(MARQUEE_BINARY_DIR) + "/marquee");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// The exit code, or -(signal) if killed, or -1000 if it did not end within `limit` (then killed).
int wait_for_exit(pid_t pid, std::chrono::seconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > until) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return -1000;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

TEST(Signals, RunExitsZeroOnSigterm) {
  const pid_t pid = start_marquee({"run", "--headless", "--frames", "100000000", "--size", "320x240"});
  ASSERT_GT(pid, 0);
  std::this_thread::sleep_for(std::chrono::seconds(3));  // past start-up (the handlers are in place)
  kill(pid, SIGTERM);
  EXPECT_EQ(wait_for_exit(pid, std::chrono::seconds(15)), 0);
}

TEST(Signals, RunExitsZeroOnSigint) {
  const pid_t pid = start_marquee({"run", "--headless", "--frames", "100000000", "--size", "320x240"});
  ASSERT_GT(pid, 0);
  std::this_thread::sleep_for(std::chrono::seconds(3));
  kill(pid, SIGINT);
  EXPECT_EQ(wait_for_exit(pid, std::chrono::seconds(15)), 0);
}

TEST(Signals, LightsTestEndsEveryStreamOnSigint) {
  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  int rcvbuf = 8 << 20;  // keep every packet of the run; the termination rounds are what is checked
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
  socklen_t len = sizeof addr;
  getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  const auto patch =
      std::filesystem::temp_directory_path() / ("marquee-signal-" + std::to_string(getpid()) + ".toml");
  std::ofstream(patch)
      << "[[fixtures]]\nname = \"bar.{n}\"\ncount = 4\ntype = \"rgbw\"\nuniverse = 1\naddress = 1\n"
      << "[[fixtures]]\nname = \"pack.{n}\"\ncount = 4\ntype = \"dimmer\"\nuniverse = 2\naddress = 1\n"
      << "[[outputs]]\nprotocol = \"sacn\"\ndestination = \"127.0.0.1\"\nport = " << ntohs(addr.sin_port)
      << "\n";
  const pid_t pid = start_marquee({"lights", "test", "--config", patch.string(), "--seconds", "60"});
  ASSERT_GT(pid, 0);
  std::this_thread::sleep_for(std::chrono::seconds(2));
  kill(pid, SIGINT);
  EXPECT_EQ(wait_for_exit(pid, std::chrono::seconds(15)), 0);
  std::map<int, int> terminated;  // universe -> stream-terminated packets
  int packets = 0;
  unsigned char buf[1500];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, MSG_DONTWAIT)) > 0;) {
    ++packets;
    if (n >= 126 && (buf[112] & 0x40) != 0) ++terminated[(buf[113] << 8) | buf[114]];
  }
  close(fd);
  std::filesystem::remove(patch);
  EXPECT_GT(packets, 10);
  EXPECT_EQ(terminated, (std::map<int, int>{{1, 3}, {2, 3}}));
}

}  // namespace
