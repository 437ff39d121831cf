// TEMPORARY: the hand-written scanner that plain_text.cpp replaced, kept for one commit so
// plain_text_bench can time old and new in the same run. Deleted in the next commit.
#include <string>
#include <string_view>

#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "core/utf8.hpp"
namespace core = marquee::core;

namespace legacy {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r';
}
bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_alnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// text.find(needle, pos) for positions that only move forward: a result past pos (or "none
// after here") is reused, so every byte is searched at most once per needle. Without it, 100k
// unclosed '<' or '[' made the conversion quadratic.
class ForwardFinder {
 public:
  ForwardFinder(std::string_view text, std::string_view needle) : text_(text), needle_(needle) {}
  std::size_t find(std::size_t pos) {
    const bool reusable = searched_ && pos >= from_ && (at_ == std::string_view::npos || at_ >= pos);
    if (!reusable) {
      at_ = text_.find(needle_, pos);
      from_ = pos;
      searched_ = true;
    }
    return at_;
  }

 private:
  std::string_view text_, needle_;
  std::size_t from_ = 0, at_ = std::string_view::npos;
  bool searched_ = false;
};

// Tags that end a line when they open or close; every other tag is dropped without a break.
bool is_block_tag(std::string_view tag) {
  static constexpr std::array<std::string_view, 14> kBlocks = {
      "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"};
  for (auto b : kBlocks) {
    if (tag == b) return true;
  }
  return false;
}

// Consumes the tag or comment at text[i] == '<'; returns the index after it, or npos when it is
// not markup (a lone '<' in prose, "a < b", stays).
struct TagFinders {
  ForwardFinder comment_end, tag_end;
};

std::size_t skip_tag(std::string_view text, std::size_t i, std::string& out, TagFinders& find) {
  if (text.substr(i, 4) == "<!--") {
    const std::size_t end = find.comment_end.find(i);
    return end == std::string_view::npos ? text.size() : end + 3;
  }
  const std::size_t close = find.tag_end.find(i);
  std::size_t p = i + 1;
  const bool closing = p < text.size() && text[p] == '/';
  if (closing) ++p;
  if (close == std::string_view::npos || p >= close || !is_alpha(text[p])) return std::string_view::npos;
  std::string name;
  while (p < close && is_alnum(text[p]))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(text[p++])));
  if (name == "li") {
    if (!closing) out += "\n• ";
  } else if (is_block_tag(name)) {
    out += '\n';
  }
  return close + 1;
}

// Decodes the entity at text[i] == '&'; returns the index after it, or npos when it is not one.
std::size_t decode_entity(std::string_view text, std::size_t i, std::string& out) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kNamed = {
      {{"amp;", "&"},
       {"lt;", "<"},
       {"gt;", ">"},
       {"quot;", "\""},
       {"apos;", "'"},
       {"nbsp;", " "},
       {"ndash;", "\u2013"},
       {"mdash;", "\u2014"}}};
  for (const auto& [name, value] : kNamed) {
    if (text.substr(i + 1, name.size()) == name) {
      out += value;
      return i + 1 + name.size();
    }
  }
  if (i + 2 >= text.size() || text[i + 1] != '#') return std::string_view::npos;
  const bool hex = text[i + 2] == 'x' || text[i + 2] == 'X';
  const int base = hex ? 16 : 10;
  std::size_t p = i + (hex ? 3 : 2);
  const std::size_t from = p;
  unsigned long cp = 0;
  for (; p < text.size() && p - from < 7; ++p) {
    const int v = hex_value(text[p]);
    if (v < 0 || v >= base) break;
    cp = cp * static_cast<unsigned long>(base) + static_cast<unsigned long>(v);
  }
  const bool valid = p > from && p < text.size() && text[p] == ';' && cp > 0 && cp <= 0x10FFFF &&
                     (cp < 0xD800 || cp > 0xDFFF);
  if (!valid) return std::string_view::npos;
  core::append_utf8(out, static_cast<char32_t>(cp));
  return p + 1;
}

std::string strip_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  TagFinders finders{ForwardFinder(text, "-->"), ForwardFinder(text, ">")};
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = std::string_view::npos;
    if (text[i] == '<') next = skip_tag(text, i, out, finders);
    if (text[i] == '&') next = decode_entity(text, i, out);
    if (next == std::string_view::npos)
      out += text[i++];
    else
      i = next;
  }
  return out;
}

// Markdown that starts a line: headings, quotes and bullets.
std::string_view strip_line_markup(std::string_view line, std::string& out) {
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  std::size_t hashes = 0;
  while (hashes < line.size() && hashes < 6 && line[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes < line.size() && line[hashes] == ' ') line.remove_prefix(hashes + 1);
  if (line.size() >= 2 && line[0] == '>' && line[1] == ' ') line.remove_prefix(2);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    out += "• ";
    line.remove_prefix(2);
  }
  return line;
}

// A single '*' or '_' can open emphasis before a word at a boundary and close it after a word at
// a boundary; it is removed only when an opener has a closer later on the same line, so
// snake_case, "5 * 3" and "FLINTA*" survive.
bool can_open_emphasis(std::string_view line, std::size_t i) {
  const bool before_word = i + 1 < line.size() && !is_space(line[i + 1]);
  return before_word && (i == 0 || !is_alnum(line[i - 1]));
}
bool can_close_emphasis(std::string_view line, std::size_t i) {
  const bool after_word = i > 0 && !is_space(line[i - 1]);
  return after_word && (i + 1 >= line.size() || !is_alnum(line[i + 1]));
}

// Positions of single emphasis markers that pair up (one pass per marker character).
std::vector<bool> paired_emphasis(std::string_view line) {
  std::vector<bool> drop(line.size(), false);
  for (const char marker : {'*', '_'}) {
    std::size_t opener = std::string_view::npos;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] != marker) continue;
      if (i + 1 < line.size() && line[i + 1] == marker) {  // a double marker is always bold
        ++i;
        continue;
      }
      if (opener != std::string_view::npos && can_close_emphasis(line, i)) {
        drop[opener] = drop[i] = true;
        opener = std::string_view::npos;
      } else if (can_open_emphasis(line, i)) {
        opener = i;
      }
    }
  }
  return drop;
}

// Inline Markdown: links and images keep their text, emphasis and code markers go. A link's text
// is read in its own scope (from after '[' to before "]("), where brackets are plain text; this
// runs as one loop, not recursion, so 100k '[' neither stall nor overflow the stack.
void strip_inline_markup(std::string_view line, std::string& out) {
  ForwardFinder link_close(line, "](");
  ForwardFinder link_end(line, ")");
  const std::vector<bool> emphasis = paired_emphasis(line);
  std::size_t scope_begin = 0, scope_end = line.size(), resume = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (i == scope_end) {  // at "](": drop the URL, continue after ')'
      i = resume;
      scope_begin = 0;
      scope_end = line.size();
      continue;
    }
    const char c = line[i];
    const bool image = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
    if ((c == '[' || image) && scope_end == line.size()) {
      const std::size_t open = image ? i + 1 : i;
      const std::size_t close = link_close.find(open);
      const std::size_t end = close == std::string_view::npos ? close : link_end.find(close);
      if (end != std::string_view::npos) {
        scope_begin = open + 1;
        scope_end = close;
        resume = end;
        i = open;
        continue;
      }
    }
    const std::string_view scope = line.substr(scope_begin, scope_end - scope_begin);
    const std::size_t k = i - scope_begin;
    if ((c == '*' || c == '_') && k + 1 < scope.size() && scope[k + 1] == c) {
      ++i;
      continue;
    }
    if (c == '`' || ((c == '*' || c == '_') && emphasis[i])) continue;
    out += c;
  }
}

void append_collapsed(std::string_view line, std::string& out) {
  bool pending_space = false;
  for (char c : line) {
    if (is_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty() && out.back() != '\n') out += ' ';
    pending_space = false;
    out += c;
  }
}

}  // namespace

std::string to_plain_text(std::string_view text) {
  const std::string html_free = strip_html(text);
  std::string out;
  int blank_run = 0;
  std::size_t start = 0;
  bool in_fence = false;
  while (start <= html_free.size()) {
    std::size_t nl = html_free.find('\n', start);
    if (nl == std::string::npos) nl = html_free.size();
    std::string_view line(html_free.data() + start, nl - start);
    start = nl + 1;
    if (line.find("```") != std::string_view::npos) {
      in_fence = !in_fence;
      continue;
    }
    std::string cleaned;
    if (in_fence)
      cleaned = line;
    else
      strip_inline_markup(strip_line_markup(line, cleaned), cleaned);
    std::string collapsed;
    append_collapsed(cleaned, collapsed);
    if (collapsed.empty()) {
      ++blank_run;
      continue;
    }
    if (!out.empty()) out += blank_run > 0 ? "\n\n" : "\n";
    blank_run = 0;
    out += collapsed;
  }
  return out;
}

}  // namespace legacy
