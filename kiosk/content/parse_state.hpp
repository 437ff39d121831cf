#pragma once
// Shared state of one content load: the Content being built, and where each item came from so
// cross-file checks (references, duplicates, days) can point at the exact JSON path.
#include <filesystem>
#include <string>
#include <vector>

#include "content/diagnostic.hpp"
#include "content/json_fields.hpp"
#include "content/model.hpp"

namespace marquee::content {

struct Origin {
  std::string file, path;
};

struct Origins {
  std::vector<Origin> venues, rooms, tracks, sectors, sessions, speakers, exhibitors, halls, booths,
      landmarks, announcements, sponsors;
  // map.json wayfinding (parse_walking_map.cpp)
  std::vector<Origin> levels, map_rooms, amenities, nodes, edges;
};

struct ParseState {
  Content content;
  Origins origins;
  Diagnostics& diagnostics;
};

// One parser per file kind; each reads what it can and reports every problem it sees.
void parse_event_file(const Json& root, ParseState& state, const FileContext& ctx);
void parse_sessions_file(const Json& root, ParseState& state, const FileContext& ctx);
void parse_speakers_file(const Json& root, ParseState& state, const FileContext& ctx);
void parse_exhibitors_file(const Json& root, ParseState& state, const FileContext& ctx);
void parse_map_file(const Json& root, ParseState& state, const FileContext& ctx);
// The wayfinding part of map.json (levels, rooms, amenities, nodes, edges); called by parse_map_file.
void parse_walking_map(const Json& root, ParseState& state, const FileContext& ctx);
void parse_announcements_file(const Json& root, ParseState& state, const FileContext& ctx);

// Checks that span files: duplicate ids, unknown references, sessions outside their venue's days.
void cross_check(ParseState& state);

// Wayfinding checks (check_walking_map.cpp): references into the walking graph, its connectivity,
// reachability from every kiosk node (step-free too) and level changes. Fills computed defaults
// (booth levels, edge lengths) first.
void check_walking_map(ParseState& state);
// The graph itself (check_walking_graph.cpp); called by check_walking_map.
void check_walking_graph(ParseState& state);

// Inspects every image the content refers to (check_images.cpp); a bad one is a warning and is
// dropped from the snapshot.
void check_images(const std::filesystem::path& dir, ParseState& state);

}  // namespace marquee::content
