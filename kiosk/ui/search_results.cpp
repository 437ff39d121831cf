#include "ui/search_results.hpp"

#include <algorithm>

#include "ui/exhibitor_filter.hpp"

namespace marquee::ui {
namespace {

namespace search = content::search;

bool in_sector(const content::Exhibitor& e, const std::string& sector) {
  return sector.empty() || std::find(e.sectors.begin(), e.sectors.end(), sector) != e.sectors.end();
}

ResultRow row_for(const content::Content& c, const search::SearchHit& hit, const std::string& sector) {
  ResultRow row;
  switch (hit.kind) {
    case search::ItemKind::Exhibitor:
      if (hit.index < c.exhibitors.size() && in_sector(c.exhibitors[hit.index], sector)) {
        row.exhibitor = &c.exhibitors[hit.index];
      }
      break;
    case search::ItemKind::Session:
      if (sector.empty() && hit.index < c.sessions.size()) row.session = &c.sessions[hit.index];
      break;
    case search::ItemKind::Speaker:
      if (sector.empty() && hit.index < c.speakers.size()) row.speaker = &c.speakers[hit.index];
      break;
  }
  row.matched = std::string(search::match_field_name(hit.field));
  if (hit.lang != search::MatchLang::Any)
    row.matched += " (" + std::string(search::match_lang_name(hit.lang)) + ")";
  row.matched += ": " + std::string(hit.text.substr(0, 80));
  return row;
}

}  // namespace

const std::vector<ResultRow>& SearchResultsCache::get(const content::Content& c,
                                                      const search::SearchIndex* index, content::Lang lang,
                                                      const std::string& sector, const std::string& query) {
  if (valid_ && content_ == &c && index_ == index && lang_ == lang && sector_ == sector && query_ == query) {
    return rows_;
  }
  rows_.clear();
  if (query.empty() || !index) {
    for (const auto* e : filter_exhibitors(c, lang, sector, query))
      rows_.push_back({e, nullptr, nullptr, {}});
  } else {
    for (const auto& hit : index->search(query, 200)) {
      ResultRow row = row_for(c, hit, sector);
      if (row.exhibitor || row.session || row.speaker) rows_.push_back(std::move(row));
    }
  }
  content_ = &c;
  index_ = index;
  lang_ = lang;
  sector_ = sector;
  query_ = query;
  valid_ = true;
  return rows_;
}

}  // namespace marquee::ui
