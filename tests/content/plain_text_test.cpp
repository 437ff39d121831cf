// to_plain_text: Markdown through cmark, HTML through gumbo, one set of spacing rules
// (the rules are in docs/plain-text.md).
#include <gtest/gtest.h>

#include <string>

#include "content/plain_text.hpp"

namespace marquee::content {
namespace {

TEST(PlainTextMarkdown, EscapedAndLiteralAsterisksStay) {
  EXPECT_EQ(to_plain_text("Open to FLINTA\\* people"), "Open to FLINTA* people");
  EXPECT_EQ(to_plain_text("[TINA\\* only]"), "[TINA* only]");
  EXPECT_EQ(to_plain_text("Trans\\* Treff"), "Trans* Treff");
  EXPECT_EQ(to_plain_text("FLINTA* and TINA* welcome"), "FLINTA* and TINA* welcome");
  EXPECT_EQ(to_plain_text("[TINA* only] meetup"), "[TINA* only] meetup");
  EXPECT_EQ(to_plain_text("*really* and **very** and _so_"), "really and very and so");
}

TEST(PlainTextMarkdown, ImagesBecomeAltTextAndLinksTheirText) {
  EXPECT_EQ(to_plain_text("See ![the hall plan](plan.png) here"), "See the hall plan here");
  EXPECT_EQ(to_plain_text("Read [the long\nlink text](https://example.org/x) now"), "Read the long link text now");
  EXPECT_EQ(to_plain_text("A [ref link][r].\n\n[r]: https://example.org"), "A ref link.");
  EXPECT_EQ(to_plain_text("<https://example.org>"), "https://example.org");
}

TEST(PlainTextMarkdown, EscapesAndEntitiesAreDecodedOnce) {
  EXPECT_EQ(to_plain_text("Tom &amp;lt; Jerry"), "Tom &lt; Jerry");
  EXPECT_EQ(to_plain_text("\\*not emphasis\\* \\[not a link\\]"), "*not emphasis* [not a link]");
  EXPECT_EQ(to_plain_text("5 &gt; 3 &#x4E2D;"), "5 > 3 中");
  EXPECT_EQ(to_plain_text("a \\\\ b"), "a \\ b");
}

TEST(PlainTextMarkdown, BlocksBecomeLines) {
  EXPECT_EQ(to_plain_text("First paragraph\nstill first.\n\nSecond."), "First paragraph still first.\n\nSecond.");
  EXPECT_EQ(to_plain_text("line one  \nline two"), "line one\nline two");
  EXPECT_EQ(to_plain_text("Intro:\n\n- one\n- two\n\n1. first\n2. second\n\nEnd"),
            "Intro:\n\n• one\n• two\n\n• first\n• second\n\nEnd");
  EXPECT_EQ(to_plain_text("## Heading\nText\n\n> quoted"), "Heading\n\nText\n\nquoted");
  EXPECT_EQ(to_plain_text("```\ncode  line\n  indented\n```\nafter"), "code  line\n  indented\n\nafter");
}

TEST(PlainTextMarkdown, InlineHtmlInsideMarkdown) {
  EXPECT_EQ(to_plain_text("one<br>two <b>bold</b>"), "one\ntwo bold");
  EXPECT_EQ(to_plain_text("a <script>alert(1)</script> b"), "a b");
  EXPECT_EQ(to_plain_text("logo: <img src=x.png alt=\"ACME logo\"> end"), "logo: ACME logo end");
}

TEST(PlainTextHtml, ParagraphsListsAndBreaks) {
  EXPECT_EQ(to_plain_text("<p>One</p><p>Two<br>three</p><ul><li>a</li><li>b</li></ul><p>End</p>"),
            "One\n\nTwo\nthree\n\n• a\n• b\n\nEnd");
  EXPECT_EQ(to_plain_text("<div>x</div><div>y</div>"), "x\ny");
}

TEST(PlainTextHtml, ScriptStyleAndCommentsDropped) {
  EXPECT_EQ(to_plain_text("<p>Hi</p><script>var x = '<p>no</p>';</script><style>p{color:red}</style><!-- c --><p>there</p>"),
            "Hi\n\nthere");
}

TEST(PlainTextHtml, ImagesLinksAndEntities) {
  EXPECT_EQ(to_plain_text("<p><img src=\"a.png\" alt=\"Stage map\"> and <a\nhref=\"https://x.org\">the\nlink</a></p>"),
            "Stage map and the link");
  EXPECT_EQ(to_plain_text("<p>Tom &amp;lt; Jerry &amp; &eacute;t&eacute;</p>"), "Tom &lt; Jerry & été");
  EXPECT_EQ(to_plain_text("<p>FLINTA* only, *not* emphasis in HTML</p>"), "FLINTA* only, *not* emphasis in HTML");
}

TEST(PlainTextHtml, IndentedHtmlIsNotCode) {
  EXPECT_EQ(to_plain_text("<div>\n\n    <p>Indented after a blank line</p>\n\n</div>"), "Indented after a blank line");
}

TEST(PlainTextHostile, DeepNestingNeitherStallsNorOverflows) {
  std::string divs;
  for (int i = 0; i < 200; ++i) divs += "<div>";
  EXPECT_EQ(to_plain_text(divs + "deep"), "deep");
  // libxml2 stops reading HTML nested deeper than 256 elements: the text past that is dropped,
  // the rest is kept, and the walk neither recurses nor stalls.
  for (int i = 0; i < 100'000; ++i) divs += "<div>";
  EXPECT_EQ(to_plain_text("<p>kept</p>" + divs + "deep"), "kept");
  std::string quotes(100'000, '>');
  quotes += " deep";
  EXPECT_EQ(to_plain_text(quotes), "deep");
  std::string items;
  for (int i = 0; i < 10'000; ++i) items += std::string(static_cast<std::size_t>(i % 50) * 2, ' ') + "- x\n";
  EXPECT_NE(to_plain_text(items).find("• x"), std::string::npos);
}

}  // namespace
}  // namespace marquee::content
