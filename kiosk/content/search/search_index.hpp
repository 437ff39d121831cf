#pragma once
// One search over exhibitors, sessions and speakers for the kiosk's search box. Built once per
// content snapshot off the UI thread (build_search_index, on ui::ContentIndexer's worker), then
// immutable and safe to query from the UI thread on every keystroke; it holds copies of what it
// shows, not pointers into Content.
//
// Ranking: the best match of each item by tier — exact > prefix > word-prefix > substring >
// one-typo — where within a tier a match in the item's own name or title ranks first, then one in
// another short field (sector, booth, speaker, affiliation), then one in long text (description,
// abstract, bio); then by kind — exhibitor > session > speaker; then the shorter matched text;
// then content order.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "content/model.hpp"

namespace marquee::content::search {

class TextFolder;

enum class ItemKind : std::uint8_t { Exhibitor, Session, Speaker };
enum class MatchTier : std::uint8_t { Exact, Prefix, WordPrefix, Substring, Typo };
enum class MatchField : std::uint8_t {
  Name,
  Title,
  Sector,
  Booth,
  Speaker,
  Affiliation,
  Description,
  Abstract,
  Bio
};
// The language of the text that matched; Pinyin and Initials match the zh text through its pinyin;
// Translit: a German/Nordic letter matched its spelled-out form ("muenchen" ~ "München",
// "Aarhus" ~ "Århus"), in either direction.
enum class MatchLang : std::uint8_t { En, Zh, Es, Pinyin, Initials, Any, Translit };

std::string_view item_kind_name(ItemKind kind);    // "exhibitor", "session", "speaker"
std::string_view match_tier_name(MatchTier tier);  // "exact", "prefix", "word-prefix", "substring", "typo"
std::string_view match_field_name(MatchField field);
std::string_view match_lang_name(MatchLang lang);  // "en", "zh", "es", "pinyin", "initials", "-", "translit"

struct SearchHit {
  ItemKind kind;
  std::uint32_t index;  // into Content::exhibitors / sessions / speakers of the indexed snapshot
  std::string_view id;
  MatchTier tier;
  MatchField field;
  MatchLang lang;
  // The original text that matched (for pinyin, the Chinese text) and the bytes to highlight in it.
  std::string_view text;
  std::uint32_t begin = 0, end = 0;
  std::uint32_t item = 0;  // the index's own item number (for name())
};

struct SearchStats {
  std::size_t items = 0, fields = 0, key_bytes = 0, trigrams = 0, postings = 0, word_entries = 0;
  std::size_t memory_bytes = 0;  // approximate heap use of the index
};

class SearchIndex {
 public:
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  // Up to limit hits, best first. Queries are folded like the content (case, accents, width,
  // spacing, punctuation). Queries shorter than 3 bytes after folding match names and other short
  // fields at word starts only; one-typo matches need 4+ ASCII letters with the first one right.
  std::vector<SearchHit> search(std::string_view query, std::size_t limit = 20) const;
  // The item's display name in that language (falls back like LocalizedText::get).
  const std::string& name(const SearchHit& hit, Lang lang) const;
  const SearchStats& stats() const { return stats_; }

  struct Data;  // the index tables (search_index.cpp)
  explicit SearchIndex(std::unique_ptr<Data> data);

 private:
  std::unique_ptr<Data> data_;
  SearchStats stats_;
};

std::shared_ptr<const SearchIndex> build_search_index(const Content& content);

}  // namespace marquee::content::search
