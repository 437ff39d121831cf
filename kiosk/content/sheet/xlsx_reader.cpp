#include "content/sheet/xlsx_reader.hpp"

#include <libxml/xmlreader.h>
#include <zip.h>

#include <climits>
#include <memory>
#include <optional>
#include <vector>

namespace marquee::content {
namespace {

struct ArchiveCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};
struct ReaderFreer {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};

// The archive and the budget of bytes its members may still decompress to.
class Archive {
 public:
  Archive(std::string_view bytes, const std::string& file, const SheetLimits& limits, Diagnostics& diag)
      : file_(file), budget_(limits.max_uncompressed_bytes), diag_(diag) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source) {
      zip_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
      if (!zip_) zip_source_free(source);
    }
    if (!zip_) diag_.error(file_, "", std::string("not an .xlsx file (not a readable zip archive: ") + zip_error_strerror(&error) + ")");
    zip_error_fini(&error);
  }
  bool ok() const { return zip_ != nullptr; }

  bool has(const std::string& name) const { return zip_name_locate(zip_.get(), name.c_str(), 0) >= 0; }

  // The member's bytes, or nullopt (reported) when it is missing, corrupt or over the budget.
  std::optional<std::string> read(const std::string& name) {
    const zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), 0);
    if (index < 0) {
      diag_.error(file_, name, "missing from the archive");
      return std::nullopt;
    }
    std::unique_ptr<zip_file_t, FileCloser> f(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
    if (!f) {
      diag_.error(file_, name, std::string("cannot be opened: ") + zip_strerror(zip_.get()));
      return std::nullopt;
    }
    std::string out;
    char chunk[64 * 1024];
    for (;;) {
      const zip_int64_t n = zip_fread(f.get(), chunk, sizeof chunk);
      if (n < 0) {
        diag_.error(file_, name, std::string("corrupt: ") + zip_file_strerror(f.get()));
        return std::nullopt;
      }
      if (n == 0) break;
      if (static_cast<std::size_t>(n) > budget_) {
        diag_.error(file_, name, "decompresses to more than the limit of all parts together; not read (a zip bomb?)");
        return std::nullopt;
      }
      budget_ -= static_cast<std::size_t>(n);
      out.append(chunk, static_cast<std::size_t>(n));
    }
    return out;
  }

 private:
  const std::string& file_;
  std::size_t budget_;
  Diagnostics& diag_;
  std::unique_ptr<zip_t, ArchiveCloser> zip_;
};

// libxml2's pull reader over one part: NONET, no DTD loading, no entity substitution; a part
// with a DOCTYPE is refused (none of Excel's parts has one, and it is how entity bombs arrive).
class XmlPart {
 public:
  XmlPart(const std::string& xml, const std::string& part, const std::string& file, Diagnostics& diag)
      : part_(part), file_(file), diag_(diag) {
    if (xml.size() < static_cast<std::size_t>(INT_MAX))
      reader_.reset(xmlReaderForMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  }

  // Advances to the next node; false at the end or on a syntax error (reported once).
  bool next() {
    if (!reader_ || failed_) return false;
    const int r = xmlTextReaderRead(reader_.get());
    if (r == 1 && xmlTextReaderNodeType(reader_.get()) == XML_READER_TYPE_DOCUMENT_TYPE) {
      fail("has a DOCTYPE; refused");
      return false;
    }
    if (r < 0) fail("is not well-formed XML");
    return r == 1;
  }
  bool start(std::string_view local) const { return type() == XML_READER_TYPE_ELEMENT && name() == local; }
  bool end(std::string_view local) const { return type() == XML_READER_TYPE_END_ELEMENT && name() == local; }
  bool empty_element() const { return xmlTextReaderIsEmptyElement(reader_.get()) == 1; }
  bool is_text() const {
    const int t = type();
    return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_CDATA || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE ||
           t == XML_READER_TYPE_WHITESPACE;
  }
  std::string_view value() const {
    const xmlChar* v = xmlTextReaderConstValue(reader_.get());
    return v ? std::string_view(reinterpret_cast<const char*>(v)) : std::string_view();
  }
  std::string attribute(const char* local) const {
    xmlChar* v = xmlTextReaderGetAttribute(reader_.get(), reinterpret_cast<const xmlChar*>(local));
    if (!v) return {};
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
  }
  // The relationship id "r:id", whatever prefix the relationships namespace was given.
  std::string relationship_id() const {
    std::string out;
    if (xmlTextReaderMoveToFirstAttribute(reader_.get()) != 1) return out;
    do {
      const xmlChar* prefix = xmlTextReaderConstPrefix(reader_.get());
      if (prefix && name() == "id") out = std::string(value());
    } while (xmlTextReaderMoveToNextAttribute(reader_.get()) == 1);
    xmlTextReaderMoveToElement(reader_.get());
    return out;
  }
  int line() const { return reader_ ? xmlTextReaderGetParserLineNumber(reader_.get()) : 0; }
  bool failed() const { return failed_ || !reader_; }

 private:
  int type() const { return xmlTextReaderNodeType(reader_.get()); }
  std::string_view name() const {
    const xmlChar* n = xmlTextReaderConstLocalName(reader_.get());
    return n ? std::string_view(reinterpret_cast<const char*>(n)) : std::string_view();
  }
  void fail(const std::string& why) {
    if (!failed_) diag_.error(file_, part_, why, line());
    failed_ = true;
  }

  std::string part_;
  const std::string& file_;
  Diagnostics& diag_;
  std::unique_ptr<xmlTextReader, ReaderFreer> reader_;
  bool failed_ = false;
};

// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root.
std::string resolve_target(const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  std::string t = target;
  std::string base = "xl";
  while (t.rfind("../", 0) == 0) {
    t.erase(0, 3);
    base.clear();
  }
  return base.empty() ? t : base + "/" + t;
}

// The part that holds the workbook's first sheet (in <sheets> order, which is tab order).
std::optional<std::string> first_sheet_part(Archive& zip, const std::string& file, Diagnostics& diag) {
  const auto workbook = zip.read("xl/workbook.xml");
  if (!workbook) return std::nullopt;
  std::string rel_id;
  {
    XmlPart x(*workbook, "xl/workbook.xml", file, diag);
    while (rel_id.empty() && x.next()) {
      if (x.start("sheet")) rel_id = x.relationship_id();
    }
    if (x.failed()) return std::nullopt;
  }
  if (rel_id.empty()) {
    diag.error(file, "xl/workbook.xml", "names no worksheet");
    return std::nullopt;
  }
  const auto rels = zip.read("xl/_rels/workbook.xml.rels");
  if (!rels) return std::nullopt;
  XmlPart x(*rels, "xl/_rels/workbook.xml.rels", file, diag);
  while (x.next()) {
    if (x.start("Relationship") && x.attribute("Id") == rel_id) return resolve_target(x.attribute("Target"));
  }
  if (!x.failed()) diag.error(file, "xl/_rels/workbook.xml.rels", "has no relationship \"" + rel_id + "\" for the first sheet");
  return std::nullopt;
}

// Each <si> is one string: its <t> text, or its rich-text runs' <t> texts joined. Phonetic
// guides (<rPh>, furigana) are not part of the text.
std::vector<std::string> shared_strings(Archive& zip, const std::string& file, const SheetLimits& limits,
                                        Diagnostics& diag, bool& ok) {
  std::vector<std::string> out;
  ok = true;
  const std::string part = "xl/sharedStrings.xml";
  if (!zip.has(part)) return out;  // a sheet with only numbers or inline strings has none
  const auto xml = zip.read(part);
  if (!xml) {
    ok = false;
    return out;
  }
  XmlPart x(*xml, part, file, diag);
  bool in_si = false, in_t = false;
  int phonetic = 0;
  while (x.next()) {
    if (x.start("si")) {
      in_si = true;
      out.emplace_back();
      if (x.empty_element()) in_si = false;
    } else if (x.end("si")) {
      in_si = false;
    } else if (x.start("rPh")) {
      if (!x.empty_element()) ++phonetic;
    } else if (x.end("rPh")) {
      --phonetic;
    } else if (x.start("t")) {
      in_t = !x.empty_element();
    } else if (x.end("t")) {
      in_t = false;
    } else if (in_si && in_t && phonetic == 0 && x.is_text()) {
      std::string& s = out.back();
      const std::string_view v = x.value();
      s.append(v.substr(0, limits.max_cell_bytes - std::min(limits.max_cell_bytes, s.size())));
    }
  }
  ok = !x.failed();
  return out;
}

class SheetReader {
 public:
  SheetReader(const std::string& file, const SheetLimits& limits, Diagnostics& diag,
              const std::vector<std::string>& strings)
      : file_(file), limits_(limits), diag_(diag), strings_(strings) {}

  Sheet read(const std::string& xml, const std::string& part) {
    XmlPart x(xml, part, file_, diag_);
    while (!stopped_ && x.next()) {
      if (x.start("row")) {
        start_row(x);
        if (x.empty_element()) end_row();
      } else if (x.end("row")) {
        end_row();
      } else if (x.start("c")) {
        start_cell(x);
        if (x.empty_element()) end_cell();
      } else if (x.end("c")) {
        end_cell();
      } else if (x.start("v") || x.start("t")) {
        in_value_ = in_cell_ && !x.empty_element();
      } else if (x.end("v") || x.end("t")) {
        in_value_ = false;
      } else if (in_value_ && x.is_text()) {
        value_ += x.value();
      }
    }
    return std::move(sheet_);
  }

 private:
  void start_row(const XmlPart& x) {
    row_ = SheetRow{};
    const std::string r = x.attribute("r");
    int number = last_row_ + 1;
    if (!r.empty()) {
      try {
        number = std::stoi(r);
      } catch (const std::exception&) {
        number = 0;
      }
    }
    if (number <= last_row_ || number > 1'048'576) {
      diag_.error(file_, "row " + r, "row number out of order or out of range; row skipped", x.line());
      skip_row_ = true;
    } else {
      skip_row_ = false;
    }
    row_.number = number;
    last_row_ = std::max(last_row_, number);
    next_column_ = 0;
    in_row_ = true;
  }

  void end_row() {
    if (!in_row_) return;
    in_row_ = false;
    if (skip_row_) return;
    bool empty = true;
    for (const auto& c : row_.cells) empty = empty && c.empty();
    if (empty) return;
    if (sheet_.rows.size() >= limits_.max_rows) {
      diag_.error(file_, "row " + std::to_string(row_.number),
                  "more than " + std::to_string(limits_.max_rows) + " rows; reading stopped");
      stopped_ = true;
      return;
    }
    sheet_.rows.push_back(std::move(row_));
  }

  void start_cell(const XmlPart& x) {
    in_cell_ = in_row_;
    value_.clear();
    type_ = x.attribute("t");
    column_ = next_column_;
    const std::string ref = x.attribute("r");
    std::size_t column = 0;
    int row = 0;
    if (!ref.empty()) {
      if (parse_cell_reference(ref, column, row) && row == row_.number && column >= next_column_) {
        column_ = column;
      } else {
        diag_.error(file_, cell_location(row_.number, next_column_), "cell reference \"" + ref.substr(0, 16) + "\" does not fit its row; cell skipped", x.line());
        in_cell_ = false;
      }
    }
  }

  void end_cell() {
    if (!in_cell_ || skip_row_) {
      in_cell_ = false;
      return;
    }
    in_cell_ = false;
    next_column_ = column_ + 1;
    if (column_ >= limits_.max_columns) {
      if (!columns_reported_)
        diag_.error(file_, cell_location(row_.number, column_),
                    "more than " + std::to_string(limits_.max_columns) + " columns; the rest are ignored");
      columns_reported_ = true;
      return;
    }
    std::string text;
    if (type_ == "s") {
      std::size_t index = strings_.size();
      try {
        index = std::stoul(value_);
      } catch (const std::exception&) {
      }
      if (index >= strings_.size()) {
        diag_.error(file_, cell_location(row_.number, column_), "points to shared string " + value_.substr(0, 16) + ", which does not exist");
        return;
      }
      text = strings_[index];
    } else if (type_ == "b") {
      text = value_ == "1" ? "TRUE" : "FALSE";
    } else if (type_ == "e") {
      diag_.warning(file_, cell_location(row_.number, column_), "holds the spreadsheet error " + value_.substr(0, 16) + "; read as empty");
      return;
    } else {  // "n" (the default), "str" (a formula's text), "inlineStr", "d" (ISO date)
      text = std::move(value_);
    }
    if (text.size() > limits_.max_cell_bytes) {
      diag_.error(file_, cell_location(row_.number, column_),
                  "cell longer than " + std::to_string(limits_.max_cell_bytes) + " bytes; the rest is cut");
      text.resize(limits_.max_cell_bytes);
    }
    if (row_.cells.size() <= column_) row_.cells.resize(column_ + 1);
    row_.cells[column_] = std::move(text);
  }

  const std::string& file_;
  const SheetLimits& limits_;
  Diagnostics& diag_;
  const std::vector<std::string>& strings_;
  Sheet sheet_;
  SheetRow row_;
  std::string value_, type_;
  std::size_t column_ = 0, next_column_ = 0;
  int last_row_ = 0;
  bool in_row_ = false, in_cell_ = false, in_value_ = false, skip_row_ = false, stopped_ = false;
  bool columns_reported_ = false;
};

}  // namespace

bool parse_cell_reference(std::string_view ref, std::size_t& column, int& row) {
  std::size_t i = 0, col = 0;
  while (i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z' && i < 3) col = col * 26 + static_cast<std::size_t>(ref[i++] - 'A' + 1);
  if (i == 0 || i == ref.size()) return false;
  long r = 0;
  for (std::size_t j = i; j < ref.size(); ++j) {
    if (ref[j] < '0' || ref[j] > '9' || j - i >= 7) return false;
    r = r * 10 + (ref[j] - '0');
  }
  if (r < 1 || r > 1'048'576 || col > 16'384) return false;
  column = col - 1;
  row = static_cast<int>(r);
  return true;
}

Sheet read_xlsx(std::string_view bytes, const std::string& file, const SheetLimits& limits, Diagnostics& diag) {
  if (bytes.size() > limits.max_file_bytes) {
    diag.error(file, "", "larger than " + std::to_string(limits.max_file_bytes >> 20) + " MB; not read");
    return {};
  }
  Archive zip(bytes, file, limits, diag);
  if (!zip.ok()) return {};
  const auto part = first_sheet_part(zip, file, diag);
  if (!part) return {};
  bool strings_ok = true;
  const std::vector<std::string> strings = shared_strings(zip, file, limits, diag, strings_ok);
  if (!strings_ok) return {};
  const auto xml = zip.read(*part);
  if (!xml) return {};
  return SheetReader(file, limits, diag, strings).read(*xml, *part);
}

}  // namespace marquee::content
