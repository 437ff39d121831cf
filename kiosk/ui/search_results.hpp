#pragma once
// What the search box shows: with an empty query, the exhibitors A–Z; with a query, the ranked
// hits of the content's search index over exhibitors, sessions and speakers (pinyin, accents,
// typos...), each saying what matched. Recomputed only when the content, language, sector chip or
// typed text changes, so a 10k list costs one search per keystroke, not one per frame. A venue
// (empty: all) keeps exhibitors of that venue only; sessions and speakers are never cut by it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/model.hpp"
#include "content/search/search_index.hpp"

namespace marquee::ui {

// Why a row matched, for the attendee: which field, through which script (pinyin, initials), and
// a short excerpt of the matching text with the matched bytes marked.
struct MatchInfo {
  content::search::MatchField field = content::search::MatchField::Name;
  content::search::MatchLang lang = content::search::MatchLang::Any;
  std::string excerpt;                     // at most ~100 bytes around the match, "…" where cut
  std::size_t begin = 0, end = 0;          // the matched bytes within excerpt
};

struct ResultRow {
  const content::Exhibitor* exhibitor = nullptr;  // exactly one of the three is set
  const content::Session* session = nullptr;
  const content::Speaker* speaker = nullptr;
  std::optional<MatchInfo> match;  // none for the plain A–Z list
};

// The venue an exhibitor stands at (through its booth's hall); empty when unknown.
std::string exhibitor_venue(const content::Content& c, const content::Exhibitor& e);
// An excerpt of `text` around [begin, end) cut at UTF-8 boundaries, with the match re-based.
MatchInfo excerpt_match(std::string_view text, std::size_t begin, std::size_t end, std::size_t context = 36);

class SearchResultsCache {
 public:
  // index may be null (still being built, or built for another snapshot): a plain substring
  // filter over exhibitor names is used meanwhile.
  const std::vector<ResultRow>& get(const content::Content& c, const content::search::SearchIndex* index,
                                    content::Lang lang, const std::string& sector, const std::string& query,
                                    const std::string& venue = {});

 private:
  const content::Content* content_ = nullptr;
  const content::search::SearchIndex* index_ = nullptr;
  content::Lang lang_ = content::Lang::En;
  std::string sector_, query_, venue_;
  bool valid_ = false;
  std::vector<ResultRow> rows_;
};

}  // namespace marquee::ui
