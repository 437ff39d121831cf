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

}  // namespace marquee::ui
