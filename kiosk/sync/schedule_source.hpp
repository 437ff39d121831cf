#pragma once
// A schedule export that `marquee publish --follow` fetches: where it lives, which file it becomes
// in the content directory, and the function that turns the fetched bytes into that file. The
// function is the only part that knows the export's format, so another importer (frab XML, xCal)
// is a new converter, not a change to the follow loop.
#include <functional>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace marquee::sync {

// One file to put into the content directory before it is validated and published.
struct StagedFile {
  std::string path;  // relative to the content directory, e.g. "schedule.json"
  std::string bytes;
};

// Checks and converts one fetched export. An error (with the reason, naming the source) means
// the export is refused and the last good one is kept.
using ScheduleConverter = std::function<core::Result<std::vector<StagedFile>>(const std::string& bytes)>;

struct FollowSource {
  std::string url;   // an http(s) URL, or the file's path when `is_file`
  bool is_file = false;  // a local export (a file another tool rewrites): read, not fetched
  std::string file_name;  // "schedule.json", or "schedule.<venue>.json" for one venue of several
  ScheduleConverter convert;
};

// "URL" or "VENUE=URL" (one venue of a multi-venue bundle) to a source using today's importer, the
// frab/pretalx schedule.json one; an error names what is wrong with the argument. Besides http://
// and https:// URLs, a source may be a local file: "file:///srv/export/schedule.xml" or a plain
// path ("exports/schedule.json"), which must exist when following starts.
core::Result<FollowSource> parse_follow_source(const std::string& argument);

// The frab/pretalx schedule.json converter: the export must import without errors (the same
// import the content loader runs on a bundle's schedule.json); it is then staged as is.
ScheduleConverter json_schedule_converter(const std::string& file_name, const std::string& label);

}  // namespace marquee::sync
