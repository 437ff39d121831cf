#include "content/collation.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>

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

TEST(Collation, ExhibitorOrderIsCollatedOnceAndTheSameFromEveryThread) {
  auto loaded = load_content(core::demo_content_dir());
  ASSERT_TRUE(loaded.content);
  const Content& c = *loaded.content;
  std::vector<const std::vector<std::uint32_t>*> seen(4);
  {
    std::vector<std::jthread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t) threads.emplace_back([&, t] { seen[t] = &c.exhibitor_order(Lang::Zh); });
  }
  for (const auto* order : seen) EXPECT_EQ(order, seen[0]);  // one collation, shared
  EXPECT_EQ(seen[0]->size(), c.exhibitors.size());
  EXPECT_NE(c.exhibitor_order(Lang::Zh), c.exhibitor_order(Lang::En));  // pinyin is not A-Z of English
}

TEST(Collation, ExhibitorsAddedAfterCollationAreStillListedInOrder) {
  Content c;
  Exhibitor a;
  a.id = "a";
  a.name.set(Lang::En, "Zeta");
  c.exhibitors.push_back(a);
  ASSERT_EQ(c.exhibitor_order(Lang::En).size(), 1u);  // collated (and kept) with one exhibitor
  Exhibitor b = a;
  b.id = "b";
  b.name.set(Lang::En, "Alpha");
  c.exhibitors.push_back(b);
  const auto sorted = exhibitors_sorted(c, Lang::En);
  ASSERT_EQ(sorted.size(), 2u);
  EXPECT_EQ(sorted[0]->id, "b");
  EXPECT_EQ(sorted[1]->id, "a");
}

}  // namespace
}  // namespace marquee::content
