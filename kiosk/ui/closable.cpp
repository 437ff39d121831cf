#include "ui/closable.hpp"

#include <algorithm>

namespace marquee::ui {
namespace {

bool on_venue(const content::Content& c, const content::WalkEdge& e, const std::string& venue) {
  const content::WalkNode* from = c.walking.node(e.from);
  const content::Level* level = from ? c.walking.level(from->level) : nullptr;
  return level && level->venue == venue;
}

content::LocalizedText where(const content::Content& c, const content::WalkEdge& e) {
  for (const std::string& id : {e.from, e.to}) {
    if (const content::WalkNode* n = c.walking.node(id); n && !n->name.empty()) return n->name;
  }
  return {};
}

}  // namespace

std::vector<Closable> closable_items(const content::Content& c, const std::string& venue) {
  std::vector<Closable> out;
  for (const content::WalkEdge& e : c.walking.edges) {
    if (!on_venue(c, e, venue)) continue;
    const bool named = e.id != e.from + "-" + e.to;  // the map gave it an id of its own
    const std::string id = !e.lift.empty() ? e.lift : named ? e.id : std::string();
    if (id.empty()) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Closable& x) { return x.id == id; })) continue;
    out.push_back({id, e.kind, where(c, e)});
  }
  return out;
}

}  // namespace marquee::ui
