// Titles with invisible format characters and emoji: zero-width spaces/joiners, variation
// selectors, word joiner and BOM take no room and draw nothing; a symbol Noto CJK lacks comes from
// Symbola (fonts-symbola, in scripts/setup-debian.sh); what no font has (and emoji above U+FFFF,
// which this ImGui cannot address) is dropped: never a '?' or a box. Checked on the real atlas.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>

#include "content/loader.hpp"
#include "core/paths.hpp"
#include "ui/fonts.hpp"
#include "ui/invisible_chars.hpp"

namespace marquee::ui {
namespace {

std::shared_ptr<const content::Content> content_with_title(const std::string& title) {
  auto c = std::make_shared<content::Content>();
  content::Exhibitor e;
  e.id = "ex-1";
  e.name.set(content::Lang::En, title);
  c->exhibitors.push_back(e);
  return c;
}

struct Atlas {
  Fonts fonts;
  explicit Atlas(std::shared_ptr<const content::Content> c) {
    const auto path = Fonts::locate("");
    EXPECT_TRUE(path.ok());
    const auto st = fonts.build(FontSpec{*path, std::move(c), 1.0f, 1.0f, {}});
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().message);
  }
  float width(const std::string& utf8) const {
    ImFont* f = fonts.set().body;
    return f->CalcTextSizeA(f->FontSize, 1e9f, 0.0f, utf8.c_str()).x;
  }
};

TEST(InvisibleGlyphs, FormatCharactersTakeNoRoom) {
  Atlas a(content_with_title("Trans\u200B Treff\uFE0F a\u200Db \u2060\uFEFF\u200C\u200A"));
  const float plain = a.width("ab");
  ASSERT_GT(plain, 0.0f);
  for (const char* invisible : {"\u200A", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\uFE0F", "\uFE0E", "\u00AD"}) {
    EXPECT_FLOAT_EQ(a.width(std::string("a") + invisible + "b"), plain) << invisible;
  }
  EXPECT_TRUE(is_invisible_format_char(0xE0101));  // a variation selector beyond the BMP
  const ImFont* body = a.fonts.set().body;
  EXPECT_EQ(body->FallbackChar, 0xFFFD);
  EXPECT_FLOAT_EQ(body->FallbackAdvanceX, 0.0f);
  // Not one of them counts as missing from the atlas.
  EXPECT_TRUE(a.fonts.covers("Trans\u200B Treff\uFE0F"));
}

TEST(InvisibleGlyphs, SymbolsComeFromSymbolaAndWhatNoFontHasIsDropped) {
  // ☕ U+2615, ♻ U+267B and ✂ U+2702 are not in Noto Sans CJK; Symbola has them.
  Atlas with(content_with_title("Coffee \u2615\uFE0F, recycling \u267B, crafts \u2702 \U0001F600 \uE000"));
  for (char32_t cp : {U'\u2615', U'\u267B', U'\u2702'}) EXPECT_TRUE(with.fonts.draws(cp)) << std::hex << static_cast<unsigned>(cp);
  EXPECT_GT(with.width("a\u2615b"), with.width("ab"));
  // An emoji above U+FFFF and a private-use character no font has: no glyph, no room, no '?'.
  EXPECT_FALSE(with.fonts.draws(0x1F600));
  EXPECT_FALSE(with.fonts.draws(0xE000));
  EXPECT_FLOAT_EQ(with.width("a\U0001F600b"), with.width("ab"));
  EXPECT_FLOAT_EQ(with.width("a\U0001F44D\U0001F3FDb"), with.width("ab"));
  EXPECT_FLOAT_EQ(with.width("a\uE000b"), with.width("ab"));
  EXPECT_GT(with.width("a?b"), with.width("ab"));
}

TEST(InvisibleGlyphs, TheDemoContentHasEveryGlyphAndSymbolsAddLittleToTheAtlas) {
  const content::LoadResult demo = content::load_content(core::demo_content_dir());
  ASSERT_NE(demo.content, nullptr);
  Atlas plain(demo.content);
  // Every character of the demo's three languages has a glyph (the small-bundle UI tests check
  // only the few their own snapshot uses).
  const auto missing = plain.fonts.missing_glyphs(collect_content_code_points(*demo.content));
  EXPECT_TRUE(missing.empty()) << missing.size() << " missing, first U+" << std::hex
                               << (missing.empty() ? 0u : static_cast<unsigned>(missing[0]));
  auto with_symbols = std::make_shared<content::Content>(*demo.content);
  content::Exhibitor e;
  e.id = "ex-symbols";
  e.name.set(content::Lang::En, "Coffee \u2615 recycling \u267B crafts \u2702 \U0001F600");
  with_symbols->exhibitors.push_back(e);
  Atlas symbols(with_symbols);
  const ImFontAtlas* p = plain.fonts.atlas();
  const ImFontAtlas* s = symbols.fonts.atlas();
  // The figure for docs: the alpha atlas in bytes, demo content alone and with three symbols.
  std::printf("[ atlas ] demo content: %dx%d (%d KB); with 3 Symbola glyphs: %dx%d (%d KB)\n", p->TexWidth,
              p->TexHeight, p->TexWidth * p->TexHeight / 1024, s->TexWidth, s->TexHeight,
              s->TexWidth * s->TexHeight / 1024);
  EXPECT_LE(s->TexHeight, p->TexHeight + 64);  // three symbols at four sizes: a few rows at most
}

}  // namespace
}  // namespace marquee::ui
