#include "app/self_restart.hpp"

#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

extern char** environ;

namespace marquee::app {
namespace {

// Everything the signal handler needs, built before any crash: it may not allocate.
std::vector<std::string> g_args, g_env;
std::vector<char*> g_argv, g_envp;
RestartRecord g_current;
bool g_prepared = false;
bool g_budget_left = false;  // decided at start: the handler cannot look at the clock

constexpr const char* kSelf = "/proc/self/exe";

void crash_handler(int sig) {
  static const char msg[] = "marquee: crashed; restarting\n";
  (void)!write(STDERR_FILENO, msg, sizeof msg - 1);
  if (g_prepared && g_budget_left) execve(kSelf, g_argv.data(), g_envp.data());
  // No restart left (or exec failed): die of the same signal, so a supervisor sees a crash.
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

long long now_epoch_s() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

RestartRecord parse_restart_record(const char* text) {
  RestartRecord r;
  if (!text) return r;
  int count = 0;
  long long since = 0;
  char tail = 0;
  if (std::sscanf(text, "%d@%lld%c", &count, &since, &tail) == 2 && count > 0 && count < 1000 && since > 0) {
    r.count = count;
    r.since_epoch_s = since;
  }
  return r;
}

RestartRecord next_restart_record(const RestartRecord& previous, long long now) {
  // A run that began longer ago than the window was a healthy one: its crash starts a new count.
  if (previous.count == 0 || now - previous.since_epoch_s > kQuickWindow.count()) return {1, now};
  return {previous.count + 1, previous.since_epoch_s};
}

std::string format_restart_record(const RestartRecord& r) {
  return std::to_string(r.count) + "@" + std::to_string(r.since_epoch_s);
}

void prepare_self_restart(int argc, char** argv) {
  g_current = parse_restart_record(std::getenv("MARQUEE_RESTARTS"));
  const RestartRecord next = next_restart_record(g_current, now_epoch_s());
  g_args.assign(argv, argv + argc);
  g_env.clear();
  for (char** e = environ; e && *e; ++e) {
    if (std::strncmp(*e, "MARQUEE_RESTARTS=", 17) == 0 || std::strncmp(*e, "MARQUEE_FAULT=", 14) == 0) continue;
    g_env.emplace_back(*e);
  }
  g_env.push_back("MARQUEE_RESTARTS=" + format_restart_record(next));
  g_budget_left = next.count <= kMaxQuickRestarts;
  g_argv.clear();
  for (auto& a : g_args) g_argv.push_back(a.data());
  g_argv.push_back(nullptr);
  g_envp.clear();
  for (auto& e : g_env) g_envp.push_back(e.data());
  g_envp.push_back(nullptr);
  g_prepared = true;
}

const RestartRecord& current_restart_record() {
  return g_current;
}

bool restart_budget_left() {
  return g_prepared && g_budget_left;
}

void restart_self(const char* why) {
  if (!g_prepared) return;
  std::fprintf(stderr, "marquee: %s; restarting\n", why);
  std::fflush(nullptr);
  execve(kSelf, g_argv.data(), g_envp.data());
  std::perror("marquee: restart failed");
}

void restart_on_crash_signals() {
  struct sigaction sa {};
  sa.sa_handler = crash_handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_NODEFER;  // the new image must not start with the signal blocked
  for (int sig : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) sigaction(sig, &sa, nullptr);
}

std::optional<InjectedFault> injected_fault() {
  const char* text = std::getenv("MARQUEE_FAULT");
  if (!text) return std::nullopt;  // the next run's environment has no MARQUEE_FAULT: it fires once
  InjectedFault f;
  char kind[8] = {};
  if (std::sscanf(text, "%7[a-z]@%d", kind, &f.frame) != 2 || f.frame < 0) return std::nullopt;
  if (std::strcmp(kind, "crash") == 0) {
    f.crash = true;
  } else if (std::strcmp(kind, "error") != 0) {
    return std::nullopt;
  }
  return f;
}

}  // namespace marquee::app
