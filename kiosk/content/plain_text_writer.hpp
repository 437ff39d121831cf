#pragma once
// The output half of to_plain_text: both tree walks (Markdown via cmark, HTML via gumbo) hand it
// words, line breaks and paragraph breaks, and it decides the spacing once, so the two agree on
// what a paragraph or a list item looks like on the kiosk.
#include <string>
#include <string_view>

namespace marquee::content {

class PlainTextWriter {
 public:
  // Running text: runs of spaces, tabs and newlines become one space between words.
  void text(std::string_view s);
  // Text whose line breaks matter (code blocks, <pre>): newlines kept, other spacing kept.
  void verbatim(std::string_view s);
  // Ends the current line (a <br>, a hard break, the end of a list item).
  void line_break();
  // Ends the current paragraph: one blank line before whatever comes next.
  void paragraph_break();
  // Starts a list item on its own line.
  void bullet();

  std::string finish();

 private:
  void flush_breaks();
  std::string out_;
  int pending_newlines_ = 0;  // 0, 1 or 2, written only when more text follows
  bool pending_space_ = false;
};

}  // namespace marquee::content
