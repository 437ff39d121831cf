// Answering a query: candidates from the trigram table (3+ bytes) or the word-start table
// (shorter queries), one-typo matches from the word-start table, best match per item, ranking.
#include <algorithm>
#include <optional>

#include "content/search/search_data.hpp"

namespace marquee::content::search {
namespace {

constexpr std::uint8_t kNone = 255;

struct Candidate {
  std::uint8_t tier = kNone;
  std::uint32_t field = 0, pos = 0, len = 0;
};

// Lower sorts first: tier, then names before long text, then a match as written before one by
// transliteration, then kind, then shorter text, then order.
struct RankKey {
  std::uint8_t tier, secondary, spelled, kind;
  std::uint32_t key_len, item;
  auto operator<=>(const RankKey&) const = default;
};

bool all_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Is q within one edit (substitution, insertion, deletion, adjacent swap) of some prefix of s?
bool one_edit_prefix(std::string_view q, std::string_view s) {
  std::size_t i = 0;
  while (i < q.size() && i < s.size() && q[i] == s[i]) ++i;
  if (i == q.size()) return true;
  auto is_prefix = [](std::string_view a, std::string_view b) { return b.substr(0, a.size()) == a; };
  const std::string_view qs = q.substr(i + 1);
  if (i + 1 <= s.size() && is_prefix(qs, s.substr(std::min(i + 1, s.size())))) return true;  // substitution
  if (is_prefix(qs, s.substr(i))) return true;  // extra char in q
  if (i + 1 <= s.size() && is_prefix(q.substr(i), s.substr(std::min(i + 1, s.size()))))
    return true;  // missing
  return i + 1 < q.size() && i + 1 < s.size() && q[i] == s[i + 1] && q[i + 1] == s[i] &&
         is_prefix(q.substr(i + 2), s.substr(i + 2));
}

class Query {
 public:
  // spelled: q is the query with ä ö ü å ø spelled out (its matches rank after direct ones).
  Query(const SearchIndex::Data& d, std::string q, bool spelled = false)
      : d_(d), q_(std::move(q)), spelled_(spelled), best_(d.items.size()) {}

  // Tier by tier, stopping once limit items are found: everything a later step could add ranks
  // below what is already there (names rank before long text within a tier).
  void run(std::size_t limit) {
    prefix_pass(d_.starts, false);  // exact and prefix, every field
    if (touched_.size() >= limit) return;
    prefix_pass(d_.words, true);  // word-prefix in names
    if (touched_.size() >= limit) return;
    if (q_.size() >= 3) from_trigrams();  // word-prefix in long text, substrings
    if (touched_.size() < limit && q_.size() >= 4 && all_ascii(q_)) typos();
  }
  std::vector<std::uint32_t> ranked(std::size_t limit) const;
  const Candidate& best(std::uint32_t item) const { return best_[item]; }
  RankKey rank(std::uint32_t item) const;

 private:
  void consider(std::uint32_t field, MatchTier tier, std::uint32_t pos, std::uint32_t len);
  void verify(std::uint32_t field);
  void from_trigrams();
  void prefix_pass(const std::vector<WordEntry>& table, bool inner);
  void typos();
  void typos_in(const std::vector<WordEntry>& table);

  const SearchIndex::Data& d_;
  std::string q_;
  bool spelled_;
  std::vector<Candidate> best_;
  std::vector<std::uint32_t> touched_;
};

// Within a tier: the item's own name or title first (typing a speaker's name finds the speaker
// before the sessions they speak at), then its other short fields, then long text.
std::uint8_t field_rank(const IndexField& f) {
  if (!f.primary) return 2;
  return f.field == MatchField::Name || f.field == MatchField::Title ? 0 : 1;
}

RankKey Query::rank(std::uint32_t item) const {
  const Candidate& c = best_[item];
  const IndexField& f = d_.fields[c.field];
  const auto spelled = static_cast<std::uint8_t>(spelled_ || f.lang == MatchLang::Translit ? 1 : 0);
  return {c.tier, field_rank(f), spelled, static_cast<std::uint8_t>(d_.items[item].kind), f.key_len, item};
}

void Query::consider(std::uint32_t field, MatchTier tier, std::uint32_t pos, std::uint32_t len) {
  const IndexField& f = d_.fields[field];
  Candidate& b = best_[f.item];
  if (b.tier == kNone) touched_.push_back(f.item);
  const auto t = static_cast<std::uint8_t>(tier);
  if (b.tier != kNone) {
    const IndexField& bf = d_.fields[b.field];
    const auto mine = std::tuple(t, field_rank(f), f.lang == MatchLang::Translit, f.key_len);
    const auto theirs = std::tuple(b.tier, field_rank(bf), bf.lang == MatchLang::Translit, bf.key_len);
    if (!(mine < theirs)) return;
  }
  b = {t, field, pos, len};
}

void Query::verify(std::uint32_t field) {
  const IndexField& f = d_.fields[field];
  const std::string_view key = d_.key(f);
  const auto len = static_cast<std::uint32_t>(q_.size());
  std::size_t pos = key.find(q_);
  if (pos == std::string_view::npos) return;
  if (pos == 0)
    return consider(field, key.size() == q_.size() ? MatchTier::Exact : MatchTier::Prefix, 0, len);
  if (f.mode == FoldMode::Initials) return;  // initials only count from the start
  const auto ws_begin = d_.word_starts.begin() + f.ws_off;
  const auto ws_end = ws_begin + f.ws_len;
  for (std::size_t p = pos; p != std::string_view::npos; p = key.find(q_, p + 1)) {
    if (std::binary_search(ws_begin, ws_end, static_cast<std::uint32_t>(p))) {
      return consider(field, MatchTier::WordPrefix, static_cast<std::uint32_t>(p), len);
    }
  }
  consider(field, MatchTier::Substring, static_cast<std::uint32_t>(pos), len);
}

// Intersects the posting lists of the query's trigrams, rarest first, then checks each field.
void Query::from_trigrams() {
  std::vector<std::pair<const std::uint32_t*, const std::uint32_t*>> lists;
  for (std::size_t i = 0; i + 3 <= q_.size(); ++i) {
    const std::uint32_t code = trigram(q_, i);
    auto it = std::lower_bound(d_.tri_codes.begin(), d_.tri_codes.end(), code);
    if (it == d_.tri_codes.end() || *it != code) return;
    const auto k = static_cast<std::size_t>(it - d_.tri_codes.begin());
    lists.emplace_back(d_.postings.data() + d_.tri_offsets[k], d_.postings.data() + d_.tri_offsets[k + 1]);
  }
  std::sort(lists.begin(), lists.end(),
            [](const auto& a, const auto& b) { return a.second - a.first < b.second - b.first; });
  std::vector<std::uint32_t> fields(lists.front().first, lists.front().second);
  for (std::size_t l = 1; l < lists.size() && !fields.empty(); ++l) {
    std::erase_if(fields,
                  [&](std::uint32_t f) { return !std::binary_search(lists[l].first, lists[l].second, f); });
  }
  for (std::uint32_t f : fields) verify(f);
}

// Every entry of a sorted word table whose suffix begins with the query.
void Query::prefix_pass(const std::vector<WordEntry>& table, bool inner) {
  const std::uint64_t qhead = head_of(q_);
  const std::size_t n = std::min<std::size_t>(q_.size(), 8);
  const std::uint64_t mask = n == 8 ? ~0ULL : ~(~0ULL >> (8 * n));
  auto it = std::lower_bound(table.begin(), table.end(), q_, [&](const WordEntry& w, const std::string& q) {
    return w.head != qhead ? w.head < qhead : d_.suffix(w) < q;
  });
  const auto len = static_cast<std::uint32_t>(q_.size());
  for (; it != table.end() && (it->head & mask) == (qhead & mask); ++it) {
    if (q_.size() > 8 && d_.suffix(*it).substr(0, q_.size()) != q_) break;
    if (inner) {
      consider(it->field, MatchTier::WordPrefix, it->pos, len);
    } else {
      consider(it->field, d_.fields[it->field].key_len == len ? MatchTier::Exact : MatchTier::Prefix, 0, len);
    }
  }
}

// One typo, first letter right, in names: a cheap check on the 8 head bytes first (if q is one
// edit from a prefix of the suffix, its first 7 bytes are one edit from a prefix of those 8).
void Query::typos_in(const std::vector<WordEntry>& table) {
  const std::uint64_t first = static_cast<std::uint64_t>(static_cast<unsigned char>(q_[0])) << 56;
  auto it = std::lower_bound(table.begin(), table.end(), first,
                             [](const WordEntry& w, std::uint64_t h) { return w.head < h; });
  const std::string_view q7 = std::string_view(q_).substr(0, 7);
  char buf[8];
  std::uint64_t last_head = 0;
  bool last_ok = false;
  for (; it != table.end() && (it->head >> 56) == (first >> 56); ++it) {
    if (it->head != last_head) {  // equal heads are adjacent: check each distinct one once
      last_head = it->head;
      last_ok = one_edit_prefix(q7, head_view(it->head, buf));
    }
    if (!it->primary || !last_ok) continue;
    const IndexField& f = d_.fields[it->field];
    if (best_[f.item].tier != kNone || f.mode == FoldMode::Initials) continue;
    if (one_edit_prefix(q_, d_.suffix(*it))) {
      const auto len = std::min<std::uint32_t>(static_cast<std::uint32_t>(q_.size()), f.key_len - it->pos);
      consider(it->field, MatchTier::Typo, it->pos, len);
    }
  }
}

void Query::typos() {
  typos_in(d_.starts);
  typos_in(d_.words);
}

std::vector<std::uint32_t> Query::ranked(std::size_t limit) const {
  std::vector<std::uint32_t> items = touched_;
  const std::size_t n = std::min(limit, items.size());
  std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(n), items.end(),
                    [this](std::uint32_t a, std::uint32_t b) { return rank(a) < rank(b); });
  items.resize(n);
  return items;
}

}  // namespace

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
  const Data& d = *data_;
  FoldedKey q = d.folder->fold_const(query, FoldMode::Plain, false);
  if (q.key.empty() || limit == 0) return {};
  Query run(d, q.key);
  run.run(limit);
  // A query with ä ö ü å ø also runs spelled out, to find content written that way ("Århus"
  // finds "Aarhus"); per item the better match of the two wins, the plain one on a tie.
  std::optional<Query> spelled;
  if (TextFolder::has_translit(query)) {
    FoldedKey t = d.folder->fold_const(query, FoldMode::Translit, false);
    if (!t.key.empty() && t.key != q.key) {
      spelled.emplace(d, std::move(t.key), true);
      spelled->run(limit);
    }
  }
  std::vector<std::pair<std::uint32_t, const Query*>> chosen;
  for (std::uint32_t item : run.ranked(limit)) chosen.emplace_back(item, &run);
  if (spelled) {
    for (std::uint32_t item : spelled->ranked(limit)) {
      auto it = std::find_if(chosen.begin(), chosen.end(), [&](const auto& c) { return c.first == item; });
      if (it == chosen.end()) {
        chosen.emplace_back(item, &*spelled);
      } else if (spelled->rank(item) < run.rank(item)) {
        it->second = &*spelled;
      }
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const auto& a, const auto& b) { return a.second->rank(a.first) < b.second->rank(b.first); });
    if (chosen.size() > limit) chosen.resize(limit);
  }
  std::vector<SearchHit> hits;
  for (const auto& [item, from] : chosen) {
    const Candidate& c = from->best(item);
    const IndexField& f = d.fields[c.field];
    const std::string& text = d.texts[f.text];
    // Highlight: fold the original again with byte sources and map the matched key bytes back.
    const FoldedKey k = d.folder->fold_const(text, f.mode, true);
    const std::uint32_t last = std::min<std::uint32_t>(c.pos + std::max<std::uint32_t>(c.len, 1),
                                                       static_cast<std::uint32_t>(k.sources.size())) -
                               1;
    const IndexItem& it = d.items[item];
    const MatchLang lang = from == &run ? f.lang : MatchLang::Translit;
    hits.push_back({it.kind, it.index, it.id, static_cast<MatchTier>(c.tier), f.field, lang, text,
                    k.sources[c.pos].first, k.sources[last].second, item});
  }
  return hits;
}

const std::string& SearchIndex::name(const SearchHit& hit, Lang lang) const {
  return data_->items[hit.item].name.get(lang);
}

std::string_view item_kind_name(ItemKind kind) {
  static constexpr std::string_view kNames[] = {"exhibitor", "session", "speaker"};
  return kNames[static_cast<std::size_t>(kind)];
}

std::string_view match_tier_name(MatchTier tier) {
  static constexpr std::string_view kNames[] = {"exact", "prefix", "word-prefix", "substring", "typo"};
  return kNames[static_cast<std::size_t>(tier)];
}

std::string_view match_field_name(MatchField field) {
  static constexpr std::string_view kNames[] = {"name",        "title",       "sector",   "booth", "speaker",
                                                "affiliation", "description", "abstract", "bio"};
  return kNames[static_cast<std::size_t>(field)];
}

std::string_view match_lang_name(MatchLang lang) {
  static constexpr std::string_view kNames[] = {"en", "zh", "es", "pinyin", "initials", "-", "translit"};
  return kNames[static_cast<std::size_t>(lang)];
}

}  // namespace marquee::content::search
