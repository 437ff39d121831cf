// Building the search index from a content snapshot.
#include <algorithm>
#include <array>

#include "content/search/search_data.hpp"

namespace marquee::content::search {
namespace {

constexpr std::array<Lang, 3> kLangs = {Lang::En, Lang::Zh, Lang::Es};

MatchLang match_lang(Lang lang) {
  switch (lang) {
    case Lang::En:
      return MatchLang::En;
    case Lang::Zh:
      return MatchLang::Zh;
    case Lang::Es:
      return MatchLang::Es;
  }
  return MatchLang::Any;
}

class Builder {
 public:
  explicit Builder(SearchIndex::Data& d) : d_(d) {}

  void begin_item(ItemKind kind, std::size_t index, const std::string& id, const LocalizedText& name) {
    d_.items.push_back({kind, static_cast<std::uint32_t>(index), id, name});
    item_keys_.clear();
  }

  // Every language of a text; names and other short fields also by pinyin and initials.
  void add(MatchField field, const LocalizedText& text, bool primary) {
    for (Lang lang : kLangs) {
      const std::string& t = text.exact(lang);
      if (t.empty()) continue;
      add_one(field, match_lang(lang), FoldMode::Plain, primary, t);
      if (primary && TextFolder::has_han(t)) {
        add_one(field, MatchLang::Pinyin, FoldMode::Pinyin, primary, t);
        add_one(field, MatchLang::Initials, FoldMode::Initials, primary, t);
      }
      // "München" is also found as "muenchen"; the other direction is the query's (search()).
      if (primary && TextFolder::has_translit(t)) add_one(field, MatchLang::Translit, FoldMode::Translit, primary, t);
    }
  }

  void add_plain(MatchField field, const std::string& text) {
    if (!text.empty()) add_one(field, MatchLang::Any, FoldMode::Plain, true, text);
  }

  void finish();

 private:
  void add_one(MatchField field, MatchLang lang, FoldMode mode, bool primary, const std::string& text);
  void build_trigrams();
  void build_words();

  SearchIndex::Data& d_;
  std::vector<std::pair<MatchField, std::string>> item_keys_;  // dedupe within the item
};

void Builder::add_one(MatchField field, MatchLang lang, FoldMode mode, bool primary,
                      const std::string& text) {
  FoldedKey k = d_.folder->fold(text, mode, false);
  if (k.key.empty()) return;
  for (const auto& [f, key] : item_keys_) {
    if (f == field && key == k.key) return;  // "Huawei" in en and es: index once
  }
  item_keys_.emplace_back(field, k.key);
  IndexField rec{};
  rec.item = static_cast<std::uint32_t>(d_.items.size() - 1);
  rec.field = field;
  rec.lang = lang;
  rec.mode = mode;
  rec.primary = primary;
  rec.key_off = static_cast<std::uint32_t>(d_.keys.size());
  rec.key_len = static_cast<std::uint32_t>(k.key.size());
  rec.ws_off = static_cast<std::uint32_t>(d_.word_starts.size());
  rec.ws_len = static_cast<std::uint32_t>(k.word_starts.size());
  rec.text = static_cast<std::uint32_t>(d_.texts.size());
  d_.keys += k.key;
  d_.word_starts.insert(d_.word_starts.end(), k.word_starts.begin(), k.word_starts.end());
  d_.texts.push_back(text);
  d_.fields.push_back(rec);
}

// Each field's distinct trigrams, in ascending order (reuses `codes`).
void field_trigrams(std::string_view key, std::vector<std::uint32_t>& codes) {
  codes.clear();
  for (std::size_t i = 0; i + 3 <= key.size(); ++i) codes.push_back(trigram(key, i));
  std::sort(codes.begin(), codes.end());
  codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
}

// Trigram -> fields, built like a counting sort so the build never holds more than one array
// the size of all postings (a table of (trigram, field) pairs was three times that, and was the
// kiosk's peak memory at 10k exhibitors).
void Builder::build_trigrams() {
  std::vector<std::uint32_t> codes;
  {
    std::vector<std::uint32_t> all;  // every field's distinct trigrams
    std::size_t upper = 0;
    for (const IndexField& field : d_.fields) upper += field.key_len >= 3 ? field.key_len - 2 : 0;
    all.reserve(upper);
    for (const IndexField& field : d_.fields) {
      field_trigrams(d_.key(field), codes);
      all.insert(all.end(), codes.begin(), codes.end());
    }
    std::sort(all.begin(), all.end());
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (i == 0 || all[i] != all[i - 1]) {
        d_.tri_codes.push_back(all[i]);
        d_.tri_offsets.push_back(static_cast<std::uint32_t>(i));
      }
    }
    d_.tri_offsets.push_back(static_cast<std::uint32_t>(all.size()));
  }  // `all` is freed before the postings are allocated
  d_.tri_codes.shrink_to_fit();
  d_.tri_offsets.shrink_to_fit();
  d_.postings.resize(d_.tri_offsets.back());
  std::vector<std::uint32_t> cursor(d_.tri_offsets.begin(), d_.tri_offsets.end() - 1);
  for (std::uint32_t f = 0; f < d_.fields.size(); ++f) {  // ascending f: each posting list sorted
    field_trigrams(d_.key(d_.fields[f]), codes);
    for (std::uint32_t c : codes) {
      const auto slot = std::lower_bound(d_.tri_codes.begin(), d_.tri_codes.end(), c) - d_.tri_codes.begin();
      d_.postings[cursor[static_cast<std::size_t>(slot)]++] = f;
    }
  }
}

void Builder::build_words() {
  std::size_t later_starts = 0;
  for (const IndexField& field : d_.fields) later_starts += field.ws_len;
  d_.starts.reserve(d_.fields.size());
  d_.words.reserve(later_starts);
  for (std::uint32_t f = 0; f < d_.fields.size(); ++f) {
    const IndexField& field = d_.fields[f];
    const std::string_view key = d_.key(field);
    d_.starts.push_back({head_of(key), f, 0, field.primary ? 1u : 0u});
    if (!field.primary || field.mode == FoldMode::Initials) continue;
    for (std::uint32_t w = 0; w < field.ws_len; ++w) {
      const std::uint32_t pos = d_.word_starts[field.ws_off + w];
      if (pos > 0) d_.words.push_back({head_of(key.substr(pos)), f, pos, 1u});
    }
  }
  auto by_suffix = [this](const WordEntry& a, const WordEntry& b) {
    return a.head != b.head ? a.head < b.head : d_.suffix(a) < d_.suffix(b);
  };
  std::sort(d_.starts.begin(), d_.starts.end(), by_suffix);
  std::sort(d_.words.begin(), d_.words.end(), by_suffix);
  d_.words.shrink_to_fit();  // reserved for every word start; initials and positions 0 are not in it
}

void Builder::finish() {
  build_trigrams();
  build_words();
  d_.keys.shrink_to_fit();
  d_.fields.shrink_to_fit();
  d_.texts.shrink_to_fit();
}

template <typename T>
std::size_t bytes_of(const std::vector<T>& v) {
  return v.capacity() * sizeof(T);
}

SearchStats stats_of(const SearchIndex::Data& d) {
  SearchStats s;
  s.items = d.items.size();
  s.fields = d.fields.size();
  s.key_bytes = d.keys.size();
  s.trigrams = d.tri_codes.size();
  s.postings = d.postings.size();
  s.word_entries = d.starts.size() + d.words.size();
  std::size_t text_bytes = 0;
  for (const auto& t : d.texts) text_bytes += sizeof(std::string) + (t.size() > 15 ? t.capacity() : 0);
  std::size_t item_bytes = 0;
  for (const auto& i : d.items) {
    item_bytes += sizeof(IndexItem) + (i.id.size() > 15 ? i.id.capacity() : 0);
    for (Lang l : kLangs) item_bytes += i.name.exact(l).size() > 15 ? i.name.exact(l).capacity() : 0;
  }
  s.memory_bytes = d.keys.capacity() + bytes_of(d.fields) + bytes_of(d.word_starts) + text_bytes +
                   item_bytes + bytes_of(d.tri_codes) + bytes_of(d.tri_offsets) + bytes_of(d.postings) +
                   bytes_of(d.words);
  return s;
}

}  // namespace

SearchIndex::SearchIndex(std::unique_ptr<Data> data) : data_(std::move(data)), stats_(stats_of(*data_)) {}
SearchIndex::~SearchIndex() = default;

std::shared_ptr<const SearchIndex> build_search_index(const Content& content) {
  auto data = std::make_unique<SearchIndex::Data>();
  data->folder = std::make_unique<TextFolder>();
  Builder b(*data);
  for (std::size_t i = 0; i < content.exhibitors.size(); ++i) {
    const Exhibitor& e = content.exhibitors[i];
    b.begin_item(ItemKind::Exhibitor, i, e.id, e.name);
    b.add(MatchField::Name, e.name, true);
    b.add_plain(MatchField::Booth, e.booth);
    for (const auto& sector_id : e.sectors) {
      if (const Sector* s = content.sector(sector_id)) b.add(MatchField::Sector, s->name, true);
    }
    b.add(MatchField::Description, e.description, false);
  }
  for (std::size_t i = 0; i < content.sessions.size(); ++i) {
    const Session& s = content.sessions[i];
    b.begin_item(ItemKind::Session, i, s.id, s.title);
    b.add(MatchField::Title, s.title, true);
    for (const auto& speaker_id : s.speakers) {
      if (const Speaker* sp = content.speaker(speaker_id)) b.add(MatchField::Speaker, sp->name, true);
    }
    b.add(MatchField::Abstract, s.abstract, false);
  }
  for (std::size_t i = 0; i < content.speakers.size(); ++i) {
    const Speaker& s = content.speakers[i];
    b.begin_item(ItemKind::Speaker, i, s.id, s.name);
    b.add(MatchField::Name, s.name, true);
    b.add(MatchField::Affiliation, s.affiliation, true);
    b.add(MatchField::Bio, s.bio, false);
  }
  b.finish();
  return std::make_shared<const SearchIndex>(std::move(data));
}

}  // namespace marquee::content::search
