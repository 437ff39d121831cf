// marquee search [--content DIR] QUERY: the kiosk's search over exhibitors, sessions and speakers,
// printed as ranked lines (kind, id, name, what matched) for staff and tests.
#include <iostream>

#include "app/commands.hpp"
#include "content/loader.hpp"
#include "content/search/search_index.hpp"
#include "core/paths.hpp"

namespace marquee::app {
namespace {

struct SearchOptions {
  std::string content_dir;
  std::string query;
  std::size_t limit = 20;
};

int run_search(const SearchOptions& opts) {
  const std::string dir = opts.content_dir.empty() ? core::demo_content_dir().string() : opts.content_dir;
  const content::LoadResult loaded = content::load_content(dir);
  if (!loaded.content) {
    for (const auto& d : loaded.diagnostics.all()) std::cerr << content::format_diagnostic(d) << '\n';
    std::cerr << dir << ": content does not load; run `marquee validate " << dir << "`\n";
    return 1;
  }
  const auto index = content::search::build_search_index(*loaded.content);
  const auto hits = index->search(opts.query, opts.limit);
  for (const auto& h : hits) {
    const std::string_view text = h.text;
    std::cout << content::search::item_kind_name(h.kind) << '\t' << h.id << '\t'
              << index->name(h, content::Lang::En) << " / " << index->name(h, content::Lang::Zh) << '\t'
              << content::search::match_tier_name(h.tier) << ' ' << content::search::match_field_name(h.field)
              << ' ' << content::search::match_lang_name(h.lang) << " \"" << text.substr(0, h.begin) << '['
              << text.substr(h.begin, h.end - h.begin) << ']' << text.substr(h.end, 40) << "\"\n";
  }
  std::cout << hits.size() << (hits.size() == 1 ? " result" : " results") << " for \"" << opts.query
            << "\"\n";
  return 0;
}

}  // namespace

void add_search_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<SearchOptions>();
  auto* cmd = app.add_subcommand("search", "Search exhibitors, sessions and speakers as the kiosk does");
  cmd->add_option("--content", opts->content_dir, "Content directory (default: the demo content)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--limit", opts->limit, "Maximum number of results")->check(CLI::PositiveNumber);
  cmd->add_option("query", opts->query, "What to look for (English, Chinese, pinyin, initials)")->required();
  cmd->callback([opts, &ctx] { ctx.exit_code = run_search(*opts); });
}

}  // namespace marquee::app
