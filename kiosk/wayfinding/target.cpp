// Ids a route can lead to: booth, room, amenity, exhibitor (its booth), session (its room) or a
// bare walking-graph node, tried in that order.
#include "wayfinding/target.hpp"

namespace marquee::wayfinding {
namespace {

content::LocalizedText same_in_all(const std::string& text) {
  content::LocalizedText t;
  for (content::Lang l : content::kAllLangs) t.set(l, text);
  return t;
}

std::optional<Target> booth_target(const content::Content& c, std::string_view id, TargetKind kind,
                                   const content::LocalizedText* name) {
  const content::Booth* b = c.booth(id);
  if (!b) return std::nullopt;
  return Target{kind, std::string(id), b->id, b->node, name ? *name : same_in_all(b->label)};
}

std::optional<Target> room_target(const content::Content& c, std::string_view id, TargetKind kind,
                                  std::string_view asked) {
  const content::Room* r = c.room(id);
  if (!r) return std::nullopt;
  const content::MapRoom* m = c.walking.room(id);
  return Target{kind, std::string(asked), r->id, m ? m->node : "", r->name};
}

}  // namespace

const char* target_kind_id(TargetKind kind) {
  switch (kind) {
    case TargetKind::Booth:
      return "booth";
    case TargetKind::Room:
      return "room";
    case TargetKind::Amenity:
      return "amenity";
    case TargetKind::Exhibitor:
      return "exhibitor";
    case TargetKind::Session:
      return "session";
    case TargetKind::Node:
      break;
  }
  return "node";
}

std::optional<Target> resolve_target(const content::Content& c, std::string_view id) {
  if (auto t = booth_target(c, id, TargetKind::Booth, nullptr)) return t;
  if (auto t = room_target(c, id, TargetKind::Room, id)) return t;
  if (const content::Amenity* a = c.walking.amenity(id))
    return Target{TargetKind::Amenity, a->id, a->id, a->node, a->name};
  if (const content::Exhibitor* e = c.exhibitor(id)) {
    if (auto t = booth_target(c, e->booth, TargetKind::Exhibitor, &e->name)) {
      t->id = e->id;
      return t;
    }
    return Target{TargetKind::Exhibitor, e->id, e->booth, "", e->name};
  }
  if (const content::Session* s = c.session(id)) {
    if (auto t = room_target(c, s->room, TargetKind::Session, id)) return t;
    return Target{TargetKind::Session, s->id, s->room, "", {}};
  }
  if (const content::WalkNode* n = c.walking.node(id))
    return Target{TargetKind::Node, n->id, n->id, n->id, n->name.empty() ? same_in_all(n->id) : n->name};
  return std::nullopt;
}

}  // namespace marquee::wayfinding
