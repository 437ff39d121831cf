#pragma once
// What staff can close for the rest of the day from the staff panel: each lift of the venue (every
// ride of it at once) and each stairway, escalator or other edge the map gave its own id.
#include <string>
#include <vector>

#include "content/model.hpp"

namespace marquee::ui {

struct Closable {
  std::string id;  // a lift id or an edge id: what wayfinding::Closures takes
  content::EdgeKind kind = content::EdgeKind::Corridor;
  content::LocalizedText where;  // the name of a node it starts at ("Lift lobby"); may be empty
};

// In map.json order, lifts once each; only those on `venue`'s levels.
std::vector<Closable> closable_items(const content::Content& c, const std::string& venue);

}  // namespace marquee::ui
