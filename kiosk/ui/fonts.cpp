#include "ui/fonts.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

#include "core/mapped_file.hpp"
#include "core/paths.hpp"
#include "core/utf8.hpp"
#include "ui/font_file.hpp"
#include "ui/invisible_chars.hpp"
#include "ui/strings.hpp"
#include "wayfinding/step_text.hpp"

namespace marquee::ui {
namespace {

void add_text(std::set<char32_t>& out, const content::LocalizedText& t) {
  for (content::Lang lang : content::kAllLangs) {
    for (char32_t cp : core::decode_utf8(t.exact(lang))) out.insert(cp);
  }
}

void add_text(std::set<char32_t>& out, const std::string& s) {
  for (char32_t cp : core::decode_utf8(s)) out.insert(cp);
}

// One bit per Unicode code point (136 KB): a 10k-exhibitor bundle holds millions of characters
// but only a few thousand distinct ones, and inserting each character into a std::set was the
// largest single cost of the first frame.
class CodePointBits {
 public:
  CodePointBits() : words_(0x110000 / 64) {}

  void add(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t len = 1;
      const char32_t cp = core::decode_utf8_at(text, i, len);
      words_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
      i += len;
    }
  }
  void add(const content::LocalizedText& t) {
    for (content::Lang lang : content::kAllLangs) add(t.exact(lang));
  }

  std::set<char32_t> to_set() const {
    std::set<char32_t> out;
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (std::uint64_t bits = words_[w]; bits != 0; bits &= bits - 1)
        out.insert(static_cast<char32_t>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
    }
    return out;
  }

 private:
  std::vector<std::uint64_t> words_;
};


// Outline symbol fonts stb_truetype can rasterise, for symbols and BMP emoji Noto CJK lacks
// (Debian's fonts-symbola). Colour emoji fonts (Noto Color Emoji: CBDT bitmaps) it cannot draw.
const std::filesystem::path kSymbolFontCandidates[] = {
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
    "/usr/share/fonts/truetype/symbola/Symbola.ttf",
};

// ImGui 1.86 here keeps code points in 16 bits: anything above U+FFFF (most emoji) reaches the
// renderer as U+FFFD, as does every character without a glyph. This glyph answers for all of
// them: nothing drawn, no advance, so a missing emoji disappears instead of showing '?' or a box.
constexpr ImWchar kInvisibleFallback = 0xFFFD;

}  // namespace

std::set<char32_t> collect_content_code_points(const content::Content& c) {
  CodePointBits out;
  out.add(c.conference.name);
  out.add(c.conference.tagline);
  for (const auto& v : c.venues) out.add(v.name), out.add(v.city);
  for (const auto& r : c.rooms) out.add(r.name);
  for (const auto& t : c.tracks) out.add(t.name);
  for (const auto& s : c.sectors) out.add(s.name);
  for (const auto& s : c.sessions) out.add(s.title), out.add(s.abstract);
  for (const auto& s : c.speakers) out.add(s.name), out.add(s.affiliation), out.add(s.bio);
  for (const auto& e : c.exhibitors) {
    out.add(e.name), out.add(e.description), out.add(e.website), out.add(e.booth);
  }
  for (const auto& h : c.halls) out.add(h.name);
  for (const auto& b : c.booths) out.add(b.label);
  for (const auto& l : c.landmarks) out.add(l.name);
  for (const auto& a : c.announcements) out.add(a.text);
  // Wayfinding: what the map labels and the directions panel print.
  for (const auto& l : c.walking.levels) out.add(l.name), out.add(l.label);
  for (const auto& a : c.walking.amenities) out.add(a.name);
  for (const auto& n : c.walking.nodes) out.add(n.name);
  out.add(wayfinding::all_phrases());
  return out.to_set();
}

core::Result<std::filesystem::path> Fonts::locate(const std::string& configured_path) {
  if (!configured_path.empty()) {
    if (!std::filesystem::exists(configured_path))
      return core::make_error("font file not found: " + configured_path);
    // A configured file that is not a usable font must not reach ImGui (it asserts): fall back.
    const auto st = check_font_file(configured_path);
    if (st) return std::filesystem::path(configured_path);
    spdlog::warn("[display] font: {}; using the system fonts instead", st.error().message);
  }
  for (const auto& candidate : core::default_cjk_font_candidates()) {
    if (std::filesystem::exists(candidate) && check_font_file(candidate)) return candidate;
  }
  return core::make_error("no CJK font found (install fonts-noto-cjk or set [display] font in the config)");
}

core::Status Fonts::build(const FontSpec& spec) {
  const std::filesystem::path& font_path = spec.path;
  const content::Content* content = spec.content.get();
  const float scale = spec.scale, text_scale = spec.text_scale;
  atlas_ = std::make_unique<ImFontAtlas>();
  set_ = {};
  // Mapped, not read: the collection is 20 MB, the glyphs a kiosk needs touch a few of it.
  auto font_file = core::MappedFile::open(font_path);
  if (!font_file) return core::make_error("cannot read font: " + font_file.error().message);
  const int face = font_face_for(font_path);
  if (auto st = check_font_data({(*font_file)->data(), (*font_file)->size()}, face); !st)
    return core::make_error("font " + font_path.string() + ": " + st.error().message);

  std::set<char32_t> code_points = content ? collect_content_code_points(*content) : std::set<char32_t>{};
  for (const char* s : all_ui_strings()) add_text(code_points, std::string(s));
  add_text(code_points, spec.extra_text);
  for (char32_t cp = 0x20; cp < 0x7F; ++cp) code_points.insert(cp);
  // Invisible characters and U+FFFD are never loaded from a font (see kInvisibleFallback).
  std::erase_if(code_points, [](char32_t cp) {
    return is_invisible_format_char(cp) || cp > 0xFFFF || cp == kInvisibleFallback;
  });
  const std::set<char32_t> in_main = glyphs_present({(*font_file)->data(), (*font_file)->size()}, face, code_points);
  std::set<char32_t> lacking;
  std::set_difference(code_points.begin(), code_points.end(), in_main.begin(), in_main.end(),
                      std::inserter(lacking, lacking.end()));
  // The symbol font fills in only what the main font lacks; it stays unmapped when nothing is.
  std::unique_ptr<core::MappedFile> symbol_file;
  symbol_ranges_.clear();
  if (!lacking.empty()) {
    for (const auto& candidate : kSymbolFontCandidates) {
      if (!std::filesystem::exists(candidate)) continue;
      auto mapped = core::MappedFile::open(candidate);
      if (!mapped || !check_font_data({(*mapped)->data(), (*mapped)->size()}, 0)) continue;
      const std::set<char32_t> from_symbols = glyphs_present({(*mapped)->data(), (*mapped)->size()}, 0, lacking);
      if (from_symbols.empty()) break;
      ImFontGlyphRangesBuilder symbol_builder;
      for (char32_t cp : from_symbols) symbol_builder.AddChar(static_cast<ImWchar>(cp));
      symbol_builder.BuildRanges(&symbol_ranges_);
      symbol_file = std::move(*mapped);
      break;
    }
  }
  ImFontGlyphRangesBuilder builder;
  for (char32_t cp : in_main) builder.AddChar(static_cast<ImWchar>(cp));
  ranges_.clear();
  builder.BuildRanges(&ranges_);
  // The display font is for clocks, big titles and the attract loop: UI strings, the conference
  // and venue names, digits. Keeping it small saves most of the atlas.
  ImFontGlyphRangesBuilder display_builder;
  for (const char* s : all_ui_strings()) display_builder.AddText(s);
  if (content) {
    std::set<char32_t> names;
    add_text(names, content->conference.name);
    for (const auto& v : content->venues) add_text(names, v.name), add_text(names, v.city);
    // What the attract loop shows large: featured exhibitors and the evening events.
    for (const auto& e : content->exhibitors) {
      if (e.featured) add_text(names, e.name);
    }
    for (const auto& s : content->sessions) {
      if (s.kind == content::SessionKind::EveningEvent || s.featured) add_text(names, s.title);
    }
    for (char32_t cp : names) {
      if (cp <= 0xFFFF && cp != kInvisibleFallback && !is_invisible_format_char(cp))
        display_builder.AddChar(static_cast<ImWchar>(cp));
    }
  }
  display_builder.AddRanges(atlas_->GetGlyphRangesDefault());
  display_ranges_.clear();
  display_builder.BuildRanges(&display_ranges_);

  ImFontAtlas* atlas = atlas_.get();
  atlas->Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;
  ImFontConfig cfg;
  cfg.FontNo = face;
  // ImGui 1.86 copies font data it does not own, once per size (4 x 20 MB at start-up). Claim
  // ownership so it copies nothing, then hand it back before anything could free the mapping.
  cfg.FontDataOwnedByAtlas = true;
  cfg.OversampleH = 1;
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  auto add = [&](float px, const ImVector<ImWchar>& ranges) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): stb_truetype only reads it
    ImFont* font = atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>((*font_file)->data()),
                                               static_cast<int>((*font_file)->size()),
                                               px * scale * text_scale, &cfg, ranges.Data);
    if (font && symbol_file) {  // merged into the font just added: one ImFont, two sources
      ImFontConfig merge = cfg;
      merge.FontNo = 0;
      merge.MergeMode = true;
      // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): stb_truetype only reads it
      atlas->AddFontFromMemoryTTF(const_cast<unsigned char*>(symbol_file->data()), static_cast<int>(symbol_file->size()),
                                  px * scale * text_scale, &merge, symbol_ranges_.Data);
    }
    for (ImFontConfig& added : atlas->ConfigData) added.FontDataOwnedByAtlas = false;
    return font;
  };
  set_.body = add(26.0f, ranges_);
  set_.small = add(21.0f, ranges_);
  set_.heading = add(38.0f, ranges_);
  set_.display = add(64.0f, display_ranges_);
  for (ImFont* f : {set_.body, set_.small, set_.heading, set_.display}) {
    if (f) atlas->AddCustomRectFontGlyph(f, kInvisibleFallback, 1, 1, 0.0f);
  }
  const bool built = set_.body && set_.small && set_.heading && set_.display && atlas->Build();
  atlas->ClearInputData();  // the atlas keeps only the rasterised glyphs; the mapping can go
  if (!built) return core::make_error("cannot build the font atlas from " + font_path.string());
  return core::Ok{};
}

bool Fonts::covers(const std::string& utf8) const {
  const auto cps = core::decode_utf8(utf8);
  std::set<char32_t> set(cps.begin(), cps.end());
  return missing_glyphs(set).empty();
}

std::vector<char32_t> Fonts::missing_glyphs(const std::set<char32_t>& code_points) const {
  std::vector<char32_t> missing;
  for (char32_t cp : code_points) {
    if (cp < 0x20 || cp == 0x7F || is_invisible_format_char(cp)) continue;  // never drawn, never missed
    if (cp > 0xFFFF || cp == kInvisibleFallback || !set_.body ||
        !set_.body->FindGlyphNoFallback(static_cast<ImWchar>(cp))) {
      missing.push_back(cp);
    }
  }
  return missing;
}

bool Fonts::draws(char32_t cp) const {
  return cp <= 0xFFFF && cp != kInvisibleFallback && set_.body && set_.body->FindGlyphNoFallback(static_cast<ImWchar>(cp));
}

std::size_t Fonts::glyph_count() const {
  return set_.body ? static_cast<std::size_t>(set_.body->Glyphs.Size) : 0;
}

}  // namespace marquee::ui
