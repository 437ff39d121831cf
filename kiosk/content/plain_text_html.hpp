#pragma once
// HTML (descriptions from frab and older conference tools) to plain text with libxml2's HTML
// parser: the parser decides what is a tag, an entity or a comment; this file only walks its tree.
// (gumbo was the first choice; Debian's gumbo 0.10.1 takes quadratic time in the nesting depth,
// 5 s for 40 000 unclosed <div>s, where libxml2 caps the depth and stays linear: bench/plain_text_bench.)
#include <string_view>

#include "content/plain_text_writer.hpp"

namespace marquee::content {

void append_html_as_text(std::string_view html, PlainTextWriter& out);

}  // namespace marquee::content
