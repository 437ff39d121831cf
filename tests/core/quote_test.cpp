// Values quoted in diagnostics cannot forge lines or flood a terminal (issue 17).
#include "core/quote.hpp"

#include <gtest/gtest.h>

namespace marquee::core {
namespace {

TEST(QuoteValue, EscapesControlCharactersSoAValueCannotForgeALine) {
  EXPECT_EQ(quote_value("a\nfile.json:1: fake"), "\"a\\nfile.json:1: fake\"");
  EXPECT_EQ(quote_value("\x1B[31mred\t\"q\"\\"), "\"\\x1B[31mred\\t\\\"q\\\"\\\\\"");
  EXPECT_EQ(quote_value("\xC2\x9B"
                        "2J"),
            "\"\\u009B2J\"");  // C1 CSI
  EXPECT_EQ(quote_value("bad \xFF byte"), "\"bad \\xFF byte\"");
}

TEST(QuoteValue, LongValuesAreCutAtACharacterBoundary) {
  std::string long_value;
  for (int i = 0; i < 200; ++i) long_value += "数";
  const std::string q = quote_value(long_value);
  std::string expected = "\"";
  for (int i = 0; i < 120; ++i) expected += "数";
  expected += "\"… (600 bytes)";
  EXPECT_EQ(q, expected);
  EXPECT_EQ(quote_value("short"), "\"short\"");
}

}  // namespace
}  // namespace marquee::core
