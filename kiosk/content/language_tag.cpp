#include "content/language_tag.hpp"

namespace marquee::content {
namespace {

bool is_ascii_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_alnum(char c) {
  return is_ascii_alpha(c) || (c >= '0' && c <= '9');
}

}  // namespace

bool is_language_tag(std::string_view text) {
  if (text.size() > 35) return false;
  std::size_t i = 0;
  while (i < text.size() && is_ascii_alpha(text[i])) ++i;
  if (i < 2 || i > 3) return false;
  while (i < text.size()) {
    if (text[i] != '-' && text[i] != '_') return false;
    const std::size_t start = ++i;
    while (i < text.size() && is_ascii_alnum(text[i])) ++i;
    if (i == start || i - start > 8) return false;
  }
  return true;
}

std::optional<std::string> primary_language(std::string_view text) {
  if (!is_language_tag(text)) return std::nullopt;
  std::string out;
  for (char c : text) {
    if (!is_ascii_alpha(c)) break;
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

}  // namespace marquee::content
