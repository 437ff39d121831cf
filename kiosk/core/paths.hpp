#pragma once
// Where Marquee finds what ships with it: the demo content, the Lua library, sample configs.
// From the build tree these are in the source tree; an installed kiosk uses MARQUEE_DATA_DIR.
#include <filesystem>
#include <string>
#include <vector>

namespace marquee::core {

// The directory that holds assets/, config/ and scripting/ (env MARQUEE_DATA_DIR overrides).
std::filesystem::path data_dir();
std::filesystem::path demo_content_dir();

// Candidate CJK fonts, most preferred first; the first that exists wins.
std::vector<std::filesystem::path> default_cjk_font_candidates();

}  // namespace marquee::core
