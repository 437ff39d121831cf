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
  MatchInfo m = excerpt_match(hit.text, hit.begin, hit.end);
  m.field = hit.field;
  m.lang = hit.lang;
  row.match = std::move(m);
  return row;
}

bool is_continuation(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

}  // namespace

std::string exhibitor_venue(const content::Content& c, const content::Exhibitor& e) {
  const content::Booth* booth = c.booth(e.booth);
  const content::Hall* hall = booth ? c.hall(booth->hall) : nullptr;
  return hall ? hall->venue : std::string{};
}

MatchInfo excerpt_match(std::string_view text, std::size_t begin, std::size_t end, std::size_t context) {
  begin = std::min(begin, text.size());
  end = std::clamp(end, begin, text.size());
  std::size_t from = begin > context ? begin - context : 0;
  std::size_t to = std::min(text.size(), end + context * 2);
  while (from > 0 && is_continuation(static_cast<unsigned char>(text[from]))) --from;
  while (to < text.size() && is_continuation(static_cast<unsigned char>(text[to]))) ++to;
  MatchInfo m;
  const std::string_view ellipsis = "\xE2\x80\xA6";  // …
  if (from > 0) m.excerpt = ellipsis;
  m.begin = m.excerpt.size() + (begin - from);
  m.end = m.excerpt.size() + (end - from);
  m.excerpt += text.substr(from, to - from);
  if (to < text.size()) m.excerpt += ellipsis;
  for (char& ch : m.excerpt) {
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';  // one line on a card
  }
  return m;
}

const std::vector<ResultRow>& SearchResultsCache::get(const content::Content& c,
                                                      const search::SearchIndex* index, content::Lang lang,
                                                      const std::string& sector, const std::string& query,
                                                      const std::string& venue) {
  if (valid_ && content_ == &c && index_ == index && lang_ == lang && sector_ == sector && query_ == query &&
      venue_ == venue) {
    return rows_;
  }
  rows_.clear();
  auto at_venue = [&](const content::Exhibitor& e) { return venue.empty() || exhibitor_venue(c, e) == venue; };
  if (query.empty() || !index) {
    for (const auto* e : filter_exhibitors(c, lang, sector, query)) {
      if (at_venue(*e)) rows_.push_back({e, nullptr, nullptr, std::nullopt});
    }
  } else {
    for (const auto& hit : index->search(query, 200)) {
      ResultRow row = row_for(c, hit, sector);
      if (row.exhibitor && !at_venue(*row.exhibitor)) continue;
      if (row.exhibitor || row.session || row.speaker) rows_.push_back(std::move(row));
    }
  }
  venue_ = venue;
  content_ = &c;
  index_ = index;
  lang_ = lang;
  sector_ = sector;
  query_ = query;
  valid_ = true;
  return rows_;
}

}  // namespace marquee::ui
