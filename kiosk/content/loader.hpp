#pragma once
// Reads a content directory (a bundle) into an immutable Content snapshot, validating everything
// and collecting every problem. A snapshot is produced only when there are no errors.
#include <filesystem>
#include <memory>
#include <string>

#include "content/diagnostic.hpp"
#include "content/model.hpp"

namespace marquee::content {

struct LoadResult {
  std::shared_ptr<const Content> content;  // null when any error was found
  Diagnostics diagnostics;
};

// The files a content directory may hold, in load order. event.json and sessions.json are required.
struct ContentFile {
  const char* name;
  bool required;
};
const std::vector<ContentFile>& content_files();

LoadResult load_content(const std::filesystem::path& dir);

// Parses one file's text; exposed for tests and for the sync thread, which already holds the bytes.
// Returns false (and reports why) when the text is not valid UTF-8 JSON.
struct ParseState;
bool parse_content_text(const std::string& file_name, std::string text, ParseState& state);

}  // namespace marquee::content
