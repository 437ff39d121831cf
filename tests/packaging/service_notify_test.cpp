// The real `marquee run` under a stand-in for systemd: a unix datagram socket as NOTIFY_SOCKET
// receives READY=1 once the first frame is presented, WATCHDOG=1 while frames are drawn, and
// nothing while the frame loop is made to hang (--debug-stall).
#include <fcntl.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../platform/notify_socket.hpp"

extern char** environ;

namespace {

using Message = marquee::testing::NotifySocket::Message;
using std::chrono::milliseconds;

struct KioskRun {
  std::vector<Message> messages;
  int exit_code = -1;
};

// Starts marquee with NOTIFY_SOCKET and WATCHDOG_USEC set and collects messages until it exits
// (bounded: at most 60 s).
KioskRun run_under_notify(marquee::testing::NotifySocket& socket, std::vector<std::string> args) {
  std::vector<std::string> env_strings = {"NOTIFY_SOCKET=" + socket.path().string(), "WATCHDOG_USEC=400000"};
  for (char** e = environ; *e; ++e) {
    const std::string s = *e;
    if (s.rfind("NOTIFY_SOCKET=", 0) != 0 && s.rfind("WATCHDOG_", 0) != 0) env_strings.push_back(s);
  }
  args.insert(args.begin(), std::string(MARQUEE_BINARY_DIR) + "/marquee");
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  for (auto& e : env_strings) envp.push_back(e.data());
  argv.push_back(nullptr);
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  KioskRun run;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return run;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto m = socket.receive_one(milliseconds(50))) run.messages.push_back(std::move(*m));
    if (waitpid(pid, &status, WNOHANG) == pid) {
      for (auto& m : socket.receive_for(milliseconds(100))) run.messages.push_back(std::move(m));
      run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      return run;
    }
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return run;
}

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
