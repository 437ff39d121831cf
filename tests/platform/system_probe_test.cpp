// The machine questions `marquee doctor` asks, on fake device trees and real 127.0.0.1 sockets.
#include "platform/system_probe.hpp"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/timex.h>
#include <unistd.h>

#include <fstream>

namespace marquee::platform {
namespace {
namespace fs = std::filesystem;

TEST(ClockState, UnsynchronizedWhenTheKernelSaysSo) {
  EXPECT_FALSE(clock_state_from(TIME_ERROR, STA_UNSYNC, 16000000).synchronized);
  EXPECT_FALSE(clock_state_from(TIME_OK, STA_UNSYNC, 16000000).synchronized);
  EXPECT_FALSE(clock_state_from(-1, 0, 0).synchronized);
  const auto ok = clock_state_from(TIME_OK, STA_PLL, 12000);
  EXPECT_TRUE(ok.synchronized);
  EXPECT_EQ(ok.detail, "synchronized (max error 12 ms)");
}

TEST(Devices, FindsDrmCardsAndInputEventsOnly) {
  const fs::path dev = fs::temp_directory_path() / ("marquee-dev-" + std::to_string(::getpid()));
  fs::remove_all(dev);
  fs::create_directories(dev / "dri");
  fs::create_directories(dev / "input");
  for (const char* f : {"dri/card1", "dri/card0", "dri/renderD128", "input/event3", "input/mice"})
    std::ofstream(dev / f) << "";
  const auto cards = display_devices(dev);
  ASSERT_EQ(cards.size(), 2u);
  EXPECT_EQ(cards[0].path.filename(), "card0");
  EXPECT_TRUE(cards[0].usable);
  const auto inputs = input_devices(dev);
  ASSERT_EQ(inputs.size(), 1u);
  EXPECT_EQ(inputs[0].path.filename(), "event3");
  EXPECT_TRUE(input_devices(dev / "missing").empty());
  fs::remove_all(dev);
}

int listening_socket(int& port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::listen(fd, 4);
  socklen_t len = sizeof a;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  port = ntohs(a.sin_port);
  return fd;
}

TEST(TcpReachable, ConnectsToAListenerAndNamesARefusal) {
  int port = 0;
  const int fd = listening_socket(port);
  EXPECT_TRUE(tcp_reachable("127.0.0.1", port, std::chrono::milliseconds(1000)));
  ::close(fd);  // nothing listens there any more
  const auto refused = tcp_reachable("127.0.0.1", port, std::chrono::milliseconds(1000));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "127.0.0.1:" + std::to_string(port) + ": Connection refused");
}

}  // namespace
}  // namespace marquee::platform
