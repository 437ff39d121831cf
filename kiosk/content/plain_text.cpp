// Markdown goes through cmark (CommonMark, linear time); HTML blocks inside it, and descriptions
// that are HTML from their first line, go through libxml2's HTML parser (plain_text_html.cpp). What remains here
// is the walk over cmark's tree; PlainTextWriter decides spacing.
#include "content/plain_text.hpp"

#include <cmark.h>

#include <cctype>
#include <memory>
#include <string>

#include "content/plain_text_html.hpp"
#include "content/plain_text_writer.hpp"

namespace marquee::content {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

std::string_view literal(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? std::string_view(s) : std::string_view();
}

// A paragraph inside an item of a tight list ends a line, not a paragraph.
bool in_tight_list(cmark_node* paragraph) {
  cmark_node* item = cmark_node_parent(paragraph);
  if (!item || cmark_node_get_type(item) != CMARK_NODE_ITEM) return false;
  cmark_node* list = cmark_node_parent(item);
  return list && cmark_node_get_list_tight(list) != 0;
}

// The lower-case tag name of an inline HTML fragment such as "<br/>" or "</SCRIPT>", and whether
// it closes.
std::string tag_name(std::string_view html, bool& closing) {
  std::size_t p = 1;
  closing = p < html.size() && html[p] == '/';
  if (closing) ++p;
  std::string name;
  while (p < html.size() && std::isalnum(static_cast<unsigned char>(html[p])))
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[p++])));
  return name;
}

class MarkdownWalk {
 public:
  explicit MarkdownWalk(PlainTextWriter& out) : out_(out) {}

  void enter(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_ITEM:
        out_.bullet();
        break;
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
        if (!skipping_) out_.text(literal(n));
        break;
      case CMARK_NODE_CODE_BLOCK:
        out_.paragraph_break();
        out_.verbatim(literal(n));
        out_.paragraph_break();
        break;
      case CMARK_NODE_HTML_BLOCK:
        out_.paragraph_break();
        append_html_as_text(literal(n), out_);
        out_.paragraph_break();
        break;
      case CMARK_NODE_HTML_INLINE:
        inline_html(literal(n));
        break;
      case CMARK_NODE_SOFTBREAK:
        out_.text(" ");
        break;
      case CMARK_NODE_LINEBREAK:
        out_.line_break();
        break;
      case CMARK_NODE_THEMATIC_BREAK:
        out_.paragraph_break();
        break;
      default:  // emphasis, strong, links and images: their children are the text
        break;
    }
  }

  void exit(cmark_node* n) {
    switch (cmark_node_get_type(n)) {
      case CMARK_NODE_PARAGRAPH:
        if (in_tight_list(n))
          out_.line_break();
        else
          out_.paragraph_break();
        break;
      case CMARK_NODE_HEADING:
      case CMARK_NODE_BLOCK_QUOTE:
      case CMARK_NODE_LIST:
        out_.paragraph_break();
        break;
      case CMARK_NODE_ITEM:
        out_.line_break();
        break;
      default:
        break;
    }
  }

 private:
  // Inline tags inside Markdown: <br> breaks the line, an <img> is its alt text, what sits
  // between <script> or <style> and its end tag is dropped, every other tag just disappears.
  void inline_html(std::string_view html) {
    bool closing = false;
    const std::string name = tag_name(html, closing);
    if (name == "script" || name == "style") {
      skipping_ = !closing;
    } else if (name == "br") {
      out_.line_break();
    } else if (name == "img" && !skipping_) {
      append_html_as_text(html, out_);
    }
  }

  PlainTextWriter& out_;
  bool skipping_ = false;
};

}  // namespace

std::string to_plain_text(std::string_view text) {
  PlainTextWriter out;
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
  if (!doc) return {};
  // A description whose first block is HTML is read as HTML throughout: HTML exports indent and
  // leave blank lines freely, which Markdown would turn into code blocks.
  cmark_node* first = cmark_node_first_child(doc.get());
  if (first && cmark_node_get_type(first) == CMARK_NODE_HTML_BLOCK) {
    append_html_as_text(text, out);
    return out.finish();
  }
  MarkdownWalk walk(out);
  std::unique_ptr<cmark_iter, IterDeleter> it(cmark_iter_new(doc.get()));
  for (cmark_event_type ev; (ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it.get());
    if (ev == CMARK_EVENT_ENTER)
      walk.enter(n);
    else if (ev == CMARK_EVENT_EXIT)
      walk.exit(n);
  }
  return out.finish();
}

}  // namespace marquee::content
