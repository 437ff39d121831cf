#include "ui/exhibitor_filter.hpp"

#include <algorithm>
#include <cctype>

#include "content/queries.hpp"

namespace marquee::ui {
namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return lower(haystack).find(needle) != std::string::npos;
}

bool matches(const content::Content& c, const content::Exhibitor& e, const std::string& q) {
  for (content::Lang l : content::kAllLangs) {
    if (contains(e.name.exact(l), q)) return true;
  }
  if (contains(e.booth, q)) return true;
  for (const auto& id : e.sectors) {
    if (const auto* s = c.sector(id)) {
      for (content::Lang l : content::kAllLangs) {
        if (contains(s->name.exact(l), q)) return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<const content::Exhibitor*> filter_exhibitors(const content::Content& c, content::Lang lang,
                                                         const std::string& sector,
                                                         const std::string& query) {
  const std::string q = lower(query);
  std::vector<const content::Exhibitor*> out;
  for (const content::Exhibitor* e : content::exhibitors_sorted(c, lang)) {
    if (!sector.empty() && std::find(e->sectors.begin(), e->sectors.end(), sector) == e->sectors.end())
      continue;
    if (!q.empty() && !matches(c, *e, q)) continue;
    out.push_back(e);
  }
  return out;
}

}  // namespace marquee::ui
