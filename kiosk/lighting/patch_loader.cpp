// TOML patch format (config/patch-demo.toml is the worked example):
//   [source]   name, kiosk_id, priority, cid ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx")
//   [timing]   rate_hz, keepalive_ms, repeats, discovery_s, failsafe_hold_s, failsafe_fade_s,
//              sync_universe, artsync, artnet_bind_port
//   [types.NAME] channels = ["dimmer", "red", ...]        (adds to builtin_fixture_types())
//   [[fixtures]] name, type, universe, address, zone, groups, and optionally count + step:
//              count = 16 repeats the entry, "{nn}" / "{n}" in the name become 01.. / 1..,
//              each copy `step` (default: the type's footprint) channels further on.
//   [[outputs]]  protocol ("sacn" | "artnet"), destination, port, universes, universe_offset
//   [[safe_look]] select = "lobby", then attribute = value (0..1), e.g. intensity = 0.6
#include <toml++/toml.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <type_traits>

#include "core/quote.hpp"
#include "lighting/cid.hpp"
#include "lighting/patch.hpp"
#include "core/read_file.hpp"

namespace marquee::lighting {
namespace {

int line_of(const toml::node& n) {
  return static_cast<int>(n.source().begin.line);
}

std::string expand_name(std::string name, int n) {
  char two[8];
  std::snprintf(two, sizeof two, "%02d", n);
  for (auto [key, text] :
       {std::pair<std::string_view, std::string>{"{nn}", two}, {"{n}", std::to_string(n)}}) {
    for (auto pos = name.find(key); pos != std::string::npos; pos = name.find(key))
      name.replace(pos, key.size(), text);
  }
  return name;
}

class Loader {
 public:
  explicit Loader(std::string file) { patch_.file = std::move(file); }

  core::Result<Patch> run(const toml::table& root) {
    patch_.types = builtin_fixture_types();
    if (const auto* t = root["source"].as_table()) read_source(*t);
    if (const auto* t = root["timing"].as_table()) read_timing(*t);
    if (const auto* t = root["types"].as_table()) read_types(*t);
    for_each_table(root, "fixtures", [this](const toml::table& t) { read_fixture(t); });
    for_each_table(root, "outputs", [this](const toml::table& t) { read_output(t); });
    for_each_table(root, "safe_look", [this](const toml::table& t) { read_safe_look(t); });
    for (auto& p : validate_patch(patch_)) problems_.push_back(std::move(p));
    if (!problems_.empty()) return core::make_error(join());
    return std::move(patch_);
  }

 private:
  template <typename F>
  void for_each_table(const toml::table& root, std::string_view key, F&& read) {
    const toml::node* node = root.get(key);
    if (!node) return;
    const auto* arr = node->as_array();
    if (!arr)
      return problem(line_of(*node),
                     std::string(key) + " must be an array of tables ([[" + std::string(key) + "]])");
    for (const auto& item : *arr) {
      if (const auto* t = item.as_table())
        read(*t);
      else
        problem(line_of(item), std::string(key) + " entries must be tables");
    }
  }

  void problem(int line, const std::string& message) {
    problems_.push_back(patch_.file + ":" + std::to_string(line) + ": " + message);
  }

  // Reads an optional field of type T; a wrong type is a problem and leaves `out` unchanged.
  template <typename T>
  bool get(const toml::table& t, std::string_view key, T& out, std::string_view where) {
    const toml::node* n = t.get(key);
    if (!n) return false;
    // toml++ casts a float to an integer type unchecked (3e41 -> int64 is undefined behaviour).
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
      if (!n->is_integer()) {
        problem(line_of(*n), std::string(where) + "." + std::string(key) + " has the wrong type");
        return false;
      }
    }
    if (auto v = n->value<T>()) {
      out = *v;
      return true;
    }
    problem(line_of(*n), std::string(where) + "." + std::string(key) + " has the wrong type");
    return false;
  }

  void read_source(const toml::table& t) {
    auto& s = patch_.source;
    s.line = line_of(t);
    get(t, "name", s.name, "source");
    get(t, "kiosk_id", s.kiosk_id, "source");
    get(t, "priority", s.priority, "source");
    std::string cid;
    if (get(t, "cid", cid, "source")) {
      s.cid = parse_cid(cid);
      if (!s.cid) problem(line_of(*t.get("cid")), "source.cid " + core::quote_value(cid) + " is not a UUID");
    }
  }

  void read_timing(const toml::table& t) {
    auto& tm = patch_.timing;
    tm.line = line_of(t);
    double seconds = 0;
    std::int64_t ms = 0;
    get(t, "rate_hz", tm.rate_hz, "timing");
    if (get(t, "keepalive_ms", ms, "timing")) tm.keepalive = std::chrono::milliseconds(ms);
    get(t, "repeats", tm.repeats, "timing");
    if (get(t, "discovery_s", seconds, "timing")) tm.discovery = to_ms(t, "discovery_s", seconds);
    if (get(t, "failsafe_hold_s", seconds, "timing")) tm.failsafe_hold = to_ms(t, "failsafe_hold_s", seconds);
    if (get(t, "failsafe_fade_s", seconds, "timing")) tm.failsafe_fade = to_ms(t, "failsafe_fade_s", seconds);
    get(t, "sync_universe", tm.sync_universe, "timing");
    get(t, "artsync", tm.artsync, "timing");
    get(t, "artnet_bind_port", tm.artnet_bind_port, "timing");
  }

  // Seconds in 0..1 day; NaN, infinities and absurd values are problems (converting them to an
  // integer would be undefined behaviour), and leave the default.
  std::chrono::milliseconds to_ms(const toml::table& t, std::string_view key, double s) {
    constexpr double kMaxSeconds = 86400.0;
    if (!(s >= 0.0 && s <= kMaxSeconds)) {
      problem(line_of(*t.get(key)), "timing." + std::string(key) + " must be 0..86400 seconds");
      return std::chrono::milliseconds(0);
    }
    return std::chrono::milliseconds(static_cast<long long>(s * 1000.0));
  }

  void read_types(const toml::table& types) {
    for (const auto& [name, node] : types) {
      FixtureType type{std::string(name.str()), {}};
      const auto* arr = node.as_table() ? (*node.as_table())["channels"].as_array() : nullptr;
      if (!arr) {
        problem(line_of(node), "type " + core::quote_value(type.name) + " needs channels = [...]");
        continue;
      }
      for (const auto& ch : *arr) {
        const auto c = channel_from_name(ch.value_or(std::string{}));
        if (c)
          type.channels.push_back(*c);
        else
          problem(line_of(ch), "type " + core::quote_value(type.name) + ": unknown channel " +
                                   ch.value_or(std::string("(not a string)")));
      }
      patch_.types.push_back(std::move(type));
    }
  }

  std::optional<std::size_t> find_type(const std::string& name) const {
    for (std::size_t i = patch_.types.size(); i-- > 0;) {
      if (patch_.types[i].name == name) return i;
    }
    return std::nullopt;
  }

  void read_fixture(const toml::table& t);
  void read_output(const toml::table& t);
  void read_safe_look(const toml::table& t);

  std::string join() const {
    std::ostringstream out;
    out << problems_.size() << (problems_.size() == 1 ? " problem" : " problems") << " in " << patch_.file
        << ":";
    for (const auto& p : problems_) out << "\n  " << p;
    return out.str();
  }

  Patch patch_;
  std::vector<std::string> problems_;
};

void Loader::read_fixture(const toml::table& t) {
  const int line = line_of(t);
  PatchedFixture f;
  f.line = line;
  std::string type_name;
  std::int64_t count = 1, step = 0;
  get(t, "name", f.name, "fixtures");
  get(t, "type", type_name, "fixtures");
  get(t, "universe", f.universe, "fixtures");
  get(t, "address", f.address, "fixtures");
  get(t, "zone", f.zone, "fixtures");
  get(t, "count", count, "fixtures");
  get(t, "step", step, "fixtures");
  if (const auto* g = t["groups"].as_array()) {
    for (const auto& item : *g) f.groups.push_back(item.value_or(std::string{}));
  }
  if (f.name.empty()) return problem(line, "fixture without a name");
  const auto type = find_type(type_name);
  if (!type)
    return problem(line,
                   "fixture " + core::quote_value(f.name) + ": unknown type " + core::quote_value(type_name));
  f.type = *type;
  if (count < 1 || count > 512)
    return problem(line, "fixture " + core::quote_value(f.name) + ": count must be 1..512");
  if (step == 0) step = static_cast<std::int64_t>(patch_.types[*type].footprint());
  const std::string pattern = f.name;
  // 64-bit arithmetic: step x count near INT_MAX must be a problem, not an overflow.
  const std::int64_t last_address = std::int64_t{f.address} + step * (count - 1);
  if (count > 1 && (step < 1 || step > 512 || last_address > 512))
    return problem(line, "fixture " + core::quote_value(f.name) + ": step " + std::to_string(step) +
                             " x count " + std::to_string(count) + " from address " +
                             std::to_string(f.address) + " goes past 512 (step must be 1..512)");
  for (int n = 1; n <= count; ++n) {
    PatchedFixture copy = f;
    copy.name = count > 1 ? expand_name(pattern, n) : pattern;
    copy.address = static_cast<int>(f.address + step * (n - 1));
    patch_.fixtures.push_back(std::move(copy));
  }
}

void Loader::read_output(const toml::table& t) {
  Output o;
  o.line = line_of(t);
  std::string protocol;
  get(t, "protocol", protocol, "outputs");
  if (protocol == "sacn" || protocol == "e131")
    o.protocol = Protocol::Sacn;
  else if (protocol == "artnet")
    o.protocol = Protocol::ArtNet;
  else
    problem(o.line, "output: unknown protocol " + core::quote_value(protocol) + " (sacn or artnet)");
  get(t, "destination", o.destination, "outputs");
  get(t, "port", o.port, "outputs");
  get(t, "universe_offset", o.universe_offset, "outputs");
  if (const auto* u = t["universes"].as_array()) {
    for (const auto& item : *u) o.universes.push_back(item.is_integer() ? item.value_or(-1) : -1);
  }
  patch_.outputs.push_back(std::move(o));
}

void Loader::read_safe_look(const toml::table& t) {
  SafeLookEntry e;
  e.line = line_of(t);
  for (const auto& [key, node] : t) {
    if (key.str() == "select") {
      e.select = node.value_or(std::string{});
      continue;
    }
    const auto attr = show::attribute_from_name(key.str());
    const auto v = node.value<double>();
    if (!attr)
      problem(line_of(node), "safe_look: unknown attribute " + core::quote_value(std::string(key.str())));
    else if (!v || !(*v >= 0.0 && *v <= 1.0))  // NaN is not in 0..1
      problem(line_of(node), "safe_look." + std::string(key.str()) + " must be a number 0..1");
    else
      e.values.set(*attr, static_cast<float>(*v));
  }
  if (e.select.empty()) problem(e.line, "safe_look entry without select");
  patch_.safe_look.push_back(std::move(e));
}

}  // namespace

core::Result<Patch> parse_patch(std::string_view toml_text, const std::string& file_name) {
  try {
    const toml::table root = toml::parse(toml_text, file_name);
    return Loader(file_name).run(root);
  } catch (const toml::parse_error& e) {
    return core::make_error(file_name + ":" + std::to_string(e.source().begin.line) + ": " +
                            std::string(e.description()));
  }
}

core::Result<Patch> load_patch(const std::filesystem::path& path) {
  const core::FileText file = core::read_file(path);
  if (!file) return core::make_error(path.string() + ": cannot open patch file");
  return parse_patch(file.text, path.string());
}

}  // namespace marquee::lighting
