#include "content/loader.hpp"

#include <fstream>
#include <sstream>

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

int line_of_offset(const std::string& text, std::size_t offset) {
  int line = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n' ? 1 : 0;
  return line;
}

// Reports every invalid UTF-8 sequence with its line and replaces it with U+FFFD, so the rest of
// the file can still be parsed and checked (the load fails anyway: these are errors).
void repair_utf8(const std::string& file, std::string& text, Diagnostics& diag) {
  std::size_t from = 0;
  for (int guard = 0; guard < 1000; ++guard) {
    auto bad = core::find_invalid_utf8(std::string_view(text).substr(from));
    if (!bad) return;
    const std::size_t at = from + *bad;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[at]));
    diag.error(file, "", std::string("invalid UTF-8 (byte ") + hex + " at offset " + std::to_string(at) + ")",
               line_of_offset(text, at));
    text.replace(at, 1, "\xEF\xBF\xBD");
    from = at + 3;
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
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    state.diagnostics.error(file_name, "", std::string("JSON syntax error: ") + e.what(),
                            line_of_offset(text, e.byte > 0 ? e.byte - 1 : 0));
    return false;
  }
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
