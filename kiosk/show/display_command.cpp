#include "show/display_command.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "core/time_zone.hpp"

namespace marquee::show {
namespace {

constexpr std::array<std::string_view, 10> kKindNames = {"scene",       "color",   "gradient", "text",
                                                         "countdown",   "image",   "scroll",   "overlay-on",
                                                         "overlay-off", "end-show"};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_text(std::string& out, const LocalizedText& t) {
  const std::pair<const char*, const std::string*> parts[] = {{"en", &t.en}, {"zh", &t.zh}, {"es", &t.es}};
  for (const auto& [lang, value] : parts) {
    if (!value->empty()) out += std::string(" text.") + lang + "=\"" + *value + "\"";
  }
}

}  // namespace

bool DisplayTarget::matches(const KioskIdentity& kiosk) const {
  switch (kind) {
    case Kind::All:
      return true;
    case Kind::Kiosk:
      return kiosk.id == value;
    case Kind::Zone:
      return kiosk.zone == value;
    case Kind::Tag:
      return std::find(kiosk.tags.begin(), kiosk.tags.end(), value) != kiosk.tags.end();
  }
  return false;
}

core::Result<DisplayTarget> DisplayTarget::parse(std::string_view text) {
  if (text.empty() || text == "all") return DisplayTarget{};
  const auto colon = text.find(':');
  const std::string_view prefix = text.substr(0, colon == std::string_view::npos ? 0 : colon);
  const std::string value(colon == std::string_view::npos ? "" : text.substr(colon + 1));
  if (!value.empty()) {
    if (prefix == "kiosk") return DisplayTarget{Kind::Kiosk, value};
    if (prefix == "zone") return DisplayTarget{Kind::Zone, value};
    if (prefix == "tag") return DisplayTarget{Kind::Tag, value};
  }
  return core::make_error("bad display target \"" + std::string(text) +
                          "\" (expected all, kiosk:<id>, zone:<name> or tag:<name>)");
}

std::string DisplayTarget::to_string() const {
  switch (kind) {
    case Kind::All:
      return "all";
    case Kind::Kiosk:
      return "kiosk:" + value;
    case Kind::Zone:
      return "zone:" + value;
    case Kind::Tag:
      return "tag:" + value;
  }
  return "all";
}

const std::string& LocalizedText::in(std::string_view language) const {
  if (language == "zh" && !zh.empty()) return zh;
  if (language == "es" && !es.empty()) return es;
  return en;
}

core::Result<Rgb> parse_rgb(std::string_view text) {
  if (!text.empty() && text.front() == '#') text.remove_prefix(1);
  std::array<int, 6> d{};
  bool ok = text.size() == 6;
  for (std::size_t i = 0; ok && i < 6; ++i) ok = (d[i] = hex_digit(text[i])) >= 0;
  if (!ok) return core::make_error("bad colour \"" + std::string(text) + "\" (expected #rrggbb)");
  return Rgb{static_cast<float>(d[0] * 16 + d[1]) / 255.0f, static_cast<float>(d[2] * 16 + d[3]) / 255.0f,
             static_cast<float>(d[4] * 16 + d[5]) / 255.0f};
}

std::string to_hex(Rgb c) {
  auto byte = [](float v) { return static_cast<int>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f); };
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
  return buf;
}

bool is_normal_scene(std::string_view scene) {
  return std::find(std::begin(kNormalScenes), std::end(kNormalScenes), scene) != std::end(kNormalScenes);
}

std::string_view display_kind_name(DisplayKind k) {
  return kKindNames[static_cast<std::size_t>(k)];
}

std::string describe(const DisplayCommand& c) {
  std::string out = "display " + std::string(display_kind_name(c.kind)) + " target=" + c.target.to_string();
  switch (c.kind) {
    case DisplayKind::SwitchScene:
      out += " scene=" + c.scene;
      break;
    case DisplayKind::ShowGradient:
      out += " color=" + to_hex(c.color) + " color2=" + to_hex(c.color2);
      break;
    case DisplayKind::ShowColor:
    case DisplayKind::ShowText:
    case DisplayKind::ShowScroll:
      out += " color=" + to_hex(c.color);
      break;
    case DisplayKind::ShowCountdown:
      out += " until=" + core::format_iso8601_utc(c.until);
      break;
    case DisplayKind::ShowImage:
      out += " asset=" + c.asset;
      break;
    default:
      break;
  }
  append_text(out, c.text);
  return out;
}

void DisplayQueue::push(DisplayCommand command) {
  std::lock_guard lock(mutex_);
  pending_.push_back(std::move(command));
}

std::vector<DisplayCommand> DisplayQueue::drain() {
  std::vector<DisplayCommand> out;
  std::lock_guard lock(mutex_);
  out.swap(pending_);
  return out;
}

}  // namespace marquee::show
