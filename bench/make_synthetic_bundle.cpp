// Writes a large synthetic content bundle (default 10,000 exhibitors, 3,000 sessions, 200 rooms)
// for benchmarks and stress tests: make_synthetic_bundle DIR [EXHIBITORS SESSIONS ROOMS].
#include <cstdio>
#include <cstdlib>

#include "synthetic/synthetic_content.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [EXHIBITORS SESSIONS ROOMS]\n", argv[0]);
    return 2;
  }
  marquee::content::SyntheticSize size;
  if (argc >= 5) {
    size.exhibitors = std::strtoul(argv[2], nullptr, 10);
    size.sessions = std::strtoul(argv[3], nullptr, 10);
    size.rooms = std::strtoul(argv[4], nullptr, 10);
  }
  if (auto st = marquee::content::write_synthetic_bundle(argv[1], size); !st) {
    std::fprintf(stderr, "%s\n", st.error().message.c_str());
    return 1;
  }
  std::printf("wrote %zu exhibitors, %zu sessions, %zu rooms to %s\n", size.exhibitors, size.sessions,
              size.rooms, argv[1]);
  return 0;
}
