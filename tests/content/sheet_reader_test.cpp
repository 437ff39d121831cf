// The spreadsheet readers under the exhibitor import: CSV (RFC 4180, encodings) and XLSX (zip of
// XML parts, shared strings, cell references, limits).
#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "content/sheet/csv_reader.hpp"
#include "content/sheet/text_encoding.hpp"
#include "content/sheet/xlsx_reader.hpp"
#include "xlsx_writer.hpp"

namespace marquee::content {
namespace {

using marquee::testing::make_xlsx;
using marquee::testing::make_zip;

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.all()) out += format_diagnostic(x) + "\n";
  return out;
}

// UTF-8 -> GB18030 bytes with ICU, as Excel on a Chinese Windows would save them.
std::string to_gb18030(const std::string& utf8) {
  UErrorCode st = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 4, '\0');
  const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                 static_cast<int32_t>(utf8.size()), &st);
  out.resize(U_SUCCESS(st) ? static_cast<std::size_t>(n) : 0);
  return out;
}

TEST(CsvReader, Rfc4180Quoting) {
  Diagnostics d;
  const Sheet s = read_csv("Name,Booth,Description\r\n\"Acme, Inc.\",A01,\"Says \"\"hi\"\"\non two lines\"\r\n\r\nBeta,A02,\n",
                           "x.csv", SheetLimits{}, d);
  EXPECT_EQ(d.all().size(), 0u) << messages(d);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[1].cells, (std::vector<std::string>{"Acme, Inc.", "A01", "Says \"hi\"\non two lines"}));
  EXPECT_EQ(s.rows[1].number, 2);
  EXPECT_EQ(s.rows[2].number, 4);  // the blank record 3 is skipped but counted
  EXPECT_EQ(s.rows[2].line, 5);    // the quoted newline moved it down a line
  EXPECT_EQ(s.rows[2].cells, (std::vector<std::string>{"Beta", "A02", ""}));
}

TEST(CsvReader, BrokenQuotingIsReportedWithRowAndColumn) {
  Diagnostics d;
  read_csv("a,b\nx,\"open\nstill open", "x.csv", SheetLimits{}, d);
  EXPECT_NE(messages(d).find("x.csv:2:row 2, column B: quoted field opened on line 2 is never closed"), std::string::npos)
      << messages(d);
  Diagnostics d2;
  read_csv("a,b\n\"x\"y,z\n", "x.csv", SheetLimits{}, d2);
  EXPECT_NE(messages(d2).find("row 2, column A: text after the closing quote"), std::string::npos) << messages(d2);
}

TEST(CsvReader, LimitsOnRowsColumnsAndCells) {
  SheetLimits limits;
  limits.max_rows = 3;
  limits.max_columns = 2;
  limits.max_cell_bytes = 4;
  Diagnostics d;
  const Sheet s = read_csv("a,b,c\n12345,x\n1\n2\n3\n", "x.csv", limits, d);
  EXPECT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[1].cells[0], "1234");
  const std::string m = messages(d);
  EXPECT_NE(m.find("more than 2 columns"), std::string::npos) << m;
  EXPECT_NE(m.find("cell longer than 4 bytes"), std::string::npos) << m;
  EXPECT_NE(m.find("more than 3 rows; reading stopped"), std::string::npos) << m;
}

TEST(TextEncoding, Utf8WithAndWithoutBomAndGb18030) {
  auto plain = decode_text("名称,展位\n", "");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->encoding, "UTF-8");
  auto bom = decode_text("\xEF\xBB\xBF名称,展位\n", "");
  ASSERT_TRUE(bom);
  EXPECT_EQ(bom->utf8, "名称,展位\n");
  EXPECT_EQ(bom->encoding, "UTF-8 (BOM)");
  const std::string gb = to_gb18030("名称,展位\n雅鲁认知科技,A01\n");
  ASSERT_FALSE(gb.empty());
  ASSERT_NE(gb, "名称,展位\n雅鲁认知科技,A01\n");
  auto detected = decode_text(gb, "");
  ASSERT_TRUE(detected) << detected.error().message;
  EXPECT_EQ(detected->encoding, "GB18030");
  EXPECT_EQ(detected->utf8, "名称,展位\n雅鲁认知科技,A01\n");
  auto named = decode_text(gb, "GB18030");
  ASSERT_TRUE(named);
  EXPECT_EQ(named->utf8, detected->utf8);
  EXPECT_FALSE(decode_text(gb, "UTF-8"));
  EXPECT_FALSE(decode_text("x", "no-such-encoding"));
}

TEST(XlsxReader, SharedStringsRichTextInlineNumbersAndGaps) {
  const std::string strings =
      "<si><t>Name</t></si><si><t>Booth</t></si>"
      "<si><r><rPr><b/></rPr><t>Acme </t></r><r><t xml:space=\"preserve\">Robotics</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si><si><t>雅鲁&amp;认知</t></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c><c r=\"C3\"><v>101</v></c><c r=\"D3\" t=\"b\"><v>1</v></c></row>"
      "<row r=\"12\"><c r=\"A12\" t=\"inlineStr\"><is><t>Inline</t></is></c><c r=\"B12\" t=\"s\"><v>3</v></c></row>";
  const std::string xlsx = make_xlsx(rows, strings);
  ASSERT_FALSE(xlsx.empty());
  Diagnostics d;
  const Sheet s = read_xlsx(xlsx, "list.xlsx", SheetLimits{}, d);
  EXPECT_EQ(d.all().size(), 0u) << messages(d);
  ASSERT_EQ(s.rows.size(), 3u);
  EXPECT_EQ(s.rows[0].cells, (std::vector<std::string>{"Name", "", "Booth"}));
  EXPECT_EQ(s.rows[1].number, 3);
  EXPECT_EQ(s.rows[1].cells, (std::vector<std::string>{"Acme Robotics", "", "101", "TRUE"}));
  EXPECT_EQ(s.rows[2].number, 12);
  EXPECT_EQ(s.rows[2].cells, (std::vector<std::string>{"Inline", "雅鲁&认知"}));
}

TEST(XlsxReader, BadArchivesAndPartsAreReported) {
  Diagnostics d1;
  read_xlsx("PK\x03\x04 not really a zip", "a.xlsx", SheetLimits{}, d1);
  EXPECT_NE(messages(d1).find("a.xlsx: not an .xlsx file"), std::string::npos) << messages(d1);

  Diagnostics d2;
  read_xlsx(make_zip({{"xl/workbook.xml", "<workbook/>"}}), "b.xlsx", SheetLimits{}, d2);
  EXPECT_NE(messages(d2).find("b.xlsx:xl/workbook.xml: names no worksheet"), std::string::npos) << messages(d2);

  Diagnostics d3;
  read_xlsx(make_xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>", "<si><t>x</t></si>"), "c.xlsx",
            SheetLimits{}, d3);
  EXPECT_NE(messages(d3).find("c.xlsx:row 1, column A: points to shared string 9, which does not exist"),
            std::string::npos)
      << messages(d3);

  Diagnostics d4;
  read_xlsx(make_xlsx("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "<si><t>&bogus;</t></si><<"), "d.xlsx",
            SheetLimits{}, d4);
  EXPECT_NE(messages(d4).find("d.xlsx:1:xl/sharedStrings.xml: is not well-formed XML"), std::string::npos) << "[" << messages(d4) << "]";
}

TEST(XlsxReader, EntityBombsAndDoctypesAreRefused) {
  const std::string bomb =
      "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
      "<sst><si><t>&b;</t></si></sst>";
  Diagnostics d;
  std::string bombed = make_zip({{"xl/workbook.xml",
                                  "<workbook xmlns:r=\"r\"><sheets><sheet r:id=\"rId1\"/></sheets></workbook>"},
                                 {"xl/_rels/workbook.xml.rels",
                                  "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/s.xml\"/></Relationships>"},
                                 {"xl/worksheets/s.xml", "<worksheet><sheetData/></worksheet>"},
                                 {"xl/sharedStrings.xml", bomb}});
  const Sheet s = read_xlsx(bombed, "bomb.xlsx", SheetLimits{}, d);
  EXPECT_TRUE(s.rows.empty());
  EXPECT_NE(messages(d).find("bomb.xlsx:1:xl/sharedStrings.xml: has a DOCTYPE; refused"), std::string::npos) << "[" << messages(d) << "]";
}

TEST(XlsxReader, ZipBombStopsAtTheUncompressedLimit) {
  // 8 MB of one repeated cell compresses to a few KB; with a 1 MB budget it is refused.
  std::string rows;
  std::string row = "<row><c t=\"inlineStr\"><is><t>" + std::string(1000, 'x') + "</t></is></c></row>";
  while (rows.size() < (8u << 20)) rows += row;
  const std::string xlsx = make_xlsx(rows);
  EXPECT_LT(xlsx.size(), 200u * 1024);
  SheetLimits limits;
  limits.max_uncompressed_bytes = 1u << 20;
  Diagnostics d;
  const Sheet s = read_xlsx(xlsx, "bomb.xlsx", limits, d);
  EXPECT_TRUE(s.rows.empty());
  EXPECT_NE(messages(d).find("bomb.xlsx:xl/worksheets/sheet2.xml: decompresses to more than the limit"), std::string::npos)
      << messages(d);
}

TEST(XlsxReader, CellReferences) {
  std::size_t col = 0;
  int row = 0;
  ASSERT_TRUE(parse_cell_reference("C12", col, row));
  EXPECT_EQ(col, 2u);
  EXPECT_EQ(row, 12);
  ASSERT_TRUE(parse_cell_reference("AA1", col, row));
  EXPECT_EQ(col, 26u);
  EXPECT_FALSE(parse_cell_reference("12", col, row));
  EXPECT_FALSE(parse_cell_reference("A0", col, row));
  EXPECT_FALSE(parse_cell_reference("a1", col, row));
  EXPECT_EQ(column_letters(0), "A");
  EXPECT_EQ(column_letters(27), "AB");
}

}  // namespace
}  // namespace marquee::content
