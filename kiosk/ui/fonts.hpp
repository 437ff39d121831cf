#pragma once
// The font atlas holds exactly the glyphs the UI strings and the current content use, rendered
// from Debian's Noto Sans CJK: small in memory, and nothing shows as a missing glyph.
// Built without an ImGui context, so a new atlas can be built on a worker thread when new
// content arrives while the old one keeps drawing; the UI swaps it in between frames.
#include <imgui.h>

#include <filesystem>
#include <memory>
#include <utility>
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

// What an atlas is built from. Two specs are equal when they would build the same atlas.
struct FontSpec {
  std::filesystem::path path;
  std::shared_ptr<const content::Content> content;  // may be null: UI strings only
  float scale = 1;                                  // screen scale (1 at 1920x1080)
  float text_scale = 1;                             // 1.25 with large text
  std::string extra_text;                           // text shown that is not in the content
  bool operator==(const FontSpec& o) const {
    return path == o.path && content == o.content && scale == o.scale && text_scale == o.text_scale &&
           extra_text == o.extra_text;
  }
};

class Fonts {
 public:
  Fonts() = default;
  // Moves hand the glyph-range buffers over (ImVector has no move of its own; its copy would
  // memcpy from a null buffer when a range list is empty, and the atlas's fonts point into them).
  Fonts(Fonts&& other) noexcept { *this = std::move(other); }
  Fonts& operator=(Fonts&& other) noexcept {
    atlas_ = std::move(other.atlas_);
    set_ = other.set_;
    ranges_.swap(other.ranges_);
    display_ranges_.swap(other.display_ranges_);
    symbol_ranges_.swap(other.symbol_ranges_);
    return *this;
  }
  Fonts(const Fonts&) = delete;
  Fonts& operator=(const Fonts&) = delete;

  // Finds the font file: the configured path if given, else Debian's Noto CJK locations.
  static core::Result<std::filesystem::path> locate(const std::string& configured_path);

  // Builds a new atlas of its own (any thread; no ImGui context needed). One thing is still
  // shared with the UI thread: ImGui's allocator counts allocations in the current context's
  // IO.MetricsActiveAllocations (a plain int in Debian's libimgui, which has no per-thread
  // context). Marquee never reads that statistic; the count may come out wrong, nothing else.
  core::Status build(const FontSpec& spec);
  // The atlas (null before build). ImGui draws with it once it is set as io.Fonts.
  ImFontAtlas* atlas() const { return atlas_.get(); }
  const FontSet& set() const { return set_; }
  // True when every code point of the text has a glyph in the body font.
  bool covers(const std::string& utf8) const;
  std::vector<char32_t> missing_glyphs(const std::set<char32_t>& code_points) const;
  std::size_t glyph_count() const;
  // Whether `cp` is drawn from a real glyph (not the invisible fallback) by the body font.
  bool draws(char32_t cp) const;

 private:
  std::unique_ptr<ImFontAtlas> atlas_;
  FontSet set_;
  ImVector<ImWchar> ranges_;
  ImVector<ImWchar> display_ranges_;
  ImVector<ImWchar> symbol_ranges_;  // what the symbol font fills in (empty: not used)
};

}  // namespace marquee::ui
