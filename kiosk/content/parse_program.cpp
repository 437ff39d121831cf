// sessions.json and speakers.json: the programme.
#include "content/language_tag.hpp"
#include "content/parse_state.hpp"
#include "core/quote.hpp"

namespace marquee::content {
namespace {

void parse_session(const ObjectReader& r, ParseState& state) {
  Session s;
  s.id = r.string("id", Need::Required).value_or("");
  s.title = r.text("title", Need::Required, Translations::EnZhRequired);
  s.abstract = r.text("abstract", Need::Optional, Translations::AnyOne);
  const auto start = r.instant("start", Need::Required);
  const auto end = r.instant("end", Need::Required);
  if (start) s.start = *start;
  if (end) s.end = *end;
  if (start && end && *end <= *start) {
    r.context().error(r.path_of("end"), "end " + core::format_iso8601_utc(*end) + " is not after start " +
                                            core::format_iso8601_utc(*start));
  }
  s.room = r.string("room", Need::Required).value_or("");
  s.track = r.string("track", Need::Optional).value_or("");
  s.speakers = r.string_list("speakers", Need::Optional);
  s.language = r.string("language", Need::Optional).value_or("");
  if (!s.language.empty() && !is_language_tag(s.language)) {
    r.context().error(r.path_of("language"),
                      "not a language tag: " + core::quote_value(s.language) + " (e.g. \"en\", \"zh-Hans\")");
  }
  s.featured = r.boolean("featured", Need::Optional).value_or(false);
  s.url = r.string("url", Need::Optional).value_or("");
  if (auto kind = r.string("kind", Need::Required)) {
    if (auto k = session_kind_from_id(*kind)) {
      s.kind = *k;
    } else {
      r.context().error(r.path_of("kind"),
                        "unknown session kind \"" + *kind +
                            "\" (known: opening_ceremony, main_forum, summit_forum, thematic_forum, "
                            "special_activity, exhibition, evening_event)");
    }
  }
  state.origins.sessions.push_back({r.context().file, r.path()});
  state.content.sessions.push_back(std::move(s));
}

void parse_speaker(const ObjectReader& r, ParseState& state) {
  Speaker s;
  s.id = r.string("id", Need::Required).value_or("");
  s.name = r.text("name", Need::Required, Translations::EnZhRequired);
  s.affiliation = r.text("affiliation", Need::Optional, Translations::AnyOne);
  s.bio = r.text("bio", Need::Optional, Translations::AnyOne);
  s.photo = r.string("photo", Need::Optional).value_or("");
  s.url = r.string("url", Need::Optional).value_or("");
  state.origins.speakers.push_back({r.context().file, r.path()});
  state.content.speakers.push_back(std::move(s));
}

}  // namespace

void parse_sessions_file(const Json& root, ParseState& state, const FileContext& ctx) {
  warn_unknown_keys(root, {"format", "sessions"}, ctx);
  if (!root.contains("sessions")) ctx.error("/sessions", "missing required field");
  for_each_object(root, "sessions", "", ctx, [&](const ObjectReader& r) { parse_session(r, state); });
}

void parse_speakers_file(const Json& root, ParseState& state, const FileContext& ctx) {
  warn_unknown_keys(root, {"format", "speakers"}, ctx);
  for_each_object(root, "speakers", "", ctx, [&](const ObjectReader& r) { parse_speaker(r, state); });
}

}  // namespace marquee::content
