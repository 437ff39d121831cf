#pragma once
// Questions `marquee doctor` asks the machine: is the clock synchronized, which display and input
// devices are there and can this user open them, can a TCP service be reached.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace marquee::platform {

struct ClockState {
  bool synchronized = false;
  long max_error_us = 0;  // the kernel's bound on the clock's error
  std::string detail;     // e.g. "kernel says unsynchronized (adjtimex TIME_ERROR)"
};
// From adjtimex(2): the kernel's NTP state, which systemd-timesyncd, chrony and ntpd all set.
ClockState clock_state();
// The decision alone (tests): adjtimex's return value and its status bits.
ClockState clock_state_from(int adjtimex_result, int status, long max_error_us);

struct Device {
  std::filesystem::path path;
  bool usable = false;  // this user may open it for reading and writing
};
// DRM devices (<dev>/dri/card*) and input event devices (<dev>/input/event*), sorted by name.
std::vector<Device> display_devices(const std::filesystem::path& dev = "/dev");
std::vector<Device> input_devices(const std::filesystem::path& dev = "/dev");

// Opens a TCP connection to host:port (name resolved, IPv4 or IPv6) within the timeout, then
// closes it. The error names host, port and what failed.
core::Status tcp_reachable(const std::string& host, int port, std::chrono::milliseconds timeout);

}  // namespace marquee::platform
