#pragma once
// Runs the built `marquee` binary as a person or a script would and collects its exit code and
// output (the command-line, recovery and route tests).
#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace marquee::app {

struct MarqueeRun {
  int exit_code = -1;
  std::string out;
};

enum class Stderr { Keep, Discard };

// args: the command line after "marquee"; env: "NAME=value ..." put before the command.
inline MarqueeRun run_marquee(const std::string& args, Stderr err = Stderr::Keep, const std::string& env = "") {
  const std::string cmd = env + " " + std::string(MARQUEE_BINARY_DIR) + "/marquee " + args +
                          (err == Stderr::Keep ? " 2>&1" : " 2>/dev/null");
  MarqueeRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace marquee::app
