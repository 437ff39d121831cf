#pragma once
// Turns the HTML or Markdown that conference tools put in descriptions into plain text a kiosk
// can show: tags and markup removed, entities decoded, paragraphs and list items kept as lines.
#include <string>
#include <string_view>

namespace marquee::content {

std::string to_plain_text(std::string_view text);

}  // namespace marquee::content
