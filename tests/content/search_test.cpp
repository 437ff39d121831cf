// The kiosk search over a small content snapshot written for each case: English, Chinese
// characters, pinyin (full, spaced, initials), accents, width, punctuation, typos, ranking and
// the highlight spans the UI draws.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "content/loader.hpp"
#include "content/search/search_index.hpp"
#include "synthetic/synthetic_content.hpp"

namespace marquee::content::search {
namespace {

LocalizedText text(const std::string& en, const std::string& zh, const std::string& es = "") {
  LocalizedText t;
  t.set(Lang::En, en);
  t.set(Lang::Zh, zh);
  if (!es.empty()) t.set(Lang::Es, es);
  return t;
}

Content make_content() {
  Content c;
  c.sectors.push_back({"telecom", text("Telecom equipment", "通信设备")});
  c.sectors.push_back({"food", text("Food and drink", "餐饮", "Comida y bebida")});
  auto exhibitor = [&](const char* id, LocalizedText name, LocalizedText desc, const char* sector,
                       const char* booth) {
    Exhibitor e;
    e.id = id;
    e.name = std::move(name);
    e.description = std::move(desc);
    e.sectors = {sector};
    e.booth = booth;
    c.exhibitors.push_back(std::move(e));
  };
  exhibitor("huawei", text("Huawei Technologies", "华为技术有限公司"), text("5G base stations", "5G 基站"),
            "telecom", "A-12");
  exhibitor("penguin", text("Penguin Group", "腾讯控股"), text("Messaging", "即时通信"), "telecom", "T-01");
  exhibitor("cafe", text("Café Central", "中央咖啡馆", "Café Central"), text("Espresso bar", "咖啡吧"),
            "food", "F-01");
  exhibitor("robot", text("Robot", "机器人"), text("Industrial arms", "工业机械臂"), "telecom", "R-01");
  exhibitor("microrobot", text("Microrobotics Lab", "微型机器人实验室"), text("Tiny machines", "微型机器"),
            "telecom", "R-02");
  exhibitor("smart-robot", text("Smart Robot Arms", "智能机械臂"), text("Cobots", "协作机器人"), "telecom",
            "R-03");
  c.speakers.push_back(
      {"obrien", text("Siobhán O'Brien", "西奥bhán·奥布莱恩"), text("Robot Institute", "机器人研究所"), {}, {}, {}});
  c.speakers.push_back({"li", text("Li Hua", "李华"), text("Tsinghua University", "清华大学"), {}, {}, {}});
  Session s;
  s.id = "robotics-101";
  s.title = text("Robotics 101", "机器人入门");
  s.abstract = text("Start with a robot kit.", "从机器人套件开始。");
  s.speakers = {"obrien"};
  c.sessions.push_back(s);
  s.id = "robot";
  s.title = text("Robot", "机器人专场");
  s.speakers = {"li"};
  c.sessions.push_back(s);
  c.build_indexes();
  return c;
}

class SearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { index_ = build_search_index(make_content()); }
  static void TearDownTestSuite() { index_.reset(); }
  static std::vector<SearchHit> find(std::string_view q) { return index_->search(q, 20); }
  static std::string first_id(std::string_view q) {
    auto hits = find(q);
    return hits.empty() ? "" : std::string(hits.front().id);
  }
  static std::string highlighted(const SearchHit& h) {
    return std::string(h.text.substr(h.begin, h.end - h.begin));
  }
  static std::shared_ptr<const SearchIndex> index_;
};
std::shared_ptr<const SearchIndex> SearchTest::index_;

TEST_F(SearchTest, EnglishCaseInsensitivePrefix) {
  const auto hits = find("HUAWEI tech");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].id, "huawei");
  EXPECT_EQ(hits[0].tier, MatchTier::Prefix);
  EXPECT_EQ(hits[0].field, MatchField::Name);
  EXPECT_EQ(hits[0].lang, MatchLang::En);
  EXPECT_EQ(highlighted(hits[0]), "Huawei Tech");
}

TEST_F(SearchTest, ChineseCharactersMatchAsSubstrings) {
  const auto hits = find("技术");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].id, "huawei");
  EXPECT_EQ(hits[0].tier, MatchTier::Substring);
  EXPECT_EQ(hits[0].lang, MatchLang::Zh);
  EXPECT_EQ(highlighted(hits[0]), "技术");
  EXPECT_EQ(first_id("华为"), "huawei");
}

TEST_F(SearchTest, PinyinFullSpacedAndInitials) {
  for (const char* q : {"tengxun", "teng xun", "TengXun", "teng-xun kong"}) {
    const auto hits = find(q);
    ASSERT_FALSE(hits.empty()) << q;
    EXPECT_EQ(hits[0].id, "penguin") << q;
    EXPECT_EQ(hits[0].lang, MatchLang::Pinyin) << q;
    EXPECT_EQ(hits[0].tier, MatchTier::Prefix) << q;
  }
  EXPECT_EQ(highlighted(find("tengxun")[0]), "腾讯");
  EXPECT_EQ(highlighted(find("xunkong")[0]), "讯控");  // syllables inside the name: word-prefix
  EXPECT_EQ(find("xunkong")[0].tier, MatchTier::WordPrefix);
  EXPECT_EQ(first_id("txkg"), "penguin");
  EXPECT_EQ(first_id("huawei"), "huawei");
  const auto initials = find("hw");
  ASSERT_FALSE(initials.empty());
  EXPECT_EQ(initials[0].id, "huawei");
  EXPECT_EQ(initials[0].lang, MatchLang::Initials);
  EXPECT_EQ(highlighted(initials[0]), "华为");
  const auto longer = find("hwjs");
  ASSERT_FALSE(longer.empty());
  EXPECT_EQ(longer[0].id, "huawei");
  EXPECT_EQ(highlighted(longer[0]), "华为技术");
}

TEST_F(SearchTest, AccentsWidthAndPunctuationAreIgnored) {
  const auto cafe = find("cafe");
  ASSERT_FALSE(cafe.empty());
  EXPECT_EQ(cafe[0].id, "cafe");
  EXPECT_EQ(highlighted(cafe[0]), "Café");
  EXPECT_EQ(first_id("ＣＡＦＥ"), "cafe");
  const auto obrien = find("obrien");
  const auto speaker = std::find_if(obrien.begin(), obrien.end(),
                                    [](const SearchHit& h) { return h.kind == ItemKind::Speaker; });
  ASSERT_NE(speaker, obrien.end());
  EXPECT_EQ(speaker->id, "obrien");
  EXPECT_EQ(highlighted(*speaker), "O'Brien");
  const auto siobhan = find("siobhan");
  // Her own name first, then the session she speaks at: typing a person's name finds the person.
  ASSERT_EQ(siobhan.size(), 2u);
  EXPECT_EQ(siobhan[0].id, "obrien");
  EXPECT_EQ(highlighted(siobhan[0]), "Siobhán");
  EXPECT_EQ(siobhan[1].id, "robotics-101");
  EXPECT_EQ(siobhan[1].field, MatchField::Speaker);
  EXPECT_EQ(first_id("a-12"), "huawei");  // booth
}

TEST_F(SearchTest, OneTypoMatchesRankLast) {
  const auto swapped = find("huawie");
  ASSERT_FALSE(swapped.empty());
  EXPECT_EQ(swapped[0].id, "huawei");
  EXPECT_EQ(swapped[0].tier, MatchTier::Typo);
  const auto missing = find("centrl");  // a letter missing
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].id, "cafe");
  EXPECT_EQ(missing[0].tier, MatchTier::Typo);
  EXPECT_EQ(first_id("hauwei"), "huawei");  // swapped letters
  EXPECT_EQ(first_id("huaxei"), "huawei");  // one wrong letter
  EXPECT_TRUE(find("hxxxwei").empty());     // two typos
}

TEST_F(SearchTest, RankingTierThenKind) {
  const auto hits = find("robot");
  std::vector<std::string> order;
  for (const auto& h : hits)
    order.push_back(std::string(item_kind_name(h.kind)) + ":" + std::string(h.id) + ":" +
                    std::string(match_tier_name(h.tier)));
  ASSERT_GE(order.size(), 6u) << ::testing::PrintToString(order);
  EXPECT_EQ(order[0], "exhibitor:robot:exact");
  EXPECT_EQ(order[1], "session:robot:exact");
  EXPECT_EQ(order[2], "session:robotics-101:prefix");
  EXPECT_EQ(order[3], "speaker:obrien:prefix");  // affiliation "Robot Institute"
  EXPECT_EQ(order[4], "exhibitor:smart-robot:word-prefix");
  EXPECT_EQ(order[5], "exhibitor:microrobot:substring");
}

TEST_F(SearchTest, EmptyAndUnmatchedQueries) {
  EXPECT_TRUE(find("").empty());
  EXPECT_TRUE(find("  '-. ").empty());
  EXPECT_TRUE(find("zzzzqqq").empty());
  EXPECT_TRUE(index_->search("robot", 0).empty());
  EXPECT_EQ(index_->search("robot", 2).size(), 2u);
}

TEST(SearchSynthetic, FindsGeneratedExhibitorsByNamePinyinAndInitials) {
  const Content c = make_synthetic_content({300, 100, 10, 50, 7});
  const auto index = build_search_index(c);
  const Exhibitor& e = c.exhibitors[123];
  for (const std::string& q : {e.name.exact(Lang::En), e.name.exact(Lang::Zh)}) {
    const auto hits = index->search(q, 50);
    EXPECT_TRUE(std::any_of(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.id == e.id; })) << q;
  }
  EXPECT_EQ(index->stats().items, 450u);
}

}  // namespace
}  // namespace marquee::content::search

namespace marquee::content {
namespace {

TEST(SyntheticContent, WrittenBundleLoadsWithoutProblemsAndIsDeterministic) {
  const SyntheticSize size{200, 60, 12, 40, 11};
  const auto dir = std::filesystem::temp_directory_path() / "marquee_synthetic_test";
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(write_synthetic_bundle(dir, size).ok());
  const LoadResult loaded = load_content(dir);
  for (const auto& d : loaded.diagnostics.all()) ADD_FAILURE() << format_diagnostic(d);
  ASSERT_NE(loaded.content, nullptr);
  EXPECT_EQ(loaded.content->exhibitors.size(), 200u);
  EXPECT_EQ(loaded.content->sessions.size(), 60u);
  EXPECT_EQ(loaded.content->rooms.size(), 12u);
  EXPECT_EQ(loaded.content->speakers.size(), 40u);
  const Content again = make_synthetic_content(size);
  EXPECT_EQ(again.exhibitors[150].name.exact(Lang::Zh), loaded.content->exhibitors[150].name.exact(Lang::Zh));
  EXPECT_EQ(again.sessions[42].start, loaded.content->session(again.sessions[42].id)->start);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace marquee::content

namespace marquee::content::search {
namespace {

// German and Nordic names written with and without their letters: ä ö ü å ø match their
// spelled-out forms (ae oe ue aa oe) both ways, ß and ss always did; the hit says why.
std::shared_ptr<const SearchIndex> spelled_index() {
  Content c;
  c.sectors.push_back({"design", text("Design", "设计")});
  auto exhibitor = [&](const char* id, const char* name) {
    Exhibitor e;
    e.id = id;
    e.name = text(name, name);
    e.sectors = {"design"};
    c.exhibitors.push_back(std::move(e));
  };
  exhibitor("muenchen", "Stadtwerke München");
  exhibitor("strasse", "Straßenbahn Köln");
  exhibitor("arhus", "Århus Møbler");
  exhibitor("aarhus", "Aarhus Lighting");
  exhibitor("duesseldorf", "Duesseldorf Messe");
  exhibitor("gaertner", "Gärtnerei Schäfer");
  c.build_indexes();
  return build_search_index(c);
}

TEST(SearchTransliteration, SpelledOutQueryFindsTheLetters) {
  const auto index = spelled_index();
  const auto hits = index->search("muenchen", 20);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].id, "muenchen");
  EXPECT_EQ(hits[0].lang, MatchLang::Translit);
  EXPECT_EQ(hits[0].tier, MatchTier::WordPrefix);
  EXPECT_EQ(std::string(hits[0].text.substr(hits[0].begin, hits[0].end - hits[0].begin)), "München");
  EXPECT_EQ(index->search("koeln", 20).at(0).id, "strasse");
  EXPECT_EQ(index->search("moebler", 20).at(0).id, "arhus");  // ø -> oe
  // Plain folding still works: "munchen" finds it without the hint.
  const auto plain = index->search("munchen", 20);
  ASSERT_FALSE(plain.empty());
  EXPECT_EQ(plain[0].id, "muenchen");
  EXPECT_NE(plain[0].lang, MatchLang::Translit);
}

TEST(SearchTransliteration, AeFindsAUmlaut) {
  const auto index = spelled_index();
  for (const char* q : {"gaertnerei", "Schaefer", "gärtnerei"}) {
    const auto hits = index->search(q, 20);
    ASSERT_FALSE(hits.empty()) << q;
    EXPECT_EQ(hits[0].id, "gaertner") << q;
  }
  EXPECT_EQ(index->search("schaefer", 20).at(0).lang, MatchLang::Translit);
}

TEST(SearchTransliteration, SharpSAndSs) {
  const auto index = spelled_index();
  for (const char* q : {"Strasse", "straße", "STRASSENBAHN"}) {
    const auto hits = index->search(q, 20);
    ASSERT_FALSE(hits.empty()) << q;
    EXPECT_EQ(hits[0].id, "strasse") << q;
  }
}

TEST(SearchTransliteration, AaAndARingBothWays) {
  const auto index = spelled_index();
  const auto aarhus = index->search("Aarhus", 20);
  std::vector<std::string> ids;
  for (const auto& h : aarhus) ids.emplace_back(h.id);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "aarhus"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "arhus"), ids.end());
  EXPECT_EQ(aarhus.at(0).id, "aarhus");  // as written ranks before by transliteration
  const auto ring = index->search("Århus", 20);
  ids.clear();
  for (const auto& h : ring) ids.emplace_back(h.id);
  EXPECT_EQ(ring.at(0).id, "arhus");
  ASSERT_NE(std::find(ids.begin(), ids.end(), "aarhus"), ids.end());  // the query spelled out
  const auto other = std::find_if(ring.begin(), ring.end(), [](const SearchHit& h) { return h.id == "aarhus"; });
  EXPECT_EQ(other->lang, MatchLang::Translit);
  EXPECT_EQ(std::string(other->text.substr(other->begin, other->end - other->begin)), "Aarhus");
  // The content's own "ue" is found by the letter.
  const auto duss = index->search("Düsseldorf", 20);
  ASSERT_FALSE(duss.empty());
  EXPECT_EQ(duss[0].id, "duesseldorf");
  EXPECT_EQ(duss[0].lang, MatchLang::Translit);
}

TEST(SearchTransliteration, UnrelatedWordsDoNotMatch) {
  const auto index = spelled_index();
  EXPECT_TRUE(index->search("muenster", 20).empty());
  EXPECT_TRUE(index->search("aalborg", 20).empty());
}

}  // namespace
}  // namespace marquee::content::search
