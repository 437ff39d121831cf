// announcements.json: messages for attendees; priority "emergency" takes over every screen.
#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace {

void parse_announcement(const ObjectReader& r, ParseState& state) {
  Announcement a;
  a.id = r.string("id", Need::Required).value_or("");
  a.text = r.text("text", Need::Required, Translations::EnZhRequired);
  if (auto p = r.string("priority", Need::Optional)) {
    if (*p == "info") {
      a.priority = Priority::Info;
    } else if (*p == "important") {
      a.priority = Priority::Important;
    } else if (*p == "emergency") {
      a.priority = Priority::Emergency;
    } else {
      r.context().error(r.path_of("priority"),
                        "unknown priority " + core::quote_value(*p) + " (known: info, important, emergency)");
    }
  }
  const auto from = r.instant("valid_from", Need::Required);
  const auto to = r.instant("valid_to", Need::Required);
  if (from) a.valid_from = *from;
  if (to) a.valid_to = *to;
  if (from && to && *to <= *from) {
    r.context().error(r.path_of("valid_to"), "valid_to is not after valid_from");
  }
  a.venues = r.string_list("venues", Need::Optional);
  state.origins.announcements.push_back({r.context().file, r.path()});
  state.content.announcements.push_back(std::move(a));
}

}  // namespace

void parse_announcements_file(const Json& root, ParseState& state, const FileContext& ctx) {
  warn_unknown_keys(root, {"format", "announcements"}, ctx);
  for_each_object(root, "announcements", "", ctx,
                  [&](const ObjectReader& r) { parse_announcement(r, state); });
}

}  // namespace marquee::content
