#include "content/plain_text_writer.hpp"

#include <algorithm>

namespace marquee::content {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

void PlainTextWriter::flush_breaks() {
  if (out_.empty()) {
    pending_newlines_ = 0;
    pending_space_ = false;
    return;
  }
  if (pending_newlines_ > 0) {
    out_.append(static_cast<std::size_t>(pending_newlines_), '\n');
    pending_newlines_ = 0;
    pending_space_ = false;
  } else if (pending_space_) {
    out_ += ' ';
    pending_space_ = false;
  }
}

void PlainTextWriter::text(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (is_space(s[i])) {
      pending_space_ = true;
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < s.size() && !is_space(s[end])) ++end;
    flush_breaks();
    out_.append(s.substr(i, end - i));
    i = end;
  }
}

void PlainTextWriter::verbatim(std::string_view s) {
  while (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(start, nl - start);
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (!line.empty()) {
      flush_breaks();
      out_.append(line);
    }
    line_break();
    start = nl + 1;
  }
}

void PlainTextWriter::line_break() {
  pending_newlines_ = std::max(pending_newlines_, 1);
}

void PlainTextWriter::paragraph_break() {
  pending_newlines_ = 2;
}

void PlainTextWriter::bullet() {
  line_break();
  flush_breaks();
  out_ += "• ";
  pending_space_ = false;
}

std::string PlainTextWriter::finish() {
  return std::move(out_);
}

}  // namespace marquee::content
