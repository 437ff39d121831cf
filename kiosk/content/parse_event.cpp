// event.json: the conference, its venues (with time zones and days), rooms and tracks.
#include <algorithm>

#include "content/parse_state.hpp"
#include "core/quote.hpp"
#include "core/time_zone.hpp"

namespace marquee::content {
namespace {

void parse_venue(const ObjectReader& r, ParseState& state) {
  Venue v;
  v.id = r.string("id", Need::Required).value_or("");
  v.name = r.text("name", Need::Required, Translations::EnZhRequired);
  v.city = r.text("city", Need::Required, Translations::EnZhRequired);
  v.time_zone_name = r.string("time_zone", Need::Required).value_or("");
  if (!v.time_zone_name.empty()) {
    auto tz = core::TimeZone::find(v.time_zone_name);
    if (tz) {
      v.time_zone = *tz;
    } else {
      r.context().error(r.path_of("time_zone"), "invalid time zone " + core::quote_value(v.time_zone_name) +
                                                    " (use an IANA name such as \"Asia/Shanghai\")");
    }
  }
  v.latitude = r.number("latitude", Need::Optional).value_or(0.0);
  v.longitude = r.number("longitude", Need::Optional).value_or(0.0);
  if (v.latitude < -90 || v.latitude > 90) r.context().error(r.path_of("latitude"), "latitude out of range");
  if (v.longitude < -180 || v.longitude > 180) {
    r.context().error(r.path_of("longitude"), "longitude out of range");
  }
  v.days = r.string_list("days", Need::Required);
  for (std::size_t i = 0; i < v.days.size(); ++i) {
    int y, m, d;
    if (!core::parse_date(v.days[i], y, m, d)) {
      r.context().error(pointer_append(r.path_of("days"), i),
                        "expected a date \"YYYY-MM-DD\", got " + core::quote_value(v.days[i]));
    }
  }
  std::sort(v.days.begin(), v.days.end());
  state.origins.venues.push_back({r.context().file, r.path()});
  state.content.venues.push_back(std::move(v));
}

void parse_room(const ObjectReader& r, ParseState& state) {
  Room room;
  room.id = r.string("id", Need::Required).value_or("");
  room.venue = r.string("venue", Need::Required).value_or("");
  room.hall = r.string("hall", Need::Optional).value_or("");
  room.name = r.text("name", Need::Required, Translations::EnZhRequired);
  // In range before the cast: 1e300 (or NaN) converted to int is undefined behaviour.
  const double capacity = r.number("capacity", Need::Optional).value_or(0);
  if (capacity >= 0 && capacity <= 1e7)
    room.capacity = static_cast<int>(capacity);
  else
    r.context().error(r.path_of("capacity"), "capacity must be 0..10000000");
  state.origins.rooms.push_back({r.context().file, r.path()});
  state.content.rooms.push_back(std::move(room));
}

bool is_hex_colour(const std::string& s) {
  return s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [](char c) {
           return std::isxdigit(static_cast<unsigned char>(c));
         });
}

void parse_track(const ObjectReader& r, ParseState& state) {
  Track t;
  t.id = r.string("id", Need::Required).value_or("");
  t.name = r.text("name", Need::Required, Translations::EnZhRequired);
  t.color = r.string("color", Need::Optional).value_or("#4A90D9");
  if (!is_hex_colour(t.color)) {
    r.context().error(r.path_of("color"), "expected a colour \"#RRGGBB\", got " + core::quote_value(t.color));
  }
  state.origins.tracks.push_back({r.context().file, r.path()});
  state.content.tracks.push_back(std::move(t));
}

void parse_sponsor(const ObjectReader& r, ParseState& state) {
  Sponsor s;
  s.id = r.string("id", Need::Required).value_or("");
  s.name = r.text("name", Need::Required, Translations::AnyOne);
  s.banner = r.string("banner", Need::Optional).value_or("");
  if (auto tier = r.string("tier", Need::Optional)) {
    if (auto t = sponsor_tier_from_id(*tier)) {
      s.tier = *t;
    } else {
      r.context().error(r.path_of("tier"),
                        "unknown sponsor tier \"" + *tier + "\" (known: headline, gold, silver, partner)");
    }
  }
  state.origins.sponsors.push_back({r.context().file, r.path()});
  state.content.sponsors.push_back(std::move(s));
}

void parse_conference(const Json& root, ParseState& state, const FileContext& ctx) {
  auto it = root.find("conference");
  if (it == root.end()) {
    ctx.error("/conference", "missing required field");
    return;
  }
  if (!it->is_object()) {
    ctx.error("/conference", "expected an object, got " + json_type_name(*it));
    return;
  }
  ObjectReader r(*it, "/conference", ctx);
  state.content.conference.id = r.string("id", Need::Required).value_or("");
  state.content.conference.name = r.text("name", Need::Required, Translations::EnZhRequired);
  state.content.conference.tagline = r.text("tagline", Need::Optional, Translations::AnyOne);
  state.content.conference.key_visual = r.string("key_visual", Need::Optional).value_or("");
}

}  // namespace

void parse_event_file(const Json& root, ParseState& state, const FileContext& ctx) {
  warn_unknown_keys(root, {"format", "conference", "venues", "rooms", "tracks", "sponsors"}, ctx);
  parse_conference(root, state, ctx);
  if (!root.contains("venues")) ctx.error("/venues", "missing required field");
  for_each_object(root, "venues", "", ctx, [&](const ObjectReader& r) { parse_venue(r, state); });
  for_each_object(root, "rooms", "", ctx, [&](const ObjectReader& r) { parse_room(r, state); });
  for_each_object(root, "tracks", "", ctx, [&](const ObjectReader& r) { parse_track(r, state); });
  for_each_object(root, "sponsors", "", ctx, [&](const ObjectReader& r) { parse_sponsor(r, state); });
}

}  // namespace marquee::content
