#pragma once
// The font atlas holds exactly the glyphs the UI strings and the current content use, rendered
// from Debian's Noto Sans CJK: small in memory, and nothing shows as a missing glyph.
// Rebuilt (on the UI thread, between frames) when new content arrives.
#include <imgui.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "content/model.hpp"
#include "core/result.hpp"

namespace marquee::ui {

// Every code point a snapshot can put on screen (names, titles, descriptions, labels...).
std::set<char32_t> collect_content_code_points(const content::Content& c);

struct FontSet {
  ImFont* body = nullptr;     // ~26 px at 1080p
  ImFont* small = nullptr;    // ~21 px
  ImFont* heading = nullptr;  // ~38 px
  ImFont* display = nullptr;  // ~64 px, for clocks and big titles
};

class Fonts {
 public:
  // Finds the font file: the configured path if given, else Debian's Noto CJK locations.
  static core::Result<std::filesystem::path> locate(const std::string& configured_path);

  // Builds the atlas in ImGui's current context for the given content (may be null) and scale.
  core::Status build(const std::filesystem::path& font_path, const content::Content* content, float scale,
                     float text_scale);
  const FontSet& set() const { return set_; }
  // True when every code point of the text has a glyph in the body font.
  bool covers(const std::string& utf8) const;
  std::vector<char32_t> missing_glyphs(const std::set<char32_t>& code_points) const;
  std::size_t glyph_count() const;

 private:
  FontSet set_;
  ImVector<ImWchar> ranges_;
  ImVector<ImWchar> display_ranges_;
};

}  // namespace marquee::ui
