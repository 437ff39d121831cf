#include "ui/font_file.hpp"

#include <array>
#include <optional>
#include <string_view>

#include "core/mapped_file.hpp"

// stb_truetype's own checks, compiled privately here (ImGui has its own static copy).
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include <stb_truetype.h>

namespace marquee::ui {
namespace {

std::uint32_t be32(std::span<const std::uint8_t> d, std::size_t at) {
  return (std::uint32_t{d[at]} << 24) | (std::uint32_t{d[at + 1]} << 16) | (std::uint32_t{d[at + 2]} << 8) |
         std::uint32_t{d[at + 3]};
}
std::uint16_t be16(std::span<const std::uint8_t> d, std::size_t at) {
  return static_cast<std::uint16_t>((d[at] << 8) | d[at + 1]);
}
constexpr std::uint32_t tag(const char (&t)[5]) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(t[i]);
  return v;
}

// Minimum sizes of the tables stb_truetype reads at fixed offsets without checking.
struct TableMinimum {
  std::uint32_t tag;
  std::uint32_t min_size;
};
constexpr std::array<TableMinimum, 5> kMinimums = {
    {{tag("head"), 54}, {tag("hhea"), 36}, {tag("maxp"), 6}, {tag("cmap"), 4}, {tag("hmtx"), 4}}};

// Offset of the face's table directory; nullopt when the collection header does not fit or
// has no such face.
std::optional<std::size_t> face_offset(std::span<const std::uint8_t> d, int face) {
  if (d.size() < 12) return std::nullopt;
  if (be32(d, 0) != tag("ttcf")) return face == 0 ? std::optional<std::size_t>(0) : std::nullopt;
  const std::uint64_t count = be32(d, 8);
  if (face < 0 || static_cast<std::uint64_t>(face) >= count || 12 + 4 * count > d.size()) return std::nullopt;
  return std::size_t{be32(d, 12 + 4 * static_cast<std::size_t>(face))};
}

core::Status check_directory(std::span<const std::uint8_t> d, std::size_t at) {
  if (at + 12 > d.size()) return core::make_error("table directory outside the file");
  const std::uint32_t version = be32(d, at);
  if (version != 0x00010000 && version != tag("true") && version != tag("OTTO"))
    return core::make_error("not a TrueType/OpenType font");
  const std::size_t tables = be16(d, at + 4);
  if (at + 12 + 16 * tables > d.size()) return core::make_error("table directory outside the file");
  for (std::size_t i = 0; i < tables; ++i) {
    const std::size_t entry = at + 12 + 16 * i;
    const std::uint64_t offset = be32(d, entry + 8), length = be32(d, entry + 12);
    if (offset + length > d.size()) return core::make_error("a table lies outside the file");
    for (const auto& m : kMinimums) {
      if (be32(d, entry) == m.tag && length < m.min_size) return core::make_error("a table is truncated");
    }
  }
  return core::Ok{};
}

}  // namespace

int font_face_for(const std::filesystem::path& path) {
  return path.extension() == ".ttc" ? 2 : 0;
}

core::Status check_font_data(std::span<const std::uint8_t> data, int face) {
  const auto at = face_offset(data, face);
  if (!at) return core::make_error("not a font file, or it has no face " + std::to_string(face));
  if (auto st = check_directory(data, *at); !st) return st;
  stbtt_fontinfo info{};
  const int offset = stbtt_GetFontOffsetForIndex(data.data(), face);
  if (offset < 0 || stbtt_InitFont(&info, data.data(), offset) == 0)
    return core::make_error("stb_truetype cannot read it (missing cmap, head, hhea or hmtx)");
  return core::Ok{};
}

std::set<char32_t> glyphs_present(std::span<const std::uint8_t> data, int face, const std::set<char32_t>& wanted) {
  std::set<char32_t> out;
  const int offset = stbtt_GetFontOffsetForIndex(data.data(), face);
  stbtt_fontinfo info;
  if (offset < 0 || !stbtt_InitFont(&info, data.data(), offset)) return out;
  for (char32_t cp : wanted) {
    if (stbtt_FindGlyphIndex(&info, static_cast<int>(cp)) != 0) out.insert(cp);
  }
  return out;
}

core::Status check_font_file(const std::filesystem::path& path) {
  auto file = core::MappedFile::open(path);
  if (!file) return core::make_error("cannot read font " + path.string() + ": " + file.error().message);
  const std::span<const std::uint8_t> data((*file)->data(), (*file)->size());
  if (auto st = check_font_data(data, font_face_for(path)); !st)
    return core::make_error("font " + path.string() + ": " + st.error().message);
  return core::Ok{};
}

}  // namespace marquee::ui
