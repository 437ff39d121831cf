// The real `marquee run` under a stand-in for systemd: a unix datagram socket as NOTIFY_SOCKET
// receives READY=1 once the first frame is presented, WATCHDOG=1 while frames are drawn, and
// nothing while the frame loop is made to hang (--debug-stall).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "run_marquee.hpp"

namespace {

using marquee::testing::KioskRun;
using marquee::testing::run_under_notify;
using Message = marquee::testing::NotifySocket::Message;
using std::chrono::milliseconds;

std::string describe(const std::vector<Message>& messages) {
  std::string out;
  const auto t0 = messages.empty() ? std::chrono::steady_clock::time_point{} : messages.front().at;
  for (const auto& m : messages) {
    out +=
        std::to_string(std::chrono::duration_cast<milliseconds>(m.at - t0).count()) + " ms: " + m.text + "\n";
  }
  return out;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.rfind(prefix, 0) == 0;
}

TEST(ServiceNotify, ReadyAfterFirstFrameWatchdogWhileDrawingSilentWhileStalled) {
  marquee::testing::NotifySocket socket;
  ASSERT_TRUE(socket.bound());
  const std::string shot =
      (std::filesystem::temp_directory_path() / ("marquee-notify-" + std::to_string(getpid()) + ".png"))
          .string();
  // A headless run without --frames paces itself (>= 33 ms a frame, 90 frames); after frame 30
  // the UI thread hangs for 2 s, five times the 400 ms watchdog.
  //   READY=1  WD WD WD ... STATUS=debug stall  (2 s: nothing)  WD WD ... STOPPING=1
  const KioskRun run =
      run_under_notify(socket, {"run", "--headless", "--size", "640x480", "--screenshot", shot, "--now",
                                "2027-03-26T10:40:00+08:00", "--debug-stall", "30:2"});
  std::filesystem::remove(shot);
  const auto& m = run.messages;
  ASSERT_EQ(run.exit_code, 0) << describe(m);
  ASSERT_GE(m.size(), 3u) << describe(m);
  EXPECT_TRUE(starts_with(m.front().text, "READY=1\nSTATUS=showing bundled demo content")) << describe(m);
  EXPECT_EQ(m.back().text, "STOPPING=1") << describe(m);
  EXPECT_EQ(
      std::count_if(m.begin(), m.end(), [](const Message& x) { return starts_with(x.text, "READY=1"); }), 1)
      << describe(m);

  const auto stall = std::find_if(
      m.begin(), m.end(), [](const Message& x) { return x.text == "STATUS=debug stall: frame loop hung"; });
  ASSERT_NE(stall, m.end()) << describe(m);
  const auto is_ping = [](const Message& x) { return x.text == "WATCHDOG=1"; };
  EXPECT_GE(std::count_if(m.begin(), stall, is_ping), 3) << "pings while the first 30 frames ran\n"
                                                         << describe(m);
  const auto next_ping = std::find_if(stall, m.end(), is_ping);
  ASSERT_NE(next_ping, m.end()) << "pings resume with the frames\n" << describe(m);
  EXPECT_GE(next_ping->at - stall->at, milliseconds(1500)) << "no ping during the 2 s hang\n" << describe(m);
  EXPECT_GE(std::count_if(next_ping, m.end(), is_ping), 3) << describe(m);
}

TEST(ServiceNotify, NoReadyWhenTheKioskNeverDrawsAFrame) {
  marquee::testing::NotifySocket socket;
  ASSERT_TRUE(socket.bound());
  const KioskRun run = run_under_notify(socket, {"run", "--headless", "--frames", "3", "--screen", "lobby"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.messages.empty()) << describe(run.messages);
}

TEST(ServiceNotify, DebugStallRejectsNonsense) {
  marquee::testing::NotifySocket socket;
  const KioskRun run =
      run_under_notify(socket, {"run", "--headless", "--frames", "3", "--debug-stall", "soon"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.messages.empty());
}

}  // namespace
