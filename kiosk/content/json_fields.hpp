#pragma once
// Typed reads from JSON objects that report problems with their JSON pointer path instead of
// throwing, so one pass over a file finds every problem in it.
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "content/diagnostic.hpp"
#include "content/localized_text.hpp"
#include "content/model.hpp"

namespace marquee::content {

using Json = nlohmann::json;

enum class Need { Required, Optional };
// Which languages a localized field must carry.
enum class Translations { EnZhRequired, AnyOne };

struct FileContext {
  std::string file;
  Diagnostics& diagnostics;
  void error(const std::string& path, std::string message) const {
    diagnostics.error(file, path, std::move(message));
  }
  void warning(const std::string& path, std::string message) const {
    diagnostics.warning(file, path, std::move(message));
  }
};

std::string json_type_name(const Json& value);
std::string pointer_append(const std::string& path, std::string_view key);
std::string pointer_append(const std::string& path, std::size_t index);

class ObjectReader {
 public:
  ObjectReader(const Json& object, std::string path, const FileContext& ctx)
      : object_(object), path_(std::move(path)), ctx_(ctx) {}

  const std::string& path() const { return path_; }
  std::string path_of(std::string_view key) const { return pointer_append(path_, key); }
  const FileContext& context() const { return ctx_; }
  bool has(std::string_view key) const { return object_.contains(key); }

  std::optional<std::string> string(std::string_view key, Need need) const;
  std::optional<double> number(std::string_view key, Need need) const;
  std::optional<bool> boolean(std::string_view key, Need need) const;
  std::optional<core::WallTime> instant(std::string_view key, Need need) const;
  std::vector<std::string> string_list(std::string_view key, Need need) const;
  LocalizedText text(std::string_view key, Need need, Translations translations) const;
  std::optional<Point> point(std::string_view key, Need need) const;
  std::optional<Polygon> polygon(std::string_view key, Need need) const;

 private:
  // The value at key if present and of the expected kind; reports missing/wrong type otherwise.
  const Json* get(std::string_view key, Need need, bool (*accept)(const Json&), const char* expected) const;

  const Json& object_;
  std::string path_;
  const FileContext& ctx_;
};

// Calls fn for every element of the array root[key] that is an object; reports the rest.
void for_each_object(const Json& root, std::string_view key, const std::string& root_path,
                     const FileContext& ctx, const std::function<void(const ObjectReader&)>& fn);

// Warns about top-level keys a file does not define (likely typos that would silently be ignored).
void warn_unknown_keys(const Json& root, const std::vector<std::string_view>& known, const FileContext& ctx);

}  // namespace marquee::content
