#include "content/json_fields.hpp"

#include <algorithm>

#include "core/quote.hpp"
#include "core/time_zone.hpp"

namespace marquee::content {

std::string json_type_name(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::object:
      return "object";
    case Json::value_t::array:
      return "array";
    case Json::value_t::string:
      return "string";
    case Json::value_t::boolean:
      return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "number";
    default:
      return "value";
  }
}

std::string pointer_append(const std::string& path, std::string_view key) {
  std::string out = path + "/";
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string pointer_append(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

const Json* ObjectReader::get(std::string_view key, Need need, bool (*accept)(const Json&),
                              const char* expected) const {
  auto it = object_.find(key);
  if (it == object_.end() || (it->is_null() && need == Need::Optional)) {
    if (need == Need::Required) ctx_.error(path_of(key), "missing required field");
    return nullptr;
  }
  if (!accept(*it)) {
    ctx_.error(path_of(key), std::string("expected ") + expected + ", got " + json_type_name(*it));
    return nullptr;
  }
  return &*it;
}

std::optional<std::string> ObjectReader::string(std::string_view key, Need need) const {
  const Json* v = get(
      key, need, [](const Json& j) { return j.is_string(); }, "a string");
  if (!v) return std::nullopt;
  return v->get<std::string>();
}

std::optional<double> ObjectReader::number(std::string_view key, Need need) const {
  const Json* v = get(
      key, need, [](const Json& j) { return j.is_number(); }, "a number");
  if (!v) return std::nullopt;
  return v->get<double>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key, Need need) const {
  const Json* v = get(
      key, need, [](const Json& j) { return j.is_boolean(); }, "true or false");
  if (!v) return std::nullopt;
  return v->get<bool>();
}

std::optional<core::WallTime> ObjectReader::instant(std::string_view key, Need need) const {
  auto text = string(key, need);
  if (!text) return std::nullopt;
  auto parsed = core::parse_iso8601(*text);
  if (!parsed) {
    ctx_.error(path_of(key), parsed.error().message);
    return std::nullopt;
  }
  return *parsed;
}

std::vector<std::string> ObjectReader::string_list(std::string_view key, Need need) const {
  std::vector<std::string> out;
  const Json* v = get(
      key, need, [](const Json& j) { return j.is_array(); }, "an array of strings");
  if (!v) return out;
  for (std::size_t i = 0; i < v->size(); ++i) {
    const Json& item = (*v)[i];
    if (item.is_string()) {
      out.push_back(item.get<std::string>());
    } else {
      ctx_.error(pointer_append(path_of(key), i), "expected a string, got " + json_type_name(item));
    }
  }
  return out;
}

LocalizedText ObjectReader::text(std::string_view key, Need need, Translations translations) const {
  LocalizedText out;
  const Json* v = get(
      key, need, [](const Json& j) { return j.is_object(); },
      "an object of translations like {\"en\": ..., \"zh\": ...}");
  if (!v) return out;
  const std::string path = path_of(key);
  for (const auto& [code, value] : v->items()) {
    const auto lang = lang_from_code(code);
    if (!lang) {
      ctx_.warning(pointer_append(path, code),
                   "unknown language " + core::quote_value(code) + " (known: en, zh, es)");
    } else if (!value.is_string()) {
      ctx_.error(pointer_append(path, code), "expected a string, got " + json_type_name(value));
    } else {
      out.set(*lang, value.get<std::string>());
    }
  }
  if (translations == Translations::EnZhRequired) {
    for (Lang lang : {Lang::En, Lang::Zh}) {
      if (!out.has(lang)) {
        ctx_.error(path, "missing required translation " + core::quote_value(std::string(lang_code(lang))));
      }
    }
  } else if (out.empty() && need == Need::Required) {
    ctx_.error(path, "needs at least one translation");
  }
  return out;
}

std::optional<Point> ObjectReader::point(std::string_view key, Need need) const {
  const Json* v = get(
      key, need,
      [](const Json& j) { return j.is_array() && j.size() == 2 && j[0].is_number() && j[1].is_number(); },
      "a point [x, y]");
  if (!v) return std::nullopt;
  return Point{(*v)[0].get<double>(), (*v)[1].get<double>()};
}

std::optional<Polygon> ObjectReader::polygon(std::string_view key, Need need) const {
  const Json* v = get(
      key, need,
      [](const Json& j) {
        if (!j.is_array() || j.size() < 3) return false;
        return std::all_of(j.begin(), j.end(), [](const Json& p) {
          return p.is_array() && p.size() == 2 && p[0].is_number() && p[1].is_number();
        });
      },
      "a polygon of at least 3 points [[x, y], ...]");
  if (!v) return std::nullopt;
  Polygon out;
  for (const auto& p : *v) out.push_back({p[0].get<double>(), p[1].get<double>()});
  return out;
}

void for_each_object(const Json& root, std::string_view key, const std::string& root_path,
                     const FileContext& ctx, const std::function<void(const ObjectReader&)>& fn) {
  const std::string path = pointer_append(root_path, key);
  auto it = root.find(key);
  if (it == root.end()) return;
  if (!it->is_array()) {
    ctx.error(path, "expected an array, got " + json_type_name(*it));
    return;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const Json& item = (*it)[i];
    const std::string item_path = pointer_append(path, i);
    if (!item.is_object()) {
      ctx.error(item_path, "expected an object, got " + json_type_name(item));
      continue;
    }
    fn(ObjectReader(item, item_path, ctx));
  }
}

void warn_unknown_keys(const Json& root, const std::vector<std::string_view>& known, const FileContext& ctx) {
  for (const auto& [key, value] : root.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      ctx.warning(pointer_append("", key), "unknown top-level key " + core::quote_value(key) + " (ignored)");
    }
  }
}

}  // namespace marquee::content
