#pragma once
// Checks shared by cross_check.cpp and check_walking_map.cpp: duplicate ids in a collection and
// references to ids that do not exist, each reported at the JSON path of the item.
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {

// Reports every repeated id (pointing at the first definition); returns the set of ids.
template <typename T>
std::unordered_set<std::string> check_duplicates(const std::vector<T>& items,
                                                 const std::vector<Origin>& origins, std::string_view what,
                                                 Diagnostics& diag) {
  std::unordered_map<std::string, std::size_t> first;
  std::unordered_set<std::string> ids;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].id.empty()) continue;
    auto [it, inserted] = first.emplace(items[i].id, i);
    if (!inserted) {
      const Origin& o = origins[i];
      const Origin& f = origins[it->second];
      diag.error(o.file, o.path + "/id",
                 "duplicate " + std::string(what) + " id " + core::quote_value(items[i].id) +
                     " (first defined at " + f.file + ":" + f.path + ")");
    }
    ids.insert(items[i].id);
  }
  return ids;
}

// Reports `id` at o.path + field when it is not empty and not among `known`.
inline void check_ref(const std::unordered_set<std::string>& known, const std::string& id,
                      std::string_view what, const Origin& o, const std::string& field, Diagnostics& diag) {
  if (id.empty() || known.count(id)) return;
  diag.error(o.file, o.path + field, "unknown " + std::string(what) + " " + core::quote_value(id));
}

}  // namespace marquee::content
