#include "content/json_parse.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "core/quote.hpp"

namespace marquee::content {
namespace {

// Walks the text once: strings are skipped (escapes honoured), brackets counted, and a string is
// a key when it follows '{' or ',' inside an object. Malformed text is the parser's business.
// The keys of the open objects sit in one flat stack (an object's keys are dropped when it
// closes), searched linearly while an object is small; an object with many keys gets a hash
// index, so a hostile object with a million keys stays linear. This runs over every byte of every
// content file before the parser does, so it must cost little next to parsing.
class ShapeScanner {
 public:
  ShapeScanner(std::string_view text, int max_depth) : text_(text), max_depth_(max_depth) {}

  JsonShape run() {
    for (std::size_t i = 0; i < text_.size() && out_.too_deep_line == 0; ++i) {
      const char c = text_[i];
      switch (c) {
        case '\n': ++line_; continue;
        case ' ': case '\t': case '\r': continue;
        case '"': i = string_at(i); break;
        case '{': case '[': open(c == '{'); break;
        case '}': case ']': close(); break;
        default: break;
      }
      last_ = c;
    }
    return std::move(out_);
  }

 private:
  static constexpr std::size_t kLinearKeys = 24;  // beyond this many keys an object gets an index

  struct Key {
    std::string_view name;
    int line;
  };
  struct Level {
    bool object = false;
    std::size_t first_key = 0;  // index into keys_
    std::unique_ptr<std::unordered_map<std::string_view, int>> index;
  };

  void open(bool object) {
    if (static_cast<int>(stack_.size()) >= max_depth_) {
      out_.too_deep_line = line_;
      return;
    }
    stack_.push_back(Level{object, keys_.size(), nullptr});
  }

  void close() {
    if (stack_.empty()) return;
    keys_.resize(stack_.back().first_key);
    stack_.pop_back();
  }

  void add_key(std::string_view key) {
    Level& level = stack_.back();
    if (level.index) {
      auto [it, fresh] = level.index->emplace(key, line_);
      if (!fresh) out_.duplicate_keys.push_back({std::string(key), line_, it->second});
      return;
    }
    for (std::size_t k = level.first_key; k < keys_.size(); ++k) {
      if (keys_[k].name == key) {
        out_.duplicate_keys.push_back({std::string(key), line_, keys_[k].line});
        return;
      }
    }
    keys_.push_back({key, line_});
    if (keys_.size() - level.first_key > kLinearKeys) {
      level.index = std::make_unique<std::unordered_map<std::string_view, int>>();
      for (std::size_t k = level.first_key; k < keys_.size(); ++k) level.index->emplace(keys_[k].name, keys_[k].line);
      keys_.resize(level.first_key);
    }
  }

  // Returns the index of the closing quote (or the end of the text).
  std::size_t string_at(std::size_t start) {
    const bool is_key = !stack_.empty() && stack_.back().object && (last_ == '{' || last_ == ',');
    std::size_t i = start + 1;
    while (i < text_.size()) {
      const char c = text_[i];
      if (c == '"') break;
      if (c == '\n') ++line_;  // invalid in JSON, but keep lines right for the parser's error
      i += c == '\\' ? 2 : 1;
    }
    i = std::min(i, text_.size());
    if (is_key) add_key(text_.substr(start + 1, i - start - 1));
    return i;
  }

  std::string_view text_;
  int max_depth_;
  int line_ = 1;
  char last_ = 0;
  std::vector<Level> stack_;
  std::vector<Key> keys_;
  JsonShape out_;
};

// Consumes SAX events without building anything; records where the parser gave up, which the
// tree-building parse does not tell for errors other than syntax (e.g. a number overflow).
template <class JsonT>
struct ErrorLocator : nlohmann::json_sax<JsonT> {
  using N = typename JsonT::number_integer_t;
  using U = typename JsonT::number_unsigned_t;
  using F = typename JsonT::number_float_t;
  using S = typename JsonT::string_t;
  using B = typename JsonT::binary_t;
  std::size_t offset = 0;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(N) override { return true; }
  bool number_unsigned(U) override { return true; }
  bool number_float(F, const S&) override { return true; }
  bool string(S&) override { return true; }
  bool binary(B&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(S&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
    offset = position;
    return false;
  }
};

template <class JsonT>
int error_line(std::string_view text) {
  ErrorLocator<JsonT> locator;
  try {
    JsonT::sax_parse(text, &locator);
  } catch (const std::exception&) {  // the locator never throws; the parser should not either
    return 0;
  }
  return line_of_offset(text, locator.offset > 0 ? locator.offset - 1 : 0);
}

void report_duplicates(const JsonShape& shape, const std::string& file, Diagnostics& diag,
                       Severity severity) {
  for (const auto& d : shape.duplicate_keys) {
    std::string message = "duplicate key " + core::quote_value(d.key) + " (first at line " +
                          std::to_string(d.first_line) + "; the last one wins)";
    if (severity == Severity::Error)
      diag.error(file, "", std::move(message), d.line);
    else
      diag.warning(file, "", std::move(message), d.line);
  }
}

}  // namespace

JsonShape scan_json_shape(std::string_view text, int max_depth) {
  return ShapeScanner(text, max_depth).run();
}

int line_of_offset(std::string_view text, std::size_t offset) {
  const auto end = text.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text.size()));
  return 1 + static_cast<int>(std::count(text.begin(), end, '\n'));
}

template <class JsonT>
std::optional<JsonT> parse_json_text(std::string_view text, const std::string& file, Diagnostics& diag,
                                     Severity duplicate_severity) {
  const JsonShape shape = scan_json_shape(text);
  if (shape.too_deep_line > 0) {
    diag.error(file, "", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels",
               shape.too_deep_line);
    return std::nullopt;
  }
  report_duplicates(shape, file, diag, duplicate_severity);
  try {
    return JsonT::parse(text);
  } catch (const typename JsonT::parse_error& e) {
    diag.error(file, "", std::string("JSON syntax error: ") + e.what(),
               line_of_offset(text, e.byte > 0 ? e.byte - 1 : 0));
  } catch (const typename JsonT::exception& e) {  // out_of_range (1e400) and anything newer
    diag.error(file, "", std::string("JSON error: ") + e.what(), error_line<JsonT>(text));
  } catch (const std::exception& e) {  // bad_alloc on absurd input
    diag.error(file, "", std::string("cannot parse JSON: ") + e.what());
  }
  return std::nullopt;
}

template std::optional<nlohmann::json> parse_json_text(std::string_view, const std::string&, Diagnostics&,
                                                       Severity);
template std::optional<nlohmann::ordered_json> parse_json_text(std::string_view, const std::string&,
                                                               Diagnostics&, Severity);

}  // namespace marquee::content
