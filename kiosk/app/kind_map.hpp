#pragma once
// The --kind-map file of `marquee import-schedule`: a TOML [kinds] table from source event types
// to Marquee session kinds, e.g.
//   [kinds]
//   "DJ Set" = "evening_event"
//   "Hackerspace Meetup" = "special_activity"
// Its entries are consulted before the importer's built-in table.
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "content/model.hpp"
#include "core/result.hpp"

namespace marquee::app {

using KindMap = std::vector<std::pair<std::string, content::SessionKind>>;

core::Result<KindMap> load_kind_map(const std::filesystem::path& file);
// The same from text; `name` is the file name errors carry (with the line).
core::Result<KindMap> parse_kind_map(std::string_view text, const std::string& name);

}  // namespace marquee::app
