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

// A word start in a field's key. Tables of these are sorted by the key suffix from there; head
// holds its first 8 bytes (big-endian, zero-padded) so range scans and the typo pre-check read
// the table sequentially instead of chasing every key.
struct WordEntry {
  std::uint64_t head;
  std::uint32_t field;
  std::uint32_t pos : 31;
  std::uint32_t primary : 1;
};

inline std::uint64_t head_of(std::string_view s) {
  std::uint64_t h = 0;
  for (std::size_t i = 0; i < 8; ++i) h = h << 8 | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return h;
}

inline std::string_view head_view(const std::uint64_t& head, char (&buf)[8]) {
  std::size_t n = 0;
  for (; n < 8; ++n) {
    buf[n] = static_cast<char>((head >> (56 - 8 * n)) & 0xFF);
    if (buf[n] == 0) break;
  }
  return {buf, n};
}

struct SearchIndex::Data {
  std::unique_ptr<TextFolder> folder;
  std::vector<IndexItem> items;
  std::vector<IndexField> fields;
  std::string keys;
  std::vector<std::uint32_t> word_starts;
  std::vector<std::string> texts;
  // Trigram -> fields containing it (byte trigrams of the keys; one CJK character is one trigram).
  std::vector<std::uint32_t> tri_codes, tri_offsets, postings;
  std::vector<WordEntry> starts;  // every field at position 0: exact and prefix matches
  std::vector<WordEntry> words;   // later word starts of name-like fields: word-prefix matches

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
