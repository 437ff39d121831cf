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

TEST(Utf8, FindsTheFirstBadByteAtEveryPositionAroundTheAsciiFastPath) {
  for (std::size_t at = 0; at < 40; ++at) {
    std::string text(40, 'a');
    text[at] = '\xC0';  // never valid
    EXPECT_EQ(find_invalid_utf8(text), at);
    text[at] = '\xE4';  // a truncated three-byte sequence
    EXPECT_EQ(find_invalid_utf8(text), at);
  }
  EXPECT_EQ(find_invalid_utf8(std::string(37, 'a') + "\xE4\xB8\xAD" + std::string(9, 'b')), std::nullopt);
}

TEST(Utf8, DecodesOneCodePointAtATime) {
  const std::string text = "a\xE4\xB8\xAD\xFF\xF0\x9F\x8E\x86";  // a 中 <bad byte> 🎆
  std::size_t len = 0;
  EXPECT_EQ(decode_utf8_at(text, 0, len), U'a');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(decode_utf8_at(text, 1, len), U'中');
  EXPECT_EQ(len, 3u);
  EXPECT_EQ(decode_utf8_at(text, 4, len), U'\uFFFD');
  EXPECT_EQ(len, 1u);
  EXPECT_EQ(decode_utf8_at(text, 5, len), U'\U0001F386');
  EXPECT_EQ(len, 4u);
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

TEST(Utf8Repair, EveryBadByteBecomesOneReplacementInOnePass) {
  std::string text = "a\xFF\nb\xC3\n\xE6\x95\xB0\xED\xA0\x80";
  const Utf8Repair r = repair_utf8(text, 2);
  EXPECT_EQ(text, "a\uFFFD\nb\uFFFD\n\u6570\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(r.total, 5u);
  ASSERT_EQ(r.first.size(), 2u);
  EXPECT_EQ(r.first[0].offset, 1u);
  EXPECT_EQ(r.first[0].byte, 0xFF);
  EXPECT_EQ(r.first[0].line, 1);
  EXPECT_EQ(r.first[1].offset, 4u);
  EXPECT_EQ(r.first[1].line, 2);
  EXPECT_TRUE(is_valid_utf8(text));
}

TEST(Utf8Repair, ValidTextIsLeftAlone) {
  std::string text = "数字 ok";
  EXPECT_EQ(repair_utf8(text).total, 0u);
  EXPECT_EQ(text, "数字 ok");
}

}  // namespace
}  // namespace marquee::core
