#include "sync/schedule_source.hpp"

#include <filesystem>

#include "content/diagnostic.hpp"
#include "content/schedule_import.hpp"

namespace marquee::sync {

ScheduleConverter json_schedule_converter(const std::string& file_name, const std::string& label) {
  return [file_name, label](const std::string& bytes) -> core::Result<std::vector<StagedFile>> {
    content::Diagnostics diag;
    content::ScheduleImportOptions options;
    options.file = file_name;
    (void)content::import_schedule_text(bytes, options, diag);
    if (diag.has_errors()) {
      std::string message = label + ": not a usable schedule export (" + std::to_string(diag.error_count()) + " errors)";
      for (const auto& d : diag.all()) {
        if (d.severity == content::Severity::Error) message += "\n  " + content::format_diagnostic(d);
      }
      return core::make_error(message);
    }
    return std::vector<StagedFile>{{file_name, bytes}};
  };
}

core::Result<FollowSource> parse_follow_source(const std::string& argument) {
  FollowSource s;
  s.url = argument;
  s.file_name = "schedule.json";
  const std::size_t eq = argument.find('=');
  const std::size_t scheme = argument.find("://");
  if (eq != std::string::npos && (scheme == std::string::npos || eq < scheme)) {
    const std::string venue = argument.substr(0, eq);
    s.url = argument.substr(eq + 1);
    s.file_name = "schedule." + venue + ".json";
    if (!content::is_schedule_file_name(s.file_name) || venue.find('/') != std::string::npos)
      return core::make_error("--follow " + argument + ": \"" + venue + "\" is not a venue id");
  }
  if (s.url.rfind("file://", 0) == 0) {
    s.url.erase(0, 7);
    s.is_file = true;
  } else if (s.url.find("://") == std::string::npos) {
    s.is_file = true;
  } else if (s.url.rfind("http://", 0) != 0 && s.url.rfind("https://", 0) != 0) {
    return core::make_error("--follow " + argument + ": needs an http:// or https:// URL, or a file");
  }
  if (s.is_file) {
    std::error_code ec;
    if (s.url.empty() || !std::filesystem::is_regular_file(s.url, ec))
      return core::make_error("--follow " + argument + ": no such file \"" + s.url + "\"");
  }
  s.convert = json_schedule_converter(s.file_name, s.url);
  return s;
}

}  // namespace marquee::sync
