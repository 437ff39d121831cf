#include "show/show_command.hpp"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/time_zone.hpp"

namespace marquee::show {
namespace {

constexpr std::pair<ShowAction, std::string_view> kNames[] = {
    {ShowAction::Go, "go"},         {ShowAction::Stop, "stop"},         {ShowAction::Hold, "hold"},
    {ShowAction::Resume, "resume"}, {ShowAction::Shift, "shift"},       {ShowAction::Blackout, "blackout"},
    {ShowAction::Release, "release"}, {ShowAction::GrandMaster, "grand_master"},
};

// 1-based line of the first `"key"` in the text (nlohmann keeps no positions for values), so an
// error points at the field even in a pretty-printed message.
int line_of_key(std::string_view text, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  const std::size_t at = text.find(quoted);
  if (at == std::string_view::npos) return 1;
  int line = 1;
  for (std::size_t i = 0; i < at; ++i) line += text[i] == '\n' ? 1 : 0;
  return line;
}

core::Error field_error(std::string_view source, std::string_view text, std::string_view key,
                        const std::string& what) {
  return core::make_error(std::string(source) + ": line " + std::to_string(line_of_key(text, key)) + ": \"" +
                          std::string(key) + "\": " + what);
}

bool needs_cue(ShowAction a) {
  return a == ShowAction::Go || a == ShowAction::Stop;
}

}  // namespace

std::string_view action_name(ShowAction a) {
  for (const auto& [action, name] : kNames) {
    if (action == a) return name;
  }
  return "?";
}

std::optional<ShowAction> action_from_name(std::string_view name) {
  for (const auto& [action, n] : kNames) {
    if (n == name) return action;
  }
  return std::nullopt;
}

core::Status validate(const ShowCommand& c) {
  if (needs_cue(c.action)) {
    if (c.cue.empty()) return core::make_error("\"cue\": a cue name is required");
    if (c.cue.size() > kMaxCueNameBytes) return core::make_error("\"cue\": longer than 200 bytes");
  }
  if (c.action == ShowAction::Shift &&
      (c.shift_seconds == 0 || c.shift_seconds < -kMaxShiftSeconds || c.shift_seconds > kMaxShiftSeconds))
    return core::make_error("\"seconds\": must be a whole number of seconds between -3600 and 3600, not 0");
  if (c.action == ShowAction::GrandMaster && !(c.level >= 0.0f && c.level <= 1.0f))
    return core::make_error("\"level\": must be a number from 0 to 1");
  if (c.who.empty()) return core::make_error("\"who\": who sent the command is required");
  if (c.who.size() > kMaxWhoBytes) return core::make_error("\"who\": longer than 100 bytes");
  if (c.at && !needs_cue(c.action)) return core::make_error("\"at\": only go and stop can be scheduled");
  return core::Ok{};
}

std::string to_json(const ShowCommand& c) {
  nlohmann::ordered_json j;
  j["action"] = action_name(c.action);
  if (needs_cue(c.action)) j["cue"] = c.cue;
  if (c.action == ShowAction::Shift) j["seconds"] = c.shift_seconds;
  if (c.action == ShowAction::GrandMaster) j["level"] = c.level;
  j["who"] = c.who;
  if (c.at) j["at"] = core::format_iso8601_utc_ms(*c.at);
  // Replace, never throw, on invalid UTF-8 in a cue name: the command still round-trips as text.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

core::Result<ShowCommand> parse_show_command(std::string_view text, std::string_view source) {
  const auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Re-parse with exceptions only to learn where the syntax broke.
    try {
      const auto never = nlohmann::json::parse(text.begin(), text.end());
      return core::make_error(std::string(source) + ": line 1: not valid JSON (" + never.type_name() + ")");
    } catch (const nlohmann::json::parse_error& e) {
      int line = 1;
      for (std::size_t i = 0; i < e.byte && i < text.size(); ++i) line += text[i] == '\n' ? 1 : 0;
      return core::make_error(std::string(source) + ": line " + std::to_string(line) + ": not valid JSON");
    } catch (const nlohmann::json::exception&) {
      // A number too large for a double (1e400) is out_of_range, not a parse_error; it has no
      // byte offset, and a command is one line on the wire anyway.
      return core::make_error(std::string(source) + ": line 1: not valid JSON (a number is out of range)");
    }
    return core::make_error(std::string(source) + ": line 1: not valid JSON");
  }
  if (!j.is_object()) return core::make_error(std::string(source) + ": line 1: a command must be a JSON object");
  ShowCommand c;
  const auto action = j.find("action");
  if (action == j.end() || !action->is_string())
    return field_error(source, text, "action", "required, one of go, stop, hold, resume, shift, blackout, release, grand_master");
  const auto parsed = action_from_name(action->get_ref<const std::string&>());
  if (!parsed)
    return field_error(source, text, "action",
                       "unknown action \"" + action->get<std::string>() +
                           "\" (go, stop, hold, resume, shift, blackout, release, grand_master)");
  c.action = *parsed;
  for (const auto& [key, value] : j.items()) {
    if (key != "action" && key != "cue" && key != "seconds" && key != "level" && key != "who" && key != "at")
      return field_error(source, text, key, "unknown field");
  }
  if (needs_cue(c.action)) {
    const auto cue = j.find("cue");
    if (cue == j.end() || !cue->is_string()) return field_error(source, text, "cue", "required, a cue name");
    c.cue = cue->get<std::string>();
  }
  if (c.action == ShowAction::Shift) {
    const auto s = j.find("seconds");
    if (s == j.end() || !s->is_number_integer())
      return field_error(source, text, "seconds", "required, a whole number of seconds (300 = five minutes later)");
    const auto v = s->get<long long>();
    if (v == 0 || v < -kMaxShiftSeconds || v > kMaxShiftSeconds)
      return field_error(source, text, "seconds", "must be between -3600 and 3600 and not 0");
    c.shift_seconds = static_cast<int>(v);
  }
  if (c.action == ShowAction::GrandMaster) {
    const auto l = j.find("level");
    if (l == j.end() || !l->is_number()) return field_error(source, text, "level", "required, a number from 0 to 1");
    const double v = l->get<double>();
    if (!std::isfinite(v) || v < 0.0 || v > 1.0) return field_error(source, text, "level", "must be from 0 to 1");
    c.level = static_cast<float>(v);
  }
  const auto who = j.find("who");
  if (who == j.end() || !who->is_string()) return field_error(source, text, "who", "required, who sent it");
  c.who = who->get<std::string>();
  if (needs_cue(c.action) && c.cue.empty()) return field_error(source, text, "cue", "must not be empty");
  if (c.cue.size() > kMaxCueNameBytes) return field_error(source, text, "cue", "longer than 200 bytes");
  if (c.who.empty()) return field_error(source, text, "who", "must not be empty");
  if (c.who.size() > kMaxWhoBytes) return field_error(source, text, "who", "longer than 100 bytes");
  if (const auto at = j.find("at"); at != j.end()) {
    if (!needs_cue(c.action)) return field_error(source, text, "at", "only go and stop can be scheduled");
    if (!at->is_string()) return field_error(source, text, "at", "an ISO 8601 instant with offset");
    auto t = core::parse_iso8601(at->get_ref<const std::string&>());
    if (!t) return field_error(source, text, "at", t.error().message);
    c.at = *t;
  }
  return c;
}

std::string describe(const ShowCommand& c) {
  char buf[64];
  switch (c.action) {
    case ShowAction::Go:
      return "GO " + c.cue;
    case ShowAction::Stop:
      return "Stop " + c.cue;
    case ShowAction::Hold:
      return "Hold";
    case ShowAction::Resume:
      return "Resume";
    case ShowAction::Shift:
      if (c.shift_seconds % 60 == 0) {
        std::snprintf(buf, sizeof buf, "Shift %+d min", c.shift_seconds / 60);
      } else {
        std::snprintf(buf, sizeof buf, "Shift %+d s", c.shift_seconds);
      }
      return buf;
    case ShowAction::Blackout:
      return "Blackout";
    case ShowAction::Release:
      return "Release blackout";
    case ShowAction::GrandMaster:
      std::snprintf(buf, sizeof buf, "Grand master %d%%", static_cast<int>(std::lround(c.level * 100.0f)));
      return buf;
  }
  return "?";
}

}  // namespace marquee::show
