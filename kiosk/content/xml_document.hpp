#pragma once
// A parsed XML document from untrusted text (schedule.xml, xCal), through libxml2 with the network,
// DTD loading and entity substitution all off. Callers walk libxml2's tree directly; the helpers
// here only read what an importer needs: element names, attributes, text and line numbers.
#include <libxml/tree.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::content::xml {

struct ParseError {
  int line = 0;
  std::string message;
};

class Document {
 public:
  // nullopt and *error filled when the text is not well-formed XML.
  static std::optional<Document> parse(std::string_view text, ParseError* error);
  xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }

 private:
  struct Free {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
  };
  std::unique_ptr<xmlDoc, Free> doc_;
};

// The element's local name (no namespace prefix), e.g. "event" or "event-slug".
std::string_view name_of(const xmlNode* node);
// The namespace prefix the element was written with ("pentabarf"), empty when none.
std::string_view prefix_of(const xmlNode* node);
// Element children, in document order.
std::vector<xmlNode*> elements(const xmlNode* node);
// The first element child with that local name (and prefix, when given), or nullptr.
xmlNode* child(const xmlNode* node, std::string_view name, std::string_view prefix = {});
// The text directly inside the element (text and CDATA nodes), trimmed. Entity references are
// not followed: the parser leaves them unexpanded on purpose (billion-laughs documents).
std::string text_of(const xmlNode* node);
// The attribute's value, or nullopt.
std::optional<std::string> attribute(const xmlNode* node, const char* name);
// 1-based source line of the node.
int line_of(const xmlNode* node);
// An XPath naming the node, e.g. "/schedule/day[2]/room[1]/event[3]".
std::string path_of(const xmlNode* node);

}  // namespace marquee::content::xml
