#pragma once
// An organiser's exhibitor list (CSV or XLSX, headers in English or Chinese) to the content
// bundle's exhibitors.json: sectors and exhibitors with their booth assignments, checked against
// the bundle's map.json when there is one. Every problem is reported with file, row and column
// (docs/import-exhibitors.md).
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "content/diagnostic.hpp"
#include "content/sheet/sheet.hpp"

namespace marquee::content {

struct ExhibitorImportOptions {
  std::string file;      // the spreadsheet's name, for messages
  std::string encoding;  // CSV only: "" (detect: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030) or an ICU name
  SheetLimits limits;
};

// What the bundle already says, to check the list against (all optional).
struct ExhibitorImportContext {
  nlohmann::json existing_sectors = nlohmann::json::array();  // exhibitors.json's "sectors": kept, and matched by id or name
  bool has_map = false;
  std::map<std::string, std::string> booth_hall;                 // map.json booth id -> hall id
  std::map<std::string, std::vector<std::string>> hall_names;   // hall id -> its id and names, lower-cased
};

struct ExhibitorImport {
  nlohmann::json exhibitors_file;  // {"format": 1, "sectors": [...], "exhibitors": [...]}
  std::string encoding;            // CSV: the encoding it was read in; XLSX: "xlsx"
  std::size_t rows = 0, exhibitors = 0, new_sectors = 0;
};

// Reads the spreadsheet (XLSX when it is a zip archive, else CSV) into a Sheet.
Sheet read_spreadsheet(std::string_view bytes, const ExhibitorImportOptions& options, std::string& encoding,
                       Diagnostics& diag);

ExhibitorImport import_exhibitors(std::string_view bytes, const ExhibitorImportOptions& options,
                                  const ExhibitorImportContext& context, Diagnostics& diag);

// The context from a content directory: its exhibitors.json sectors and map.json booths and halls.
// Problems reading them are reported to diag.
ExhibitorImportContext read_import_context(const std::filesystem::path& content_dir, Diagnostics& diag);

}  // namespace marquee::content
