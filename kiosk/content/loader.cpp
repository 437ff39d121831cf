#include "content/loader.hpp"

#include <fstream>
#include <sstream>

#include "content/json_parse.hpp"
#include "content/parse_state.hpp"
#include "content/schedule_import.hpp"
#include "core/utf8.hpp"

namespace marquee::content {
namespace {

using ParseFn = void (*)(const Json&, ParseState&, const FileContext&);

ParseFn parser_for(const std::string& name) {
  if (name == "event.json") return parse_event_file;
  if (name == "sessions.json") return parse_sessions_file;
  if (name == "speakers.json") return parse_speakers_file;
  if (name == "exhibitors.json") return parse_exhibitors_file;
  if (name == "map.json") return parse_map_file;
  if (name == "announcements.json") return parse_announcements_file;
  return nullptr;
}

// Reports invalid UTF-8 with its line and replaces it with U+FFFD, so the rest of the file can
// still be parsed and checked (the load fails anyway: these are errors).
void repair_utf8(const std::string& file, std::string& text, Diagnostics& diag) {
  const core::Utf8Repair repair = core::repair_utf8(text);
  for (const auto& bad : repair.first) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", bad.byte);
    diag.error(file, "",
               std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(bad.offset) + ")",
               bad.line);
  }
  if (repair.total > repair.first.size()) {
    diag.error(file, "", std::to_string(repair.total - repair.first.size()) + " more invalid UTF-8 bytes");
  }
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

const std::vector<ContentFile>& content_files() {
  static const std::vector<ContentFile> files = {
      {"event.json", true},       {"sessions.json", true}, {"speakers.json", false},
      {"exhibitors.json", false}, {"map.json", false},     {"announcements.json", false},
  };
  return files;
}

bool parse_content_text(const std::string& file_name, std::string text, ParseState& state) {
  repair_utf8(file_name, text, state.diagnostics);
  auto parsed = parse_json_text<Json>(text, file_name, state.diagnostics);
  if (!parsed) return false;
  const Json root = std::move(*parsed);
  const FileContext ctx{file_name, state.diagnostics};
  if (!root.is_object()) {
    ctx.error("", "expected a JSON object at the top level, got " + json_type_name(root));
    return false;
  }
  if (auto it = root.find("format"); it != root.end() && !(it->is_number_integer() && it->get<int>() == 1)) {
    ctx.error("/format", "unsupported format " + it->dump() + " (this kiosk reads format 1)");
  }
  if (ParseFn parse = parser_for(file_name)) parse(root, state, ctx);
  return true;
}

LoadResult load_content(const std::filesystem::path& dir) {
  LoadResult result;
  ParseState state{Content{}, Origins{}, result.diagnostics};
  if (!std::filesystem::is_directory(dir)) {
    result.diagnostics.error(dir.string(), "", "not a content directory");
    return result;
  }
  for (const ContentFile& f : content_files()) {
    const auto path = dir / f.name;
    if (!std::filesystem::exists(path)) {
      // A bundle may carry its programme as a frab/pretalx schedule.json instead of sessions.json.
      const bool from_schedule = std::string_view(f.name) == "sessions.json" && has_schedule_file(dir);
      if (f.required && !from_schedule) result.diagnostics.error(f.name, "", "required file is missing");
      continue;
    }
    auto text = read_file(path);
    if (!text) {
      result.diagnostics.error(f.name, "", "cannot read file");
      continue;
    }
    parse_content_text(f.name, std::move(*text), state);
  }
  // A frab/pretalx schedule.json exported as is adds its rooms, tracks, sessions and speakers.
  merge_schedule_files(dir, state);
  cross_check(state);
  check_images(dir, state);
  if (result.diagnostics.has_errors()) return result;
  state.content.finalize();
  state.content.version = "local";
  state.content.dir = std::filesystem::absolute(dir);
  result.content = std::make_shared<const Content>(std::move(state.content));
  return result;
}

}  // namespace marquee::content
