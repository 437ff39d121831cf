#include "core/paths.hpp"

#include <cstdlib>

#ifndef MARQUEE_INSTALL_DATA_DIR
#error "MARQUEE_INSTALL_DATA_DIR must be defined by the build"
#endif

namespace marquee::core {
namespace fs = std::filesystem;
namespace {

// /usr/bin/marquee -> /usr; build/ci/tests/app/app_cli_test -> build/ci: three levels cover
// every executable the build produces.
constexpr int kLevelsAbove = 3;

fs::path lookup_once() {
  if (const char* env = std::getenv("MARQUEE_DATA_DIR"); env && *env)  // NOLINT(concurrency-mt-unsafe)
    return env;
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    if (auto found = find_data_dir_near(self)) return *found;
  }
  return MARQUEE_INSTALL_DATA_DIR;
}

}  // namespace

std::optional<fs::path> find_data_dir_near(const fs::path& executable) {
  fs::path dir = executable.parent_path();
  for (int level = 0; level <= kLevelsAbove && !dir.empty(); ++level) {
    const fs::path candidate = dir / "share" / "marquee";
    std::error_code ec;
    if (fs::is_directory(candidate / "assets" / "demo", ec)) return candidate;
    if (dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

fs::path data_dir() {
  static const fs::path dir = lookup_once();  // the executable does not move while it runs
  return dir;
}

fs::path demo_content_dir() {
  return data_dir() / "assets" / "demo";
}

std::vector<fs::path> default_cjk_font_candidates() {
  return {
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
      "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
  };
}

}  // namespace marquee::core
