#pragma once
// Text an attendee reads, in every language the content provides. en and zh are required for
// titles and names; es is optional (the Barcelona venue). Lookups fall back per field.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace marquee::content {

enum class Lang { En, Zh, Es };
inline constexpr std::array<Lang, 3> kAllLangs = {Lang::En, Lang::Zh, Lang::Es};

std::string_view lang_code(Lang lang);  // "en", "zh", "es"

// One of three per-language things (string tables, phrase books): the one for `lang`.
template <typename T>
const T& by_lang(Lang lang, const T& en, const T& zh, const T& es) {
  return lang == Lang::Zh ? zh : lang == Lang::Es ? es : en;
}
std::optional<Lang> lang_from_code(std::string_view code);

class LocalizedText {
 public:
  LocalizedText() = default;
  void set(Lang lang, std::string text) { text_[index(lang)] = std::move(text); }
  bool has(Lang lang) const { return !text_[index(lang)].empty(); }
  bool empty() const { return !has(Lang::En) && !has(Lang::Zh) && !has(Lang::Es); }
  // The text exactly in that language ("" if absent).
  const std::string& exact(Lang lang) const { return text_[index(lang)]; }
  // The text in that language, else the fallback order: es -> en -> zh, en -> zh -> es, zh -> en -> es.
  const std::string& get(Lang lang) const;

 private:
  static std::size_t index(Lang lang) { return static_cast<std::size_t>(lang); }
  std::array<std::string, 3> text_;
};

}  // namespace marquee::content
