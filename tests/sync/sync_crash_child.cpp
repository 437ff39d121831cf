// A sync child for the crash test: one `sync --once` cycle (the same library call the command
// makes), so the parent can SIGKILL it at any point of a real update.
#include <iostream>

#include "core/clock.hpp"
#include "core/paths.hpp"
#include "sync/sync_once.hpp"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: sync_crash_child BASE_URL PUBLIC_KEY CACHE_DIR\n";
    return 2;
  }
  marquee::sync::SyncConfig config;
  config.base_url = argv[1];
  config.public_key = argv[2];
  config.cache_dir = argv[3];
  const auto report = marquee::sync::sync_once(config, marquee::core::demo_content_dir(),
                                               marquee::core::SystemClock::instance());
  std::cout << report.message << '\n';
  return report.exit_code;
}
