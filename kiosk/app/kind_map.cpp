// --kind-map: TOML with toml++, as the kiosk config is read; every problem names file and line.
#include "app/kind_map.hpp"

#include <toml++/toml.h>

#include "core/read_file.hpp"

namespace marquee::app {

core::Result<KindMap> parse_kind_map(std::string_view text, const std::string& name) {
  toml::table root;
  try {
    root = toml::parse(text, name);
  } catch (const toml::parse_error& e) {
    return core::make_error(name + ":" + std::to_string(e.source().begin.line) + ": " +
                            std::string(e.description()));
  }
  const toml::table* kinds = root["kinds"].as_table();
  if (!kinds) return core::make_error(name + ": expected a [kinds] table of \"source type\" = \"session_kind\"");
  KindMap out;
  std::string problems;
  for (const auto& [key, value] : *kinds) {
    const std::string where = name + ":" + std::to_string(value.source().begin.line);
    const auto* text_value = value.as_string();
    const auto kind = text_value ? content::session_kind_from_id(text_value->get()) : std::nullopt;
    if (!kind) {
      problems += (problems.empty() ? "" : "\n") + where + ": kinds." + std::string(key.str()) +
                  ": expected one of opening_ceremony, main_forum, summit_forum, thematic_forum, "
                  "special_activity, exhibition, evening_event";
      continue;
    }
    out.emplace_back(std::string(key.str()), *kind);
  }
  if (!problems.empty()) return core::make_error(problems);
  return out;
}

// A kind map is a handful of lines; anything near this size is not one.
constexpr std::size_t kMaxKindMapBytes = std::size_t{1} << 20;

core::Result<KindMap> load_kind_map(const std::filesystem::path& file) {
  const core::FileText text = core::read_file(file, kMaxKindMapBytes);
  if (!text) return core::make_error(file.string() + ": " + core::describe(text.failure, kMaxKindMapBytes));
  return parse_kind_map(text.text, file.filename().string());
}

}  // namespace marquee::app
