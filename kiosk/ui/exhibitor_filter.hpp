#pragma once
// Which exhibitors the list shows: sector chip and typed search. Pure, so tests check it directly.
#include <string>
#include <vector>

#include "content/model.hpp"

namespace marquee::ui {

// A–Z by name in lang; a query matches (case-insensitively) any language's name, the booth or
// a sector name.
std::vector<const content::Exhibitor*> filter_exhibitors(const content::Content& c, content::Lang lang,
                                                         const std::string& sector, const std::string& query);

// Remembers the last filtered list so a frame only recomputes it when the content, language,
// sector chip or typed text changed (a 10k list is filtered once per keystroke, not per frame).
class ExhibitorListCache {
 public:
  const std::vector<const content::Exhibitor*>& get(const content::Content& c, content::Lang lang,
                                                    const std::string& sector, const std::string& query);

 private:
  const content::Content* content_ = nullptr;
  content::Lang lang_ = content::Lang::En;
  std::string sector_, query_;
  std::vector<const content::Exhibitor*> items_;
};

}  // namespace marquee::ui
