#include "content/collation.hpp"

#include <gtest/gtest.h>

#include <string>

#include "content/loader.hpp"
#include "content/queries.hpp"
#include "core/paths.hpp"

namespace marquee::content {
namespace {

std::vector<std::string> in_order(const std::vector<std::string_view>& texts, Lang lang) {
  std::vector<std::string> out;
  for (auto i : collated_order(texts, lang)) out.emplace_back(texts[i]);
  return out;
}

TEST(Collation, ChineseNamesFollowPinyinNotCodePoints) {
  // 阿 (ā) < 北 (běi) < 深 (shēn) < 智 (zhì); by code point 北 U+5317 < 智 U+667A < 深 U+6DF1 < 阿 U+963F.
  const std::vector<std::string_view> names = {"智谱", "阿里云", "深信服", "北斗星通"};
  EXPECT_EQ(in_order(names, Lang::Zh), (std::vector<std::string>{"阿里云", "北斗星通", "深信服", "智谱"}));
}

TEST(Collation, SpanishPutsEnyeAfterNAndTreatsAccentsAsSecondary) {
  // Byte order would put both accented names after "zeta"; Óptica sorts with o (p < r).
  const std::vector<std::string_view> names = {"Ñandú Labs", "zeta", "Nube", "Óptica", "oro"};
  EXPECT_EQ(in_order(names, Lang::Es), (std::vector<std::string>{"Nube", "Ñandú Labs", "Óptica", "oro", "zeta"}));
}

TEST(Collation, EqualNamesKeepTheirInputOrder) {
  const std::vector<std::string_view> names = {"Beta", "Alpha", "Beta", "Alpha"};
  EXPECT_EQ(collated_order(names, Lang::En), (std::vector<std::uint32_t>{1, 3, 0, 2}));
}

TEST(Collation, LoadedContentListsExhibitorsInEachLanguagesOrder) {
  auto loaded = load_content(core::demo_content_dir());
  ASSERT_TRUE(loaded.content);
  const Content& c = *loaded.content;
  for (Lang lang : kAllLangs) {
    const auto sorted = exhibitors_sorted(c, lang);
    ASSERT_EQ(sorted.size(), c.exhibitors.size());
    std::vector<std::string_view> names;
    for (const auto* e : sorted) names.push_back(e->name.get(lang));
    const auto order = collated_order(names, lang);
    for (std::uint32_t i = 0; i < order.size(); ++i)
      EXPECT_EQ(order[i], i) << "lang " << lang_code(lang) << " position " << i << ": " << names[i];
  }
}

}  // namespace
}  // namespace marquee::content
