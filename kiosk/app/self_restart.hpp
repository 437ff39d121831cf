#pragma once
// A kiosk never shows a crash or a desktop. After a runtime failure the run loop draws the
// fallback screen for a moment and then replaces the process with a fresh copy of itself (same
// executable, arguments and PID, so a kiosk compositor such as cage keeps its session); a crash
// signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT) does the same straight from its handler.
// Restarts are budgeted: more than kMaxQuickRestarts within kQuickWindow and the process exits
// with an error instead, so a supervisor (systemd's Restart=) takes over and the crash-loop
// protection there can act.
#include <chrono>
#include <optional>
#include <string>

namespace marquee::app {

inline constexpr int kMaxQuickRestarts = 5;
inline constexpr std::chrono::seconds kQuickWindow{600};

// What the previous runs passed on: how many quick restarts so far and when the last one began.
struct RestartRecord {
  int count = 0;
  long long since_epoch_s = 0;
};
// Parses MARQUEE_RESTARTS ("<count>@<unix seconds>"); anything else is a first start.
RestartRecord parse_restart_record(const char* text);
// The record the next run gets: one more restart, or a fresh count if this run began long ago.
RestartRecord next_restart_record(const RestartRecord& previous, long long now_epoch_s);
std::string format_restart_record(const RestartRecord& r);

// Copies argv and prepares the environment of the next run (MARQUEE_RESTARTS advanced,
// MARQUEE_FAULT removed so an injected test fault fires once). Call once at start.
void prepare_self_restart(int argc, char** argv);
// This run's record (from the environment at start).
const RestartRecord& current_restart_record();
bool restart_budget_left();
// Replaces the process (execv of /proc/self/exe). Returns only if that failed.
void restart_self(const char* why);
// Crash signals restart the process from the handler (execve is async-signal-safe).
void restart_on_crash_signals();

// Fault injection for the recovery tests: MARQUEE_FAULT="error@N" makes frame N fail like a
// runtime error, "crash@N" raises SIGSEGV there. The restarted process's environment no longer
// has it, so it fires once.
struct InjectedFault {
  bool crash = false;
  int frame = -1;
};
std::optional<InjectedFault> injected_fault();

}  // namespace marquee::app
