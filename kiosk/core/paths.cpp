#include "core/paths.hpp"

#include <cstdlib>

#ifndef MARQUEE_DEFAULT_DATA_DIR
#error "MARQUEE_DEFAULT_DATA_DIR must be defined by the build"
#endif

namespace marquee::core {

std::filesystem::path data_dir() {
  if (const char* env = std::getenv("MARQUEE_DATA_DIR"); env && *env)
    return env;  // NOLINT(concurrency-mt-unsafe)
  return MARQUEE_DEFAULT_DATA_DIR;
}

std::filesystem::path demo_content_dir() {
  return data_dir() / "assets" / "demo";
}

std::vector<std::filesystem::path> default_cjk_font_candidates() {
  return {
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
      "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
  };
}

}  // namespace marquee::core
