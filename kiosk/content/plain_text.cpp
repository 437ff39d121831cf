#include "content/plain_text.hpp"

#include <array>
#include <cctype>
#include <utility>
#include <vector>

#include "core/utf8.hpp"

namespace marquee::content {
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
std::size_t skip_tag(std::string_view text, std::size_t i, std::string& out) {
  if (text.substr(i, 4) == "<!--") {
    const std::size_t end = text.find("-->", i);
    return end == std::string_view::npos ? text.size() : end + 3;
  }
  const std::size_t close = text.find('>', i);
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
  for (std::size_t i = 0; i < text.size();) {
    std::size_t next = std::string_view::npos;
    if (text[i] == '<') next = skip_tag(text, i, out);
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

// A single '*' or '_' is emphasis only next to a word on one side and a boundary on the other,
// so snake_case and "5 * 3" survive.
bool is_emphasis_marker(std::string_view line, std::size_t i) {
  const bool before_word = i + 1 < line.size() && !is_space(line[i + 1]);
  const bool after_word = i > 0 && !is_space(line[i - 1]);
  const bool boundary_before = i == 0 || !is_alnum(line[i - 1]);
  const bool boundary_after = i + 1 >= line.size() || !is_alnum(line[i + 1]);
  return (before_word && boundary_before) || (after_word && boundary_after);
}

// Inline Markdown: links and images keep their text, emphasis and code markers go.
void strip_inline_markup(std::string_view line, std::string& out) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    const bool image = c == '!' && i + 1 < line.size() && line[i + 1] == '[';
    if (c == '[' || image) {
      const std::size_t open = image ? i + 1 : i;
      const std::size_t close = line.find("](", open);
      const std::size_t end = close == std::string_view::npos ? close : line.find(')', close);
      if (end != std::string_view::npos) {
        strip_inline_markup(line.substr(open + 1, close - open - 1), out);
        i = end;
        continue;
      }
    }
    if ((c == '*' || c == '_') && i + 1 < line.size() && line[i + 1] == c) {
      ++i;
      continue;
    }
    if (c == '`' || ((c == '*' || c == '_') && is_emphasis_marker(line, i))) continue;
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

}  // namespace marquee::content
