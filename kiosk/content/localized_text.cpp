#include "content/localized_text.hpp"

namespace marquee::content {

std::string_view lang_code(Lang lang) {
  switch (lang) {
    case Lang::En:
      return "en";
    case Lang::Zh:
      return "zh";
    case Lang::Es:
      return "es";
  }
  return "en";
}

std::optional<Lang> lang_from_code(std::string_view code) {
  if (code == "en") return Lang::En;
  if (code == "zh" || code == "zh-CN" || code == "zh-Hans") return Lang::Zh;
  if (code == "es") return Lang::Es;
  return std::nullopt;
}

const std::string& LocalizedText::get(Lang lang) const {
  static constexpr std::array<std::array<Lang, 3>, 3> kOrder = {{
      {Lang::En, Lang::Zh, Lang::Es},
      {Lang::Zh, Lang::En, Lang::Es},
      {Lang::Es, Lang::En, Lang::Zh},
  }};
  for (Lang candidate : kOrder[index(lang)]) {
    if (has(candidate)) return exact(candidate);
  }
  return text_[0];
}

}  // namespace marquee::content
