#include "content/plain_text_html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <vector>

namespace marquee::content {
namespace {

enum class Layout { Inline, Line, Paragraph, Item, Drop };

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (auto n : names) {
    if (name == n) return true;
  }
  return false;
}

Layout layout_of(std::string_view tag) {
  // Never visible text: scripts, styles, the document head, embedded objects.
  if (is_one_of(tag, {"script", "style", "head", "template", "noscript", "iframe", "object", "svg", "math", "title"}))
    return Layout::Drop;
  if (is_one_of(tag, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "hr",
                      "figure"}))
    return Layout::Paragraph;
  if (is_one_of(tag, {"div", "section", "article", "header", "footer", "aside", "nav", "tr", "dt", "dd", "figcaption",
                      "address"}))
    return Layout::Line;
  if (tag == "li") return Layout::Item;
  return Layout::Inline;
}

std::string_view name_of(const xmlNode* n) {
  return n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

void open_element(const xmlNode* e, PlainTextWriter& out) {
  const std::string_view tag = name_of(e);
  switch (layout_of(tag)) {
    case Layout::Paragraph:
      out.paragraph_break();
      break;
    case Layout::Line:
      out.line_break();
      break;
    case Layout::Item:
      out.bullet();
      break;
    default:
      break;
  }
  if (tag == "br") out.line_break();
  if (tag == "td" || tag == "th") out.text(" ");
  if (tag == "img") {  // an image is its alt text, if it has one
    if (xmlChar* alt = xmlGetProp(e, reinterpret_cast<const xmlChar*>("alt"))) {
      out.text(reinterpret_cast<const char*>(alt));
      xmlFree(alt);
    }
  }
}

void close_element(const xmlNode* e, PlainTextWriter& out) {
  switch (layout_of(name_of(e))) {
    case Layout::Paragraph:
      out.paragraph_break();
      break;
    case Layout::Line:
    case Layout::Item:
      out.line_break();
      break;
    default:
      break;
  }
}

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

void append_html_as_text(std::string_view html, PlainTextWriter& out) {
  if (html.empty() || html.size() > static_cast<std::size_t>(INT_MAX)) return;
  // NONET: never fetch anything; no error output (a description is not a document to lint).
  const int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER;
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
  if (!doc) return;
  // An explicit stack, not recursion, over the tree; each entry is a node and whether its
  // children were already visited (then it is being closed).
  struct Step {
    const xmlNode* node;
    bool closing;
  };
  std::vector<Step> stack;
  for (const xmlNode* c = doc->children; c; c = c->next) stack.push_back({c, false});
  std::reverse(stack.begin(), stack.end());
  while (!stack.empty()) {
    const Step step = stack.back();
    stack.pop_back();
    const xmlNode* n = step.node;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      if (n->content) out.text(reinterpret_cast<const char*>(n->content));
      continue;
    }
    if (n->type != XML_ELEMENT_NODE) continue;  // comments, processing instructions, the doctype
    if (step.closing) {
      close_element(n, out);
      continue;
    }
    if (layout_of(name_of(n)) == Layout::Drop) continue;
    open_element(n, out);
    stack.push_back({n, true});
    const std::size_t first = stack.size();
    for (const xmlNode* c = n->children; c; c = c->next) stack.push_back({c, false});
    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
  }
}

}  // namespace marquee::content
