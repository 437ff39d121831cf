// libxml2 behind the few calls the schedule importers need. The parser options are what makes
// this safe for hostile input: no network (XML_PARSE_NONET), no external DTD or entity loading
// (no XML_PARSE_DTDLOAD / XML_PARSE_NOENT), libxml2's default size limits (no XML_PARSE_HUGE).
#include "content/xml_document.hpp"

#include <libxml/parser.h>

#include <cstring>
#include <mutex>

namespace marquee::content::xml {
namespace {

std::string trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Schedules never need anything from outside themselves: every external DTD or entity
// (file://, http://, catalog lookups) is refused, whatever the parser options would allow.
xmlParserInputPtr refuse_external(const char*, const char*, xmlParserCtxtPtr) {
  return nullptr;
}

struct FirstError {
  bool seen = false;
  ParseError error;
};

void keep_first_error(void* data, xmlErrorPtr e) {
  auto* first = static_cast<FirstError*>(data);
  if (first->seen || !e || e->level < XML_ERR_ERROR) return;
  first->seen = true;
  first->error = {e->line, e->message ? trimmed(e->message) : "not well-formed XML"};
}

}  // namespace

std::optional<Document> Document::parse(std::string_view text, ParseError* error) {
  static std::once_flag init;
  std::call_once(init, [] {
    xmlInitParser();
    xmlSetExternalEntityLoader(&refuse_external);
  });
  if (text.size() > static_cast<std::size_t>(INT32_MAX)) {
    if (error) *error = {0, "document too large"};
    return std::nullopt;
  }
  std::unique_ptr<xmlParserCtxt, void (*)(xmlParserCtxtPtr)> ctxt(xmlNewParserCtxt(), xmlFreeParserCtxt);
  if (!ctxt) {
    if (error) *error = {0, "out of memory"};
    return std::nullopt;
  }
  // BIG_LINES: line numbers past 65535 stay exact. Errors go to first_error (the first is the
  // one an editor needs; later ones follow from it), never to stderr.
  const int options = XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES;
  FirstError first;
  xmlSetStructuredErrorFunc(&first, &keep_first_error);
  xmlDoc* doc = xmlCtxtReadMemory(ctxt.get(), text.data(), static_cast<int>(text.size()), nullptr, nullptr,
                                  options);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc || !ctxt->wellFormed) {
    if (doc) xmlFreeDoc(doc);
    if (error) *error = first.seen ? first.error : ParseError{0, "not well-formed XML"};
    return std::nullopt;
  }
  Document d;
  d.doc_.reset(doc);
  return d;
}

std::string_view name_of(const xmlNode* node) {
  return node && node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

std::string_view prefix_of(const xmlNode* node) {
  if (!node || !node->ns || !node->ns->prefix) return {};
  return reinterpret_cast<const char*>(node->ns->prefix);
}

std::vector<xmlNode*> elements(const xmlNode* node) {
  std::vector<xmlNode*> out;
  if (!node) return out;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) out.push_back(c);
  }
  return out;
}

xmlNode* child(const xmlNode* node, std::string_view name, std::string_view prefix) {
  if (!node) return nullptr;
  for (xmlNode* c = node->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && name_of(c) == name && (prefix.empty() || prefix_of(c) == prefix)) return c;
  }
  return nullptr;
}

std::string text_of(const xmlNode* node) {
  std::string out;
  if (!node) return out;
  for (const xmlNode* c = node->children; c; c = c->next) {
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content) {
      out += reinterpret_cast<const char*>(c->content);
    }
  }
  return trimmed(std::move(out));
}

std::optional<std::string> attribute(const xmlNode* node, const char* name) {
  if (!node) return std::nullopt;
  // The attribute's own text children only, for the same reason as text_of.
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (!a->name || std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
    std::string out;
    for (const xmlNode* c = a->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content) out += reinterpret_cast<const char*>(c->content);
    }
    return trimmed(std::move(out));
  }
  return std::nullopt;
}

int line_of(const xmlNode* node) {
  return node ? static_cast<int>(xmlGetLineNo(node)) : 0;
}

std::string path_of(const xmlNode* node) {
  xmlChar* p = xmlGetNodePath(node);
  if (!p) return "";
  std::string out(reinterpret_cast<const char*>(p));
  xmlFree(p);
  return out;
}

}  // namespace marquee::content::xml
