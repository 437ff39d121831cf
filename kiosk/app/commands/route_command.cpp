// marquee route --from NODE --to ID [--step-free] [--lang en|zh|es] [--content DIR]: the route a
// kiosk standing at NODE would show, as numbered steps with distance and walking time, so staff
// can check routes before the doors open.
#include <cmath>
#include <iostream>

#include "app/commands.hpp"
#include "content/loader.hpp"
#include "core/paths.hpp"
#include "wayfinding/step_text.hpp"
#include "wayfinding/wayfinder.hpp"

namespace marquee::app {
namespace {

struct RouteOptions {
  std::string content_dir;
  std::string from, to;
  bool step_free = false;
  std::string lang = "en";
  std::vector<std::string> closed;
};

void print_route(const wayfinding::Route& r, content::Lang lang) {
  std::cout << "Route from " << r.from_node << " to " << wayfinding::target_kind_id(r.target.kind) << " \""
            << r.target.id << "\" (" << r.target.name.get(lang) << ")"
            << (r.profile == wayfinding::Profile::StepFree ? ", step-free" : "") << '\n';
  const auto texts = wayfinding::step_texts(r, lang);
  for (std::size_t i = 0; i < texts.size(); ++i) std::cout << "  " << i + 1 << ". " << texts[i] << '\n';
  std::cout << "Distance: " << std::lround(r.metres) << " m, walking time: " << r.minutes() << " min ("
            << std::lround(r.seconds) << " s)";
  if (r.lift_rides > 0) std::cout << ", lift rides: " << r.lift_rides;
  std::cout << '\n' << "Levels:";
  for (std::size_t i = 0; i < r.legs.size(); ++i) std::cout << (i ? " -> " : " ") << r.legs[i].level;
  std::cout << '\n' << wayfinding::summary_text(r, lang) << '\n';
}

int run_route(const RouteOptions& opts) {
  const std::string dir = opts.content_dir.empty() ? core::demo_content_dir().string() : opts.content_dir;
  content::LoadResult loaded = content::load_content(dir);
  if (!loaded.content) {
    for (const auto& d : loaded.diagnostics.all()) std::cerr << content::format_diagnostic(d) << '\n';
    std::cerr << dir << ": content does not load; run `marquee validate " << dir << "`\n";
    return 1;
  }
  const auto wayfinder = wayfinding::Wayfinder::precompute(std::move(loaded.content), {opts.from},
                                                           wayfinding::Closures{opts.closed});
  for (const auto& id : wayfinder->unknown_closures())
    std::cerr << "warning: --closed \"" << id << "\" names no edge, lift or node\n";
  const auto profile = opts.step_free ? wayfinding::Profile::StepFree : wayfinding::Profile::Walking;
  const auto result = wayfinder->route(opts.from, opts.to, profile);
  if (!result) {
    std::cerr << "marquee route: " << result.message << '\n';
    return 1;
  }
  print_route(result.route, *content::lang_from_code(opts.lang));
  return 0;
}

}  // namespace

void add_route_command(CLI::App& app, CommandContext& ctx) {
  auto opts = std::make_shared<RouteOptions>();
  auto* cmd =
      app.add_subcommand("route", "Print the route, distance and walking time from a map node to a place");
  cmd->add_option("--content", opts->content_dir, "Content directory (default: the demo content)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--from", opts->from, "Walking-graph node to start at (a kiosk's node)")->required();
  cmd->add_option("--to", opts->to, "Booth, room, amenity, exhibitor, session or node id")->required();
  cmd->add_flag("--step-free", opts->step_free, "Avoid stairs and escalators (lifts and ramps only)");
  cmd->add_option("--lang", opts->lang, "Language of the steps")->check(CLI::IsMember({"en", "zh", "es"}));
  cmd->add_option("--closed", opts->closed, "Edge, lift or node ids closed today (repeatable)");
  cmd->callback([opts, &ctx] { ctx.exit_code = run_route(*opts); });
}

}  // namespace marquee::app
