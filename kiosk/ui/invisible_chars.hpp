#pragma once
// Characters that have no visible form of their own: zero-width spaces and joiners, word joiner,
// byte-order mark, variation selectors (U+FE0F asks for the emoji style of the character before
// it), soft hyphen, bidi marks. Fonts draw them as a box or a '?' when they have no glyph, so the
// atlas never loads them and they fall to the invisible fallback glyph (fonts.cpp).
namespace marquee::ui {

constexpr bool is_invisible_format_char(char32_t c) {
  return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x180E || (c >= 0x200A && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0xFEFF || (c >= 0xE0000 && c <= 0xE0FFF);  // tags and variation selectors 17-256
}

}  // namespace marquee::ui
