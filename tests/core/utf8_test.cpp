#include "core/utf8.hpp"

#include <gtest/gtest.h>

namespace marquee::core {
namespace {

TEST(Utf8, AcceptsMultilingualText) {
  EXPECT_TRUE(is_valid_utf8("Night of Digital City 数字城市之夜 Noche"));
  EXPECT_EQ(utf8_length("数字ab"), 4u);
}

TEST(Utf8, ReportsOffsetOfFirstBadSequence) {
  EXPECT_EQ(find_invalid_utf8("ok\xC3"), 2u);             // truncated
  EXPECT_EQ(find_invalid_utf8("a\xC0\xAF"), 1u);          // overlong '/'
  EXPECT_EQ(find_invalid_utf8("ab\xED\xA0\x80"), 2u);     // surrogate
  EXPECT_EQ(find_invalid_utf8("\xF4\x90\x80\x80"), 0u);   // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("x\xE6\x95\xB0\xFF"), 4u);  // stray 0xFF after a CJK char
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  const std::string text = "Café 华为 🚀";
  std::string again;
  for (char32_t cp : decode_utf8(text)) append_utf8(again, cp);
  EXPECT_EQ(again, text);
  EXPECT_EQ(decode_utf8("\xFF"
                        "a"),
            (std::vector<char32_t>{0xFFFD, U'a'}));
}

TEST(Utf8, EllipsizesOnCodePointBoundaries) {
  EXPECT_EQ(utf8_ellipsize("数字城市之夜", 4), "数字城市…");
  EXPECT_EQ(utf8_ellipsize("short", 10), "short");
}

}  // namespace
}  // namespace marquee::core
