#pragma once
// What the search box shows: with an empty query, the exhibitors A–Z; with a query, the ranked
// hits of the content's search index over exhibitors, sessions and speakers (pinyin, accents,
// typos...), each saying what matched. Recomputed only when the content, language, sector chip or
// typed text changes, so a 10k list costs one search per keystroke, not one per frame.
#include <memory>
#include <string>
#include <vector>

#include "content/model.hpp"
#include "content/search/search_index.hpp"

namespace marquee::ui {

struct ResultRow {
  const content::Exhibitor* exhibitor = nullptr;  // exactly one of the three is set
  const content::Session* session = nullptr;
  const content::Speaker* speaker = nullptr;
  std::string matched;  // e.g. "name (pinyin): 华为" — empty for the plain A–Z list
};

class SearchResultsCache {
 public:
  // index may be null (still being built, or built for another snapshot): a plain substring
  // filter over exhibitor names is used meanwhile.
  const std::vector<ResultRow>& get(const content::Content& c, const content::search::SearchIndex* index,
                                    content::Lang lang, const std::string& sector, const std::string& query);

 private:
  const content::Content* content_ = nullptr;
  const content::search::SearchIndex* index_ = nullptr;
  content::Lang lang_ = content::Lang::En;
  std::string sector_, query_;
  bool valid_ = false;
  std::vector<ResultRow> rows_;
};

}  // namespace marquee::ui
