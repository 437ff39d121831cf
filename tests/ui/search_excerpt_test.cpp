// Search result excerpts cut around the match, never inside a character.
#include <gtest/gtest.h>

#include "ui/search_results.hpp"

namespace marquee::ui {
namespace {

TEST(SearchExcerpt, CutsAroundTheMatchAtCharacterBoundaries) {
  const std::string text =
      "数字经济大会在北京举行，来自世界各地的嘉宾共同探讨人工智能与大模型的未来发展方向和产业机遇。";
  const std::string needle = "人工智能";
  const std::size_t at = text.find(needle);
  const MatchInfo m = excerpt_match(text, at, at + needle.size(), 12);
  EXPECT_EQ(m.excerpt.substr(m.begin, m.end - m.begin), needle);
  EXPECT_EQ(m.excerpt.rfind("\xE2\x80\xA6", 0), 0u) << "cut at the front is marked";
  // Never half a character: the excerpt decodes as UTF-8 all the way.
  for (std::size_t i = 0; i < m.excerpt.size();) {
    const auto c = static_cast<unsigned char>(m.excerpt[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (std::size_t k = 1; k < len; ++k) {
      ASSERT_LT(i + k, m.excerpt.size());
      ASSERT_EQ(static_cast<unsigned char>(m.excerpt[i + k]) & 0xC0, 0x80);
    }
    i += len;
  }
  const MatchInfo whole = excerpt_match("Huawei", 0, 3);
  EXPECT_EQ(whole.excerpt, "Huawei");
  EXPECT_EQ(whole.end, 3u);
}

}  // namespace
}  // namespace marquee::ui
