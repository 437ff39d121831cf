#pragma once
// `marquee doctor`: checks a kiosk machine the way a technician would before doors open, and says
// for every problem what is wrong and how to fix it.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace marquee::app {

enum class Verdict { Ok, Problem };

struct Check {
  std::string name;  // "config", "font", "cache", "clock", "display", "touch", "content-server", "mqtt"
  Verdict verdict = Verdict::Ok;
  std::string detail;  // what was found
  std::string fix;     // for problems: what to do
};

struct DoctorOptions {
  std::filesystem::path config;        // empty: none (built-in defaults)
  std::string mqtt;                    // HOST:PORT; empty: [mqtt] broker from the config, if any
  std::set<std::string> skip;          // check names not to run
  std::filesystem::path dev = "/dev";  // where display and input devices are looked for (tests)
};

std::vector<Check> run_doctor(const DoctorOptions& options);
// One line per check, an indented "fix:" line under each problem, then a summary.
std::string format_report(const std::vector<Check>& checks);
bool has_problems(const std::vector<Check>& checks);

}  // namespace marquee::app
