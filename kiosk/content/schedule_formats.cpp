// Which schedule format a text is, decided by its content alone: the first byte that is not
// white space (or a byte-order mark), then the XML root element or the JSON top-level keys. A
// file that is none of the four is an error that lists what would have been accepted.
#include <algorithm>

#include "content/json_parse.hpp"
#include "content/schedule_importer.hpp"
#include "core/quote.hpp"

namespace marquee::content {

const char* const kScheduleFormatsExpected =
    "frab/pretalx JSON (schedule.conference.days), schedule2 JSON (events[] + rooms[]), "
    "schedule.xml (<schedule>) or xCal (<iCalendar>)";

namespace {

using schedule_detail::OJson;

std::string_view without_leading_space(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  const auto b = text.find_first_not_of(" \t\r\n");
  return b == std::string_view::npos ? std::string_view() : text.substr(b);
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

void not_a_schedule(const ScheduleImportOptions& options, Diagnostics& diag, const std::string& found,
                    int line = 0) {
  diag.error(options.file, "", "expected " + std::string(kScheduleFormatsExpected) + "; found " + found, line);
}

// The loader shares one Diagnostics across files, so "this import failed" is "more errors now".
bool new_errors(const Diagnostics& diag, std::size_t before) {
  return diag.error_count() > before;
}

ImportedSchedule run_importer(const OJson& frab, const ScheduleImportOptions& options, Diagnostics& diag,
                              const schedule_detail::ScheduleSource* source, std::string format) {
  const std::size_t errors_before = diag.error_count();
  schedule_detail::Importer importer(options, diag, source);
  ImportedSchedule out = importer.run(frab);
  if (new_errors(diag, errors_before)) return {};
  if (out.counts.events == 0) {
    diag.error(options.file, "", "read " + format + " but it holds no events");
    return {};
  }
  out.format = std::move(format);
  return out;
}

ImportedSchedule import_xml(std::string_view text, const ScheduleImportOptions& options, Diagnostics& diag) {
  xml::ParseError parse_error;
  const auto doc = xml::Document::parse(text, &parse_error);
  if (!doc) {
    diag.error(options.file, "", "XML syntax error: " + parse_error.message, parse_error.line);
    return {};
  }
  const std::size_t errors_before = diag.error_count();
  const xmlNode* root = doc->root();
  const std::string name = lower(xml::name_of(root));
  std::optional<schedule_detail::ScheduleSource> source;
  if (name == "schedule") {
    source = schedule_detail::read_frab_xml(root, options, diag);
  } else if (name == "icalendar") {
    source = schedule_detail::read_xcal(root, options, diag);
  } else {
    not_a_schedule(options, diag, "XML with root element <" + std::string(xml::name_of(root)) + ">",
                   xml::line_of(root));
    return {};
  }
  if (!source || new_errors(diag, errors_before)) return {};
  return run_importer(source->frab, options, diag, &*source, source->format);
}

std::string top_level_keys(const OJson& root) {
  if (!root.is_object()) return root.is_array() ? "a JSON array" : "a JSON " + std::string(root.type_name());
  std::string keys;
  std::size_t n = 0;
  for (const auto& [key, value] : root.items()) {
    if (++n > 6) {
      keys += ", ...";
      break;
    }
    keys += (keys.empty() ? "" : ", ") + core::quote_value(key);
  }
  return keys.empty() ? "an empty JSON object" : "a JSON object with " + keys;
}

ImportedSchedule import_json(std::string_view text, const ScheduleImportOptions& options, Diagnostics& diag) {
  auto root = parse_json_text<OJson>(text, options.file, diag, Severity::Warning);
  if (!root) return {};
  if (root->is_object() && root->contains("schedule")) {
    return run_importer(*root, options, diag, nullptr, "frab/pretalx schedule.json");
  }
  if (root->is_object() && root->contains("events") && (*root)["events"].is_array()) {
    const std::size_t errors_before = diag.error_count();
    auto source = schedule_detail::read_schedule2(*root, options, diag);
    if (!source || new_errors(diag, errors_before)) return {};
    return run_importer(source->frab, options, diag, &*source, source->format);
  }
  not_a_schedule(options, diag, top_level_keys(*root));
  return {};
}

}  // namespace

ImportedSchedule import_schedule_text(const std::string& text, const ScheduleImportOptions& options,
                                      Diagnostics& diag) {
  const std::string_view body = without_leading_space(text);
  if (body.empty()) {
    not_a_schedule(options, diag, "an empty file");
    return {};
  }
  // libxml2 gets the whole text (it reads a byte-order mark itself), so its line numbers are the
  // file's.
  if (body.front() == '<') return import_xml(text, options, diag);
  if (body.front() == '{' || body.front() == '[') return import_json(text, options, diag);
  not_a_schedule(options, diag, "text starting with " + core::quote_value(body.substr(0, 16)));
  return {};
}

}  // namespace marquee::content
