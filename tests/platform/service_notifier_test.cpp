// ServiceNotifier against a real unix datagram socket named by NOTIFY_SOCKET, on a manual
// monotonic time line.
#include "platform/service_notifier.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "notify_socket.hpp"

namespace marquee::platform {
namespace {

using std::chrono::milliseconds;

class Notifier : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(socket_.bound());
    ::setenv("NOTIFY_SOCKET", socket_.path().c_str(), 1);
    ::setenv("WATCHDOG_USEC", "400000", 1);  // pings at most every 100 ms
    ::unsetenv("WATCHDOG_PID");
  }
  void TearDown() override {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
  }
  std::vector<std::string> received() {
    std::vector<std::string> out;
    for (auto& m : socket_.receive_for(milliseconds(200))) out.push_back(m.text);
    return out;
  }
  testing::NotifySocket socket_;
};

TEST_F(Notifier, ReadsTheWatchdogTimeoutFromTheEnvironment) {
  const auto n = ServiceNotifier::from_environment();
  EXPECT_TRUE(n.active());
  ASSERT_TRUE(n.watchdog_timeout());
  EXPECT_EQ(n.watchdog_timeout()->count(), 400000);
}

TEST_F(Notifier, FirstFrameIsReadyThenWatchdogAtMostEveryQuarterTimeout) {
  // frames:   0      40     99     100    180    200    250
  // sent:     READY  -      -      WD     -      WD     -
  auto n = ServiceNotifier::from_environment();
  n.set_ready_status("showing cache generation 4");
  const core::MonoTime t0{};
  EXPECT_EQ(n.frame_presented(t0), "READY=1");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(40)), "");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(99)), "");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(100)), "WATCHDOG=1");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(180)), "");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(200)), "WATCHDOG=1");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(250)), "");
  n.stopping();
  const auto got = received();
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0], "READY=1\nSTATUS=showing cache generation 4");
  EXPECT_EQ(got[1], "WATCHDOG=1");
  EXPECT_EQ(got[2], "WATCHDOG=1");
  EXPECT_EQ(got[3], "STOPPING=1");
}

TEST_F(Notifier, WithoutWatchdogOnlyReady) {
  ::unsetenv("WATCHDOG_USEC");
  auto n = ServiceNotifier::from_environment();
  EXPECT_FALSE(n.watchdog_timeout());
  const core::MonoTime t0{};
  EXPECT_EQ(n.frame_presented(t0), "READY=1");
  EXPECT_EQ(n.frame_presented(t0 + milliseconds(5000)), "");
  EXPECT_EQ(received(), std::vector<std::string>{"READY=1"});
}

TEST_F(Notifier, WatchdogForAnotherProcessIsIgnored) {
  ::setenv("WATCHDOG_PID", "1", 1);  // the watchdog belongs to PID 1, not to us
  const auto n = ServiceNotifier::from_environment();
  EXPECT_FALSE(n.watchdog_timeout());
  ::unsetenv("WATCHDOG_PID");
}

TEST(NotifierOutsideSystemd, DoesNothing) {
  ::unsetenv("NOTIFY_SOCKET");
  auto n = ServiceNotifier::from_environment();
  EXPECT_FALSE(n.active());
  EXPECT_EQ(n.frame_presented(core::MonoTime{}), "");
}

}  // namespace
}  // namespace marquee::platform
