#include "fleet/fleet_command.hpp"

#include <array>
#include <nlohmann/json.hpp>
#include <utility>

#include "core/time_zone.hpp"
#include "fleet/topics.hpp"

namespace marquee::fleet {
namespace {

constexpr std::array<std::pair<CommandKind, std::string_view>, 7> kKinds = {{
    {CommandKind::Refresh, "refresh"},
    {CommandKind::EmergencyOn, "emergency_on"},
    {CommandKind::EmergencyOff, "emergency_off"},
    {CommandKind::Show, "show"},
    {CommandKind::SetLanguage, "set_language"},
    {CommandKind::Screenshot, "screenshot"},
    {CommandKind::Restart, "restart"},
}};

bool known_language(std::string_view l) {
  return l == "en" || l == "zh" || l == "es";
}

core::Error field(std::string_view name, std::string_view message) {
  return core::make_error("\"" + std::string(name) + "\": " + std::string(message));
}

core::Result<core::WallTime> instant(const nlohmann::json& j, std::string_view name) {
  const auto it = j.find(name);
  if (it == j.end() || !it->is_string()) return field(name, "required, an ISO 8601 instant with offset");
  auto t = core::parse_iso8601(it->get_ref<const std::string&>());
  if (!t) return field(name, t.error().message);
  return *t;
}

}  // namespace

std::string_view kind_name(CommandKind k) {
  for (const auto& [kind, name] : kKinds) {
    if (kind == k) return name;
  }
  return "?";
}

std::optional<CommandKind> kind_from_name(std::string_view name) {
  for (const auto& [kind, n] : kKinds) {
    if (n == name) return kind;
  }
  return std::nullopt;
}

std::string to_json(const FleetCommand& c) {
  nlohmann::ordered_json j;
  j["v"] = 1;
  j["sender"] = c.sender;
  j["seq"] = c.seq;
  j["issued"] = core::format_iso8601_utc_ms(c.issued);
  j["expires"] = core::format_iso8601_utc_ms(c.expires);
  j["target"] = c.target;
  j["kind"] = kind_name(c.kind);
  switch (c.kind) {
    case CommandKind::EmergencyOn:
      if (!c.announcement.empty()) {
        j["announcement"] = c.announcement;
      } else {
        j["text"] = c.text;
      }
      break;
    case CommandKind::Show:
      if (c.show) j["show"] = nlohmann::ordered_json::parse(show::to_json(*c.show));
      break;
    case CommandKind::SetLanguage:
      j["language"] = c.language;
      break;
    default:
      break;
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

core::Result<FleetCommand> parse_fleet_command(std::string_view text) {
  const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return core::make_error("the command is not valid JSON");
  if (!j.is_object()) return core::make_error("the command must be a JSON object");
  static constexpr std::array<std::string_view, 11> kFields = {
      "v",    "sender", "seq",          "issued", "expires", "target",
      "kind", "text",   "announcement", "show",   "language"};
  for (const auto& [key, value] : j.items()) {
    bool known = false;
    for (const auto f : kFields) known = known || key == f;
    if (!known) return field(key, "unknown field");
  }
  const auto v = j.find("v");
  if (v == j.end() || !v->is_number_integer() || v->get<long long>() != 1) return field("v", "must be 1");
  FleetCommand c;
  const auto sender = j.find("sender");
  if (sender == j.end() || !sender->is_string() || sender->get_ref<const std::string&>().empty())
    return field("sender", "required, the operator's name");
  c.sender = sender->get<std::string>();
  if (c.sender.size() > kMaxSenderBytes) return field("sender", "longer than 64 bytes");
  const auto seq = j.find("seq");
  if (seq == j.end() || !seq->is_number_unsigned() || seq->get<std::uint64_t>() == 0)
    return field("seq", "required, a positive whole number that grows with every command");
  c.seq = seq->get<std::uint64_t>();
  auto issued = instant(j, "issued");
  if (!issued) return issued.error();
  c.issued = *issued;
  auto expires = instant(j, "expires");
  if (!expires) return expires.error();
  c.expires = *expires;
  if (c.expires <= c.issued) return field("expires", "must be after \"issued\"");
  if (c.expires - c.issued > kMaxLifetime) return field("expires", "at most one hour after \"issued\"");
  const auto target = j.find("target");
  if (target == j.end() || !target->is_string())
    return field("target", "required, the topic the command was sent to");
  c.target = target->get<std::string>();
  const auto kind = j.find("kind");
  if (kind == j.end() || !kind->is_string()) return field("kind", "required");
  const auto parsed = kind_from_name(kind->get_ref<const std::string&>());
  if (!parsed)
    return field("kind",
                 "unknown kind \"" + kind->get<std::string>() +
                     "\" (refresh, emergency_on, emergency_off, show, set_language, screenshot, restart)");
  c.kind = *parsed;
  switch (c.kind) {
    case CommandKind::EmergencyOn: {
      const auto ann = j.find("announcement");
      const auto txt = j.find("text");
      if (ann != j.end()) {
        if (!ann->is_string() || ann->get_ref<const std::string&>().empty())
          return field("announcement", "must be an announcement id");
        c.announcement = ann->get<std::string>();
      } else if (txt != j.end() && txt->is_object() && !txt->empty()) {
        for (const auto& [lang, message] : txt->items()) {
          if (!known_language(lang)) return field("text", "unknown language \"" + lang + "\" (en, zh, es)");
          if (!message.is_string() || message.get_ref<const std::string&>().empty())
            return field("text", "\"" + lang + "\" must be a non-empty string");
          if (message.get_ref<const std::string&>().size() > kMaxEmergencyTextBytes)
            return field("text", "\"" + lang + "\" is longer than 2000 bytes");
          c.text[lang] = message.get<std::string>();
        }
        if (!c.text.contains("en"))
          return field("text", "needs at least \"en\" (every kiosk can show English)");
      } else {
        return field("text", "an emergency needs \"text\" ({\"en\": ..., \"zh\": ...}) or \"announcement\"");
      }
      break;
    }
    case CommandKind::Show: {
      const auto s = j.find("show");
      if (s == j.end() || !s->is_object()) return field("show", "required, a show command object");
      auto command = show::parse_show_command(s->dump(), "show");
      if (!command) return core::make_error(command.error().message);
      c.show = std::move(*command);
      break;
    }
    case CommandKind::SetLanguage: {
      const auto l = j.find("language");
      if (l == j.end() || !l->is_string() || !known_language(l->get_ref<const std::string&>()))
        return field("language", "required, one of en, zh, es");
      c.language = l->get<std::string>();
      break;
    }
    default:
      break;
  }
  return c;
}

std::string describe(const FleetCommand& c) {
  std::string out(kind_name(c.kind));
  if (c.kind == CommandKind::Show && c.show) {
    out += " " + show::describe(*c.show);
    if (c.show->at) out += " at " + core::format_iso8601_utc_ms(*c.show->at);
  }
  if (c.kind == CommandKind::SetLanguage) out += " " + c.language;
  if (c.kind == CommandKind::EmergencyOn && !c.announcement.empty()) out += " " + c.announcement;
  return out;
}

}  // namespace marquee::fleet
