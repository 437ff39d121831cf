#pragma once
// Search keys: text folded so that what a visitor types matches what the content says. ICU does
// the Unicode work (NFKC, case folding, accent stripping, Han -> pinyin); the result is a compact
// key of letters and digits only, so spacing and punctuation never matter ("O'Brien" -> "obrien").
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace marquee::content::search {

enum class FoldMode {
  Plain,    // "Café O'Brien" -> "cafeobrien", "华为" -> "华为"
  Pinyin,   // "华为 Mate" -> "huaweimate" (each Han character becomes its syllable)
  Initials,  // "华为 Mate" -> "hwm" (first letter of each syllable or word)
  Translit   // "München Århus" -> "muenchenaarhus": ä ö ü å ø spelled out as German and Nordic
             // writers do without them (ß and æ are "ss" and "ae" in every mode)
};

// A folded key; word_starts are byte offsets where a word begins (after a space or punctuation, at
// each pinyin syllable, at a change between Han and other scripts). sources[i] is the byte range
// in the original text that produced key byte i, so a match in the key can be highlighted.
struct FoldedKey {
  std::string key;
  std::vector<std::uint32_t> word_starts;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> sources;
};

// One code point after folding.
struct FoldedChar {
  std::string text;  // letters and digits only; empty for punctuation, spaces and marks
  bool han = false;  // a Han character (gets pinyin)
};

// Built on the sync thread while indexing (caches fill up); afterwards only its const methods are
// used, from any thread. Characters first seen in a query are folded without touching the caches.
class TextFolder {
 public:
  TextFolder();
  ~TextFolder();
  TextFolder(const TextFolder&) = delete;
  TextFolder& operator=(const TextFolder&) = delete;

  // Folds text while building the index (fills the caches).
  FoldedKey fold(std::string_view text, FoldMode mode, bool with_sources);
  // Folds a query or recomputes a key for highlighting; never changes the caches.
  FoldedKey fold_const(std::string_view text, FoldMode mode, bool with_sources) const;
  static bool has_han(std::string_view text);
  // Whether Translit would fold the text differently from Plain (it holds ä ö ü å ø).
  static bool has_translit(std::string_view text);

 private:
  struct Impl;
  FoldedChar fold_code_point(char32_t c) const;
  std::vector<std::string> pinyin_of_run(const std::u32string& run) const;

  std::unique_ptr<Impl> impl_;
  std::unordered_map<char32_t, FoldedChar> fold_cache_;
  std::unordered_map<std::u32string, std::vector<std::string>> pinyin_cache_;
};

}  // namespace marquee::content::search
