#pragma once
// The tables behind SearchIndex (internal to kiosk/content/search).
#include <string>
#include <vector>

#include "content/search/search_index.hpp"
#include "content/search/text_folder.hpp"

namespace marquee::content::search {

struct IndexItem {
  ItemKind kind;
  std::uint32_t index;
  std::string id;
  LocalizedText name;
};

struct IndexField {
  std::uint32_t item;
  MatchField field;
  MatchLang lang;
  FoldMode mode;
  bool primary;                    // names and other short fields: word-start table, typo matching
  std::uint32_t key_off, key_len;  // in keys
  std::uint32_t ws_off, ws_len;    // in word_starts
  std::uint32_t text;              // in texts: the original text
};

// A word start of a primary field; the table is sorted by the key suffix from there.
struct WordEntry {
  std::uint32_t field, pos;
};

struct SearchIndex::Data {
  std::unique_ptr<TextFolder> folder;
  std::vector<IndexItem> items;
  std::vector<IndexField> fields;
  std::string keys;
  std::vector<std::uint32_t> word_starts;
  std::vector<std::string> texts;
  // Trigram -> fields containing it (byte trigrams of the keys; one CJK character is one trigram).
  std::vector<std::uint32_t> tri_codes, tri_offsets, postings;
  std::vector<WordEntry> words;

  std::string_view key(const IndexField& f) const {
    return std::string_view(keys).substr(f.key_off, f.key_len);
  }
  std::string_view suffix(const WordEntry& w) const { return key(fields[w.field]).substr(w.pos); }
};

inline std::uint32_t trigram(std::string_view s, std::size_t i) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[i])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[i + 2]));
}

}  // namespace marquee::content::search
