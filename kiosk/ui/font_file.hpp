#pragma once
// Checks a font file before ImGui sees it: ImGui asserts (and a release build reads out of
// bounds) when stb_truetype cannot read the data, so a `[display] font` pointing at a PNG or a
// truncated download must be refused here and the system fonts used instead.
#include <cstdint>
#include <filesystem>
#include <set>
#include <span>

#include "core/result.hpp"

namespace marquee::ui {

// The face Marquee draws with: Noto Sans CJK collections hold JP, KR, SC, TC, HK; face 2 is SC.
int font_face_for(const std::filesystem::path& path);

// The sfnt/collection headers and table directory lie inside the data, the tables stb_truetype
// reads have their minimum sizes, and stbtt_InitFont accepts the face.
core::Status check_font_data(std::span<const std::uint8_t> data, int face);
// The code points of `wanted` that the face has a glyph for (its cmap maps them to a glyph other
// than .notdef). The data must have passed check_font_data.
std::set<char32_t> glyphs_present(std::span<const std::uint8_t> data, int face, const std::set<char32_t>& wanted);

// Maps the file and checks it (message names the file).
core::Status check_font_file(const std::filesystem::path& path);

}  // namespace marquee::ui
