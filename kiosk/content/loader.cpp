#include "content/loader.hpp"

#include <algorithm>
#include <fstream>
#include <future>
#include <iterator>

#include "content/json_parse.hpp"
#include "content/parse_state.hpp"
#include "content/schedule_import.hpp"
#include "core/read_file.hpp"
#include "core/utf8.hpp"

namespace marquee::content {
namespace {

using ParseFn = void (*)(const Json&, ParseState&, const FileContext&);

// Below this a second thread costs more than it saves (the demo's files are tens of KB).
constexpr std::size_t kParallelParseBytes = 256 * 1024;

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

// One file's text repaired and parsed into a JSON tree, with the problems found doing so. This
// half of loading needs nothing from the other files, so it may run on another thread.
struct ParsedFile {
  std::string name;
  Diagnostics diagnostics;
  std::optional<Json> root;
};

ParsedFile parse_file_text(const std::string& file_name, std::string text) {
  ParsedFile out{file_name, {}, std::nullopt};
  repair_utf8(file_name, text, out.diagnostics);
  out.root = parse_json_text<Json>(text, file_name, out.diagnostics);
  return out;
}

// The other half, in file order on one thread: the tree becomes model objects (files refer to
// each other, so this part is sequential).
bool apply_parsed_file(ParsedFile parsed, ParseState& state) {
  for (const Diagnostic& d : parsed.diagnostics.all()) {
    if (d.severity == Severity::Error)
      state.diagnostics.error(d.file, d.path, d.message, d.line);
    else
      state.diagnostics.warning(d.file, d.path, d.message, d.line);
  }
  if (!parsed.root) return false;
  const Json root = std::move(*parsed.root);
  const FileContext ctx{parsed.name, state.diagnostics};
  if (!root.is_object()) {
    ctx.error("", "expected a JSON object at the top level, got " + json_type_name(root));
    return false;
  }
  if (auto it = root.find("format"); it != root.end() && !(it->is_number_integer() && it->get<int>() == 1)) {
    ctx.error("/format", "unsupported format " + it->dump() + " (this kiosk reads format 1)");
  }
  if (ParseFn parse = parser_for(parsed.name)) parse(root, state, ctx);
  return true;
}

// A file that could not be parsed yet: its text, or why there is none.
struct PendingFile {
  const ContentFile* file = nullptr;
  core::FileText text;
  std::future<ParsedFile> parsing;  // valid when the file is parsed on the second thread
};

}  // namespace

const std::vector<ContentFile>& content_files() {
  static const std::vector<ContentFile> files = {
      {"event.json", true},       {"sessions.json", true}, {"speakers.json", false},
      {"exhibitors.json", false}, {"map.json", false},     {"announcements.json", false},
  };
  return files;
}

bool parse_content_text(const std::string& file_name, std::string text, ParseState& state) {
  return apply_parsed_file(parse_file_text(file_name, std::move(text)), state);
}

LoadResult load_content(const std::filesystem::path& dir) {
  LoadResult result;
  ParseState state{Content{}, Origins{}, result.diagnostics};
  if (!std::filesystem::is_directory(dir)) {
    result.diagnostics.error(dir.string(), "", "not a content directory");
    return result;
  }
  std::vector<PendingFile> pending;
  for (const ContentFile& f : content_files()) {
    const auto path = dir / f.name;
    if (!std::filesystem::exists(path)) {
      // A bundle may carry its programme as a frab/pretalx schedule.json instead of sessions.json.
      const bool from_schedule = std::string_view(f.name) == "sessions.json" && has_schedule_file(dir);
      if (f.required && !from_schedule) result.diagnostics.error(f.name, "", "required file is missing");
      continue;
    }
    pending.push_back({&f, core::read_file(path), {}});
  }
  // JSON parsing is most of a start-up: the largest file (exhibitors.json in a big expo) is parsed
  // on a second thread while this one parses and applies the others. Only one extra tree is alive
  // at a time, so peak memory grows by one file's tree, not by all of them.
  auto largest = std::max_element(pending.begin(), pending.end(), [](const auto& a, const auto& b) {
    return a.text.text.size() < b.text.text.size();
  });
  if (pending.size() > 1 && largest->text.text.size() >= kParallelParseBytes) {
    largest->parsing = std::async(std::launch::async, parse_file_text, std::string(largest->file->name),
                                  std::move(largest->text.text));
  }
  for (PendingFile& p : pending) {
    if (p.parsing.valid()) {
      apply_parsed_file(p.parsing.get(), state);
    } else if (!p.text) {
      result.diagnostics.error(p.file->name, "", "cannot read file");
    } else {
      apply_parsed_file(parse_file_text(p.file->name, std::move(p.text.text)), state);
    }
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
