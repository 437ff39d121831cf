// Cutting one line of text to a width, with the real Noto CJK atlas the kiosk draws with.
#include "ui/text_fit.hpp"

#include <gtest/gtest.h>

#include "core/utf8.hpp"
#include "ui/fonts.hpp"

namespace marquee::ui {
namespace {

class TextFit : public ::testing::Test {
 protected:
  void SetUp() override {
    auto path = Fonts::locate("");
    ASSERT_TRUE(path.ok()) << path.error().message;
    FontSpec spec;
    spec.path = path.value();
    spec.extra_text = "Foro principal: economía digital y crecimiento global 数字经济与全球增长主论坛 \u0301";
    auto built = fonts_.build(spec);
    ASSERT_TRUE(built.ok()) << built.error().message;
    font_ = fonts_.set().body;
  }
  float width(const std::string& s) const {
    return font_->CalcTextSizeA(font_->FontSize, 1e9f, 0, s.data(), s.data() + s.size()).x;
  }
  Fonts fonts_;
  const ImFont* font_ = nullptr;
};

TEST_F(TextFit, TextThatFitsIsLeftAlone) {
  const std::string t = "Foro principal";
  EXPECT_EQ(fit_one_line(*font_, font_->FontSize, t, width(t)), t);
}

TEST_F(TextFit, LongTextIsCutWithAnEllipsisAndFits) {
  const std::string t = "Foro principal: economía digital y crecimiento global";
  const float max_w = width(t) * 0.6f;
  const std::string cut = fit_one_line(*font_, font_->FontSize, t, max_w);
  ASSERT_GT(cut.size(), 3u);
  EXPECT_EQ(cut.substr(cut.size() - 3), "\xE2\x80\xA6");
  EXPECT_LE(width(cut), max_w);
  const std::string kept = cut.substr(0, cut.size() - 3);
  EXPECT_EQ(t.rfind(kept, 0), 0u) << "a prefix of the title: " << kept;
  EXPECT_NE(kept.back(), ' ') << "no space before the ellipsis";
  // The longest prefix: one more character would not fit.
  const std::size_t next = t.find_first_not_of(' ', kept.size());
  const std::string longer = t.substr(0, next + core::utf8_sequence_length_at(t, next)) + "\xE2\x80\xA6";
  EXPECT_GT(width(longer), max_w);
}

TEST_F(TextFit, ChineseIsCutBetweenCharactersNeverInsideOne) {
  const std::string t = "数字经济与全球增长主论坛";
  for (float frac : {0.2f, 0.45f, 0.7f, 0.95f}) {
    const std::string cut = fit_one_line(*font_, font_->FontSize, t, width(t) * frac);
    EXPECT_TRUE(core::is_valid_utf8(cut)) << frac;
    EXPECT_LE(width(cut), width(t) * frac);
    // Each character is 3 bytes: the kept part is whole characters, and one more would not fit.
    const std::size_t kept = cut.size() - 3;
    EXPECT_EQ(kept % 3, 0u);
    EXPECT_EQ(cut.substr(0, kept), t.substr(0, kept));
    EXPECT_GT(width(t.substr(0, kept + 3) + "\xE2\x80\xA6"), width(t) * frac);
  }
}

TEST_F(TextFit, AnAccentWrittenAsItsOwnCodePointStaysWithItsLetter) {
  const std::string t = "Economi\u0301a, tecnologi\u0301a y pai\u0301s";  // í written as i + U+0301
  EXPECT_TRUE(fonts_.draws(0x0301));
  EXPECT_FLOAT_EQ(width("i\u0301"), width("i")) << "the mark takes no room of its own";
  for (float frac = 0.1f; frac < 1.0f; frac += 0.02f) {
    const std::string cut = fit_one_line(*font_, font_->FontSize, t, width(t) * frac);
    ASSERT_GE(cut.size(), 3u);
    const std::size_t kept = cut.size() - 3;
    EXPECT_NE(t.compare(kept, 2, "\xCC\x81"), 0) << "the accent of \"" << cut << "\" was cut off";
  }
}

TEST_F(TextFit, TooNarrowForAnythingGivesNothingOrTheEllipsisAlone) {
  const std::string dots = "\xE2\x80\xA6";
  EXPECT_EQ(fit_one_line(*font_, font_->FontSize, "数字经济", width(dots) + 1), dots);
  EXPECT_EQ(fit_one_line(*font_, font_->FontSize, "数字经济", width(dots) - 1), "");
  EXPECT_EQ(fit_one_line(*font_, font_->FontSize, "", 0), "");
}

}  // namespace
}  // namespace marquee::ui
