#include "content/sheet/csv_reader.hpp"

namespace marquee::content {
namespace {

// One pass over the text, a state machine per character: linear whatever the quoting.
class CsvParser {
 public:
  CsvParser(std::string_view text, const std::string& file, const SheetLimits& limits, Diagnostics& diag)
      : text_(text), file_(file), limits_(limits), diag_(diag) {}

  Sheet run() {
    row_.number = 1;
    row_.line = 1;
    while (pos_ < text_.size() && !stopped_) {
      const char c = text_[pos_];
      if (in_quotes_) {
        quoted_char(c);
      } else if (c == '"' && field_.empty() && !field_was_quoted_) {
        in_quotes_ = true;
        field_was_quoted_ = true;
        quote_line_ = line_;
        ++pos_;
      } else if (c == ',') {
        end_field();
        ++pos_;
      } else if (c == '\r' || c == '\n') {
        pos_ += (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
        end_record();
        ++line_;
        row_.line = line_;
      } else {
        if (field_was_quoted_ && !warned_after_quote_) {
          diag_.error(file_, cell_location(row_.number, row_.cells.size()),
                      "text after the closing quote of a quoted field (a quote inside a quoted field is written \"\")",
                      line_);
          warned_after_quote_ = true;
        }
        add(c);
        ++pos_;
      }
    }
    if (in_quotes_)
      diag_.error(file_, cell_location(row_.number, row_.cells.size()),
                  "quoted field opened on line " + std::to_string(quote_line_) + " is never closed", quote_line_);
    if (!stopped_ && (!field_.empty() || field_was_quoted_ || !row_.cells.empty())) end_record();
    return std::move(sheet_);
  }

 private:
  void quoted_char(char c) {
    if (c == '"') {
      if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
        add('"');
        pos_ += 2;
        return;
      }
      in_quotes_ = false;
      ++pos_;
      return;
    }
    if (c == '\n') ++line_;
    add(c);
    ++pos_;
  }

  void add(char c) {
    if (field_.size() >= limits_.max_cell_bytes) {
      if (!cell_too_long_)
        diag_.error(file_, cell_location(row_.number, row_.cells.size()),
                    "cell longer than " + std::to_string(limits_.max_cell_bytes) + " bytes; the rest is cut", line_);
      cell_too_long_ = true;
      return;
    }
    field_ += c;
  }

  void end_field() {
    if (row_.cells.size() >= limits_.max_columns) {
      if (!columns_reported_)
        diag_.error(file_, "row " + std::to_string(row_.number),
                    "more than " + std::to_string(limits_.max_columns) + " columns; the rest are ignored", row_.line);
      columns_reported_ = true;
    } else {
      row_.cells.push_back(std::move(field_));
    }
    field_.clear();
    field_was_quoted_ = false;
    warned_after_quote_ = false;
    cell_too_long_ = false;
  }

  void end_record() {
    end_field();
    bool empty = true;
    for (const auto& c : row_.cells) empty = empty && c.empty();
    if (!empty) {
      if (sheet_.rows.size() >= limits_.max_rows) {
        diag_.error(file_, "row " + std::to_string(row_.number),
                    "more than " + std::to_string(limits_.max_rows) + " rows; reading stopped", row_.line);
        stopped_ = true;
        return;
      }
      sheet_.rows.push_back(std::move(row_));
    }
    const int next = row_.number + 1;
    row_ = SheetRow{};
    row_.number = next;
    columns_reported_ = false;
  }

  std::string_view text_;
  const std::string& file_;
  const SheetLimits& limits_;
  Diagnostics& diag_;
  Sheet sheet_;
  SheetRow row_;
  std::string field_;
  std::size_t pos_ = 0;
  int line_ = 1, quote_line_ = 0;
  bool in_quotes_ = false, field_was_quoted_ = false, warned_after_quote_ = false, cell_too_long_ = false;
  bool columns_reported_ = false, stopped_ = false;
};

}  // namespace

Sheet read_csv(std::string_view utf8, const std::string& file, const SheetLimits& limits, Diagnostics& diag) {
  return CsvParser(utf8, file, limits, diag).run();
}

}  // namespace marquee::content
