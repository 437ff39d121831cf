// QR hand-off: libqrencode encodes; these tests check what the kiosk draws from its result is a
// well-formed symbol (size for its version, finder patterns, error correction M) and is drawn big
// enough to scan (quiet zone, 25 mm).
#include "ui/qr_code.hpp"

#include <gtest/gtest.h>

#include <string>

namespace marquee::ui {
namespace {

// The 7x7 finder pattern with its top-left module at (x0, y0): dark ring, light ring, dark 3x3.
bool finder_at(const QrMatrix& m, int x0, int y0) {
  for (int y = 0; y < 7; ++y) {
    for (int x = 0; x < 7; ++x) {
      const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
      const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
      if (m.at(x0 + x, y0 + y) != (ring || centre)) return false;
    }
  }
  return true;
}

// The error correction level from the format information beside the top-left finder
// (ISO/IEC 18004 7.9: 15 bits masked with 101010000010010, the top two bits are the level).
int ec_level_bits(const QrMatrix& m) {
  int format = 0;
  for (int i = 0; i < 8; ++i) format |= (m.at(8, i < 6 ? i : i + 1) ? 1 : 0) << i;
  for (int i = 0; i < 7; ++i) format |= (m.at(i == 0 ? 7 : 6 - i, 8) ? 1 : 0) << (8 + i);
  return ((format ^ 0x5412) >> 13) & 3;
}

TEST(QrCode, SizeFollowsTheVersion) {
  for (const std::string& text : {std::string("https://example.com"),
                                  std::string("https://qilin-compute.example/booth/A-12?lang=zh"), std::string(300, 'x')}) {
    const auto m = encode_qr(text);
    ASSERT_TRUE(m) << text;
    EXPECT_EQ(m->size, 17 + 4 * m->version) << text;
    EXPECT_EQ(m->dark.size(), static_cast<std::size_t>(m->size * m->size));
  }
  EXPECT_EQ(encode_qr("https://example.com")->version, 2) << "19 bytes at level M need version 2 (1-M holds 14)";
  EXPECT_GT(encode_qr(std::string(300, 'x'))->version, encode_qr("https://example.com")->version);
}

TEST(QrCode, HasThreeFinderPatternsAndLevelM) {
  const auto m = encode_qr("https://forum.example/sessions/main-4");
  ASSERT_TRUE(m);
  EXPECT_TRUE(finder_at(*m, 0, 0));
  EXPECT_TRUE(finder_at(*m, m->size - 7, 0));
  EXPECT_TRUE(finder_at(*m, 0, m->size - 7));
  EXPECT_FALSE(finder_at(*m, m->size - 7, m->size - 7)) << "the fourth corner has no finder";
  EXPECT_EQ(ec_level_bits(*m), 0) << "level M is 00 in the format information";
  // Timing pattern: row 6 alternates between the top finders.
  for (int x = 8; x < m->size - 8; ++x) EXPECT_EQ(m->at(x, 6), x % 2 == 0) << x;
}

TEST(QrCode, EmptyOrTooLongTextHasNoCode) {
  EXPECT_FALSE(encode_qr(""));
  EXPECT_FALSE(encode_qr(std::string(4000, 'x'))) << "version 40-M holds 2331 bytes";
}

TEST(QrCode, DrawnAtLeast25MillimetresWithItsQuietZone) {
  const int size = 25;  // version 2
  // Unknown density (taken as 96 dpi) at the 1080p layout: the preferred 200 px wins over 25 mm (95 px).
  int module = qr_module_px(size, 0, 1.0f);
  EXPECT_GE(qr_side_px(size, module), 200);
  EXPECT_EQ(qr_side_px(size, module), (size + 2 * kQrQuietZone) * module);
  // A dense panel (300 dpi): 25 mm is 295 px.
  module = qr_module_px(size, 300, 1.0f);
  EXPECT_GE(qr_side_px(size, module) / 300.0f * 25.4f, kQrMinMm);
  // Whole pixels per module, never less than one, however small the screen.
  EXPECT_GE(qr_module_px(177, 0, 0.1f), 1);
}

TEST(QrCode, CacheEncodesOnceAndKeepsSeveral) {
  QrCache cache;
  const QrMatrix* a = cache.get("https://a.example");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(cache.get("https://a.example"), a) << "the same text is not encoded again";
  EXPECT_NE(cache.get("https://b.example"), nullptr);
  EXPECT_EQ(cache.get(""), nullptr);
}

}  // namespace
}  // namespace marquee::ui
