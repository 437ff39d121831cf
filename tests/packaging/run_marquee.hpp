#pragma once
// Runs the real `marquee` binary the way systemd would: with NOTIFY_SOCKET (and WATCHDOG_USEC)
// pointing at a test's socket and extra environment, collecting every notification until it exits.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <csignal>
#include <string>
#include <vector>

#include "../platform/notify_socket.hpp"

extern char** environ;

namespace marquee::testing {

struct KioskRun {
  std::vector<NotifySocket::Message> messages;
  int exit_code = -1;
};

// extra_env: "NAME=value" to set, or "NAME" alone to remove from the inherited environment.
// Bounded: a run that has not exited after 60 s is killed and reported with exit_code -1.
inline KioskRun run_under_notify(NotifySocket& socket, std::vector<std::string> args,
                                 const std::vector<std::string>& extra_env = {}) {
  using std::chrono::milliseconds;
  std::vector<std::string> env_strings = {"NOTIFY_SOCKET=" + socket.path().string(), "WATCHDOG_USEC=400000"};
  const auto overridden = [&extra_env](const std::string& s) {
    for (const auto& e : extra_env) {
      const std::string name = e.substr(0, e.find('='));
      if (s.rfind(name + "=", 0) == 0) return true;
    }
    return s.rfind("NOTIFY_SOCKET=", 0) == 0 || s.rfind("WATCHDOG_", 0) == 0;
  };
  for (char** e = environ; *e; ++e) {
    if (!overridden(*e)) env_strings.push_back(*e);
  }
  for (const auto& e : extra_env) {
    if (e.find('=') != std::string::npos) env_strings.push_back(e);
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

}  // namespace marquee::testing
