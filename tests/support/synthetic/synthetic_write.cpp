// Writes a synthetic Content as the JSON files load_content reads.
#include <fstream>
#include <nlohmann/json.hpp>

#include "synthetic/synthetic_content.hpp"
#include "core/time_zone.hpp"

namespace marquee::content {
namespace {

using OJson = nlohmann::ordered_json;

OJson text(const LocalizedText& t) {
  OJson out = OJson::object();
  for (Lang lang : kAllLangs) {
    if (t.has(lang)) out[std::string(lang_code(lang))] = t.exact(lang);
  }
  return out;
}

OJson polygon(const Polygon& p) {
  OJson out = OJson::array();
  for (const Point& pt : p) out.push_back({pt.x, pt.y});
  return out;
}

OJson event_file(const Content& c) {
  OJson root = {{"format", 1}, {"conference", {{"id", c.conference.id}, {"name", text(c.conference.name)}}}};
  for (const Venue& v : c.venues) {
    root["venues"].push_back({{"id", v.id},
                              {"name", text(v.name)},
                              {"city", text(v.city)},
                              {"time_zone", v.time_zone_name},
                              {"days", v.days}});
  }
  for (const Room& r : c.rooms) {
    root["rooms"].push_back(
        {{"id", r.id}, {"venue", r.venue}, {"name", text(r.name)}, {"capacity", r.capacity}});
  }
  for (const Track& t : c.tracks)
    root["tracks"].push_back({{"id", t.id}, {"name", text(t.name)}, {"color", t.color}});
  return root;
}

OJson sessions_file(const Content& c) {
  OJson root = {{"format", 1}, {"sessions", OJson::array()}};
  for (const Session& s : c.sessions) {
    root["sessions"].push_back({{"id", s.id},
                                {"title", text(s.title)},
                                {"abstract", text(s.abstract)},
                                {"start", core::format_iso8601_utc(s.start)},
                                {"end", core::format_iso8601_utc(s.end)},
                                {"room", s.room},
                                {"track", s.track},
                                {"speakers", s.speakers},
                                {"language", s.language},
                                {"kind", std::string(session_kind_id(s.kind))}});
  }
  return root;
}

OJson speakers_file(const Content& c) {
  OJson root = {{"format", 1}, {"speakers", OJson::array()}};
  for (const Speaker& s : c.speakers) {
    root["speakers"].push_back({{"id", s.id}, {"name", text(s.name)}, {"affiliation", text(s.affiliation)}});
  }
  return root;
}

OJson exhibitors_file(const Content& c) {
  OJson root = {{"format", 1}, {"sectors", OJson::array()}, {"exhibitors", OJson::array()}};
  for (const Sector& s : c.sectors) root["sectors"].push_back({{"id", s.id}, {"name", text(s.name)}});
  for (const Exhibitor& e : c.exhibitors) {
    root["exhibitors"].push_back({{"id", e.id},
                                  {"name", text(e.name)},
                                  {"description", text(e.description)},
                                  {"sectors", e.sectors},
                                  {"booth", e.booth},
                                  {"featured", e.featured}});
  }
  return root;
}

OJson map_file(const Content& c) {
  OJson root = {{"format", 1}, {"halls", OJson::array()}, {"booths", OJson::array()}};
  for (const Hall& h : c.halls) {
    root["halls"].push_back(
        {{"id", h.id}, {"venue", h.venue}, {"name", text(h.name)}, {"outline", polygon(h.outline)}});
  }
  for (const Booth& b : c.booths) {
    root["booths"].push_back(
        {{"id", b.id}, {"hall", b.hall}, {"label", b.label}, {"outline", polygon(b.outline)}});
  }
  return root;
}

}  // namespace

core::Status write_synthetic_bundle(const std::filesystem::path& dir, const SyntheticSize& size) {
  const Content c = make_synthetic_content(size);
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return core::make_error("cannot create " + dir.string() + ": " + ec.message());
  const std::pair<const char*, OJson> files[] = {{"event.json", event_file(c)},
                                                 {"sessions.json", sessions_file(c)},
                                                 {"speakers.json", speakers_file(c)},
                                                 {"exhibitors.json", exhibitors_file(c)},
                                                 {"map.json", map_file(c)}};
  for (const auto& [name, json] : files) {
    std::ofstream out(dir / name, std::ios::binary | std::ios::trunc);
    out << json.dump() << '\n';
    if (!out) return core::make_error("cannot write " + (dir / name).string());
  }
  return core::Ok{};
}

}  // namespace marquee::content
