// Wayfinding: the input is parsed as map.json (walking graph, levels, rooms, amenities); a map
// that validates is precomputed from every kiosk node (both profiles), then routed to every booth,
// room and amenity, with a closure of the first edge, as the kiosk and the staff panel would.
// Lengths, positions and edge kinds are whatever the fuzzer writes: no input may crash, hang or
// trip a sanitizer.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "content/loader.hpp"
#include "content/parse_state.hpp"
#include "wayfinding/wayfinder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee;
  content::Diagnostics diag;
  content::ParseState state{content::Content{}, content::Origins{}, diag};
  content::parse_content_text("map.json", std::string(reinterpret_cast<const char*>(data), size), state);
  content::cross_check(state);
  if (diag.has_errors()) return 0;
  state.content.finalize();
  auto snapshot = std::make_shared<const content::Content>(std::move(state.content));
  std::vector<std::string> origins;
  for (const auto& n : snapshot->walking.nodes) {
    if (n.kiosk && origins.size() < 4) origins.push_back(n.id);
  }
  if (origins.empty() && !snapshot->walking.nodes.empty()) origins.push_back(snapshot->walking.nodes.front().id);
  auto finder = wayfinding::Wayfinder::precompute(snapshot, origins);
  if (!snapshot->walking.edges.empty()) {
    auto closed = finder->with_closures({{snapshot->walking.edges.front().id}});
    (void)closed->route(origins.empty() ? "" : origins.front(), snapshot->walking.edges.front().to,
                        wayfinding::Profile::StepFree);
  }
  for (const auto& from : origins) {
    for (auto profile : {wayfinding::Profile::Walking, wayfinding::Profile::StepFree}) {
      for (const auto& b : snapshot->booths) (void)finder->route(from, b.id, profile);
      for (const auto& r : snapshot->walking.rooms) (void)finder->route(from, r.id, profile);
      for (const auto& a : snapshot->walking.amenities) (void)finder->walk(from, a.id, profile);
      for (int k = 0; k < content::kAmenityKindCount; ++k)
        (void)finder->nearest(from, static_cast<content::AmenityKind>(k), profile);
    }
  }
  return 0;
}
