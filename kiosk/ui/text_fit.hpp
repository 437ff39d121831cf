#pragma once
// One line of text that must stay on one line (a session card's title, its room and kind): cut to
// the width it has, between characters (never inside a UTF-8 sequence, never between a letter and
// an accent written as its own code point), with "…" so a reader sees that more was there instead
// of a word sliced through by the clip rectangle.
#include <imgui.h>

#include <string>
#include <string_view>

namespace marquee::ui {

// `text` when it fits in `max_width` at `size` px; else its longest prefix that fits with "…"
// after it (trailing spaces dropped); "…" alone when not even one character fits, and "" when
// the ellipsis itself does not.
std::string fit_one_line(const ImFont& font, float size, std::string_view text, float max_width);

}  // namespace marquee::ui
