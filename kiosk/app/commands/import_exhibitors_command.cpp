// marquee import-exhibitors exhibitors.csv|.xlsx --out DIR [--content DIR] [--encoding NAME]:
// turns an organiser's exhibitor list into DIR/exhibitors.json, checking booths against the
// content directory's map.json and keeping its sectors. Nothing is written when there are errors.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.hpp"
#include "content/exhibitor_import.hpp"
#include "content/loader.hpp"
#include "content/parse_state.hpp"

namespace marquee::app {
namespace {

struct ImportExhibitorsOptions {
  std::string input, out, content_dir, encoding;
  bool strict = false;
};

// The written file goes through the loader's own parser, so an import never produces an
// exhibitors.json the kiosk would refuse.
bool loader_accepts(const std::string& text, content::Diagnostics& diag) {
  content::ParseState state{content::Content{}, content::Origins{}, diag};
  return content::parse_content_text("exhibitors.json", text, state) && !diag.has_errors();
}

int run_import(const ImportExhibitorsOptions& opts) {
  std::ifstream in(opts.input, std::ios::binary);
  if (!in) {
    std::cerr << opts.input << ": cannot read file\n";
    return 1;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  content::ExhibitorImportOptions options;
  options.file = std::filesystem::path(opts.input).filename().string();
  options.encoding = opts.encoding;
  content::Diagnostics diag;
  const std::filesystem::path content_dir = opts.content_dir.empty() ? opts.out : opts.content_dir;
  const content::ExhibitorImportContext context = content::read_import_context(content_dir, diag);
  const content::ExhibitorImport result = content::import_exhibitors(bytes.str(), options, context, diag);
  for (const auto& d : diag.all()) std::cout << content::format_diagnostic(d) << '\n';
  if (diag.has_errors()) {
    std::cout << "nothing written: " << diag.error_count() << " errors\n";
    return 1;
  }
  if (opts.strict && diag.warning_count() > 0) {
    std::cout << "nothing written: --strict and " << diag.warning_count() << " warnings\n";
    return 1;
  }
  const std::string text = result.exhibitors_file.dump(1) + "\n";
  content::Diagnostics check;
  if (!loader_accepts(text, check)) {
    for (const auto& d : check.all()) std::cout << content::format_diagnostic(d) << '\n';
    std::cout << "nothing written: the generated exhibitors.json does not load\n";
    return 1;
  }
  std::error_code ec;
  std::filesystem::create_directories(opts.out, ec);
  const std::filesystem::path target = std::filesystem::path(opts.out) / "exhibitors.json";
  const std::filesystem::path temp = target.string() + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      std::cerr << temp.string() << ": cannot write\n";
      return 1;
    }
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::cerr << target.string() << ": cannot write: " << ec.message() << '\n';
    return 1;
  }
  std::cout << "read " << result.rows << " rows (" << result.encoding << "): " << result.exhibitors
            << " exhibitors, " << result.new_sectors << " new sectors\n";
  std::cout << "wrote " << target.string() << '\n';
  return 0;
}

}  // namespace

void add_import_exhibitors_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<ImportExhibitorsOptions>();
  auto* cmd = app.add_subcommand("import-exhibitors",
                                 "Convert an exhibitor list (.csv or .xlsx) into the content directory's exhibitors.json");
  cmd->add_option("spreadsheet", opts->input, "The exhibitor list: CSV (UTF-8 or GB18030) or XLSX")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--out", opts->out, "Directory to write exhibitors.json to")->required();
  cmd->add_option("--content", opts->content_dir,
                  "Content directory whose map.json booths and exhibitors.json sectors are checked against (default: --out)");
  cmd->add_option("--encoding", opts->encoding,
                  "CSV encoding (an ICU name such as GB18030, Big5, UTF-8); default: detect UTF-8/UTF-16 BOM, else UTF-8, else GB18030");
  cmd->add_flag("--strict", opts->strict, "Write nothing if there were warnings");
  cmd->callback([opts, &ctx] { ctx.exit_code = run_import(*opts); });
}

}  // namespace marquee::app
