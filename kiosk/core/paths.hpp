#pragma once
// Where Marquee finds what ships with it: the demo content, the Lua library and shows, sample
// configs. Installed, that is <prefix>/share/marquee next to <prefix>/bin/marquee; in a build tree
// CMake stages the same layout as <build>/share/marquee (links into the source tree), so one rule
// finds both and nothing in the binary names the source tree.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace marquee::core {

// The directory that holds assets/, config/ and scripting/. Env MARQUEE_DATA_DIR overrides;
// otherwise the first share/marquee found next to the executable or up to three directories
// above it; otherwise the install prefix's data directory (/usr/share/marquee).
std::filesystem::path data_dir();
std::filesystem::path demo_content_dir();

// The lookup itself, for tests: the nearest <dir>/share/marquee that has assets/demo, where dir
// is the executable's directory or one of its three nearest ancestors.
std::optional<std::filesystem::path> find_data_dir_near(const std::filesystem::path& executable);

// Candidate CJK fonts, most preferred first; the first that exists wins.
std::vector<std::filesystem::path> default_cjk_font_candidates();

}  // namespace marquee::core
