// exhibitors.json (sectors and exhibitors) and map.json (halls, booths, landmarks; the wayfinding
// part of map.json is read by parse_walking_map.cpp).
#include "content/parse_state.hpp"

namespace marquee::content {
namespace {

void parse_sector(const ObjectReader& r, ParseState& state) {
  Sector s;
  s.id = r.string("id", Need::Required).value_or("");
  s.name = r.text("name", Need::Required, Translations::EnZhRequired);
  state.origins.sectors.push_back({r.context().file, r.path()});
  state.content.sectors.push_back(std::move(s));
}

void parse_exhibitor(const ObjectReader& r, ParseState& state) {
  Exhibitor e;
  e.id = r.string("id", Need::Required).value_or("");
  e.name = r.text("name", Need::Required, Translations::EnZhRequired);
  e.description = r.text("description", Need::Optional, Translations::AnyOne);
  e.sectors = r.string_list("sectors", Need::Required);
  if (e.sectors.empty() && r.has("sectors"))
    r.context().error(r.path_of("sectors"), "needs at least one sector");
  e.booth = r.string("booth", Need::Required).value_or("");
  e.website = r.string("website", Need::Optional).value_or("");
  e.logo = r.string("logo", Need::Optional).value_or("");
  e.featured = r.boolean("featured", Need::Optional).value_or(false);
  state.origins.exhibitors.push_back({r.context().file, r.path()});
  state.content.exhibitors.push_back(std::move(e));
}

void parse_hall(const ObjectReader& r, ParseState& state) {
  Hall h;
  h.id = r.string("id", Need::Required).value_or("");
  h.venue = r.string("venue", Need::Required).value_or("");
  h.name = r.text("name", Need::Required, Translations::EnZhRequired);
  h.outline = r.polygon("outline", Need::Required).value_or(Polygon{});
  h.levels = r.string_list("levels", Need::Optional);
  state.origins.halls.push_back({r.context().file, r.path()});
  state.content.halls.push_back(std::move(h));
}

void parse_booth(const ObjectReader& r, ParseState& state) {
  Booth b;
  b.id = r.string("id", Need::Required).value_or("");
  b.hall = r.string("hall", Need::Required).value_or("");
  b.label = r.string("label", Need::Optional).value_or(b.id);
  b.outline = r.polygon("outline", Need::Required).value_or(Polygon{});
  b.level = r.string("level", Need::Optional).value_or("");
  b.node = r.string("node", Need::Optional).value_or("");
  state.origins.booths.push_back({r.context().file, r.path()});
  state.content.booths.push_back(std::move(b));
}

void parse_landmark(const ObjectReader& r, ParseState& state) {
  Landmark l;
  l.id = r.string("id", Need::Required).value_or("");
  l.hall = r.string("hall", Need::Required).value_or("");
  l.kind = r.string("kind", Need::Optional).value_or("info");
  l.name = r.text("name", Need::Required, Translations::EnZhRequired);
  l.position = r.point("position", Need::Required).value_or(Point{});
  state.origins.landmarks.push_back({r.context().file, r.path()});
  state.content.landmarks.push_back(std::move(l));
}

}  // namespace

void parse_exhibitors_file(const Json& root, ParseState& state, const FileContext& ctx) {
  warn_unknown_keys(root, {"format", "sectors", "exhibitors"}, ctx);
  for_each_object(root, "sectors", "", ctx, [&](const ObjectReader& r) { parse_sector(r, state); });
  for_each_object(root, "exhibitors", "", ctx, [&](const ObjectReader& r) { parse_exhibitor(r, state); });
}

void parse_map_file(const Json& root, ParseState& state, const FileContext& ctx) {
  warn_unknown_keys(root,
                    {"format", "halls", "booths", "landmarks", "metres_per_unit", "storey_height_m", "levels",
                     "rooms", "amenities", "nodes", "edges"},
                    ctx);
  for_each_object(root, "halls", "", ctx, [&](const ObjectReader& r) { parse_hall(r, state); });
  for_each_object(root, "booths", "", ctx, [&](const ObjectReader& r) { parse_booth(r, state); });
  for_each_object(root, "landmarks", "", ctx, [&](const ObjectReader& r) { parse_landmark(r, state); });
  parse_walking_map(root, state, ctx);
}

}  // namespace marquee::content
