#pragma once
// Language tags (BCP 47 shape: "en", "zh-Hans", "pt-BR", "es_ES" as pretalx writes them) as
// sessions carry them. Only the shape is checked; which languages exist is not Marquee's business.
#include <optional>
#include <string>
#include <string_view>

namespace marquee::content {

// A primary subtag of 2-3 ASCII letters, then subtags of 1-8 ASCII letters or digits joined by
// '-' (or '_'), at most 35 characters in all.
bool is_language_tag(std::string_view text);

// The primary subtag in lower case ("zh" for "ZH-Hant"), or nullopt when text is not a tag.
std::optional<std::string> primary_language(std::string_view text);

}  // namespace marquee::content
