// The image pass of a content load: every image a bundle refers to is inspected (not decoded).
// A bad image is a warning, not an error: the exhibitor, speaker or sponsor still shows, without
// the picture, because a kiosk keeps running on content that is right in everything else and a
// missing logo must not hold back a schedule change. The reference is dropped from the snapshot
// so no later stage tries to open the file.
#include "content/image_asset.hpp"
#include "content/parse_state.hpp"

namespace marquee::content {
namespace {

void check_one(const std::filesystem::path& dir, std::string& asset, const Origin& origin, const char* field,
               Diagnostics& diag) {
  if (asset.empty()) return;
  auto info = inspect_image(dir, asset);
  if (info) return;
  diag.warning(origin.file, origin.path + field, info.error().message + "; shown without it");
  asset.clear();
}

}  // namespace

void check_images(const std::filesystem::path& dir, ParseState& state) {
  Content& c = state.content;
  const Origins& o = state.origins;
  Diagnostics& d = state.diagnostics;
  check_one(dir, c.conference.key_visual, Origin{"event.json", "/conference"}, "/key_visual", d);
  for (std::size_t i = 0; i < c.exhibitors.size() && i < o.exhibitors.size(); ++i)
    check_one(dir, c.exhibitors[i].logo, o.exhibitors[i], "/logo", d);
  for (std::size_t i = 0; i < c.speakers.size() && i < o.speakers.size(); ++i)
    check_one(dir, c.speakers[i].photo, o.speakers[i], "/photo", d);
  for (std::size_t i = 0; i < c.sponsors.size() && i < o.sponsors.size(); ++i)
    check_one(dir, c.sponsors[i].banner, o.sponsors[i], "/banner", d);
}

}  // namespace marquee::content
