// marquee import-exhibitors' core: header mapping (English and Chinese), booth checks against
// map.json, sectors, URLs, and the generated exhibitors.json loading in the kiosk's own parser.
#include <gtest/gtest.h>

#include <string>

#include "content/exhibitor_columns.hpp"
#include "content/exhibitor_import.hpp"
#include "content/loader.hpp"
#include "content/parse_state.hpp"
#include "xlsx_writer.hpp"

namespace marquee::content {
namespace {

using nlohmann::json;

std::string messages(const Diagnostics& d) {
  std::string out;
  for (const auto& x : d.all()) out += format_diagnostic(x) + "\n";
  return out;
}

ExhibitorImportContext demo_context() {
  Diagnostics d;
  ExhibitorImportContext ctx = read_import_context(std::filesystem::path(MARQUEE_SOURCE_DIR) / "assets/demo", d);
  EXPECT_FALSE(d.has_errors()) << messages(d);
  return ctx;
}

ExhibitorImport run(const std::string& bytes, const ExhibitorImportContext& ctx, Diagnostics& d,
                    const std::string& file = "list.csv") {
  ExhibitorImportOptions o;
  o.file = file;
  return import_exhibitors(bytes, o, ctx, d);
}

TEST(ExhibitorColumns, HeadersMatchWithoutCaseSpaceOrPunctuation) {
  EXPECT_EQ(exhibitor_column("  Booth No. "), ExhibitorColumn::Booth);
  EXPECT_EQ(exhibitor_column("BOOTH"), ExhibitorColumn::Booth);
  EXPECT_EQ(exhibitor_column("展位号"), ExhibitorColumn::Booth);
  EXPECT_EQ(exhibitor_column("公司名称"), ExhibitorColumn::Name);
  EXPECT_EQ(exhibitor_column("Name (zh)"), ExhibitorColumn::NameZh);
  EXPECT_EQ(exhibitor_column("名称（中文）"), ExhibitorColumn::NameZh);
  EXPECT_EQ(exhibitor_column("中文名"), ExhibitorColumn::NameZh);
  EXPECT_EQ(exhibitor_column("Web-site"), ExhibitorColumn::Website);
  EXPECT_EQ(exhibitor_column("简介"), ExhibitorColumn::Description);
  EXPECT_EQ(exhibitor_column("展馆"), ExhibitorColumn::Hall);
  EXPECT_FALSE(exhibitor_column("Fax"));
}

TEST(ExhibitorImport, ChineseHeadersAndExistingSectorsAndBooths) {
  const std::string csv =
      "\xEF\xBB\xBF名称,Name (en),展位号,展馆,行业,网址,简介,Fax\n"
      "雅鲁新创,Yarlung New,A01,bj-hall-a,AI large models;金融科技,www.yarlung.example,做大模型,123\n"
      "\"Beta, Ltd\",,A02,,Robotics,https://beta.example/about?x=1,\"Builds robots.\nTwo lines.\",\n";
  Diagnostics d;
  const ExhibitorImport r = run(csv, demo_context(), d);
  EXPECT_FALSE(d.has_errors()) << messages(d);
  const std::string m = messages(d);
  EXPECT_NE(m.find("list.csv:row 1, column H (Fax): warning: unknown column header"), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 3, column A (名称): warning: no Chinese name; \"Beta, Ltd\" is used for both"), std::string::npos) << m;
  EXPECT_NE(m.find("new sector \"Robotics\" has only one language"), std::string::npos) << m;
  EXPECT_EQ(r.encoding, "UTF-8 (BOM)");
  EXPECT_EQ(r.rows, 2u);
  EXPECT_EQ(r.exhibitors, 2u);
  EXPECT_EQ(r.new_sectors, 1u);
  const json& ex = r.exhibitors_file["exhibitors"];
  EXPECT_EQ(ex[0]["name"], (json{{"zh", "雅鲁新创"}, {"en", "Yarlung New"}}));
  EXPECT_EQ(ex[0]["booth"], "A01");
  EXPECT_EQ(ex[0]["sectors"], (json{"ai_models", "fintech"}));
  EXPECT_EQ(ex[0]["website"], "https://www.yarlung.example");
  EXPECT_EQ(ex[0]["description"], (json{{"zh", "做大模型"}}));
  EXPECT_EQ(ex[0]["id"], "ex-yarlung-new");
  EXPECT_EQ(ex[1]["sectors"], (json{"robotics"}));
  EXPECT_EQ(ex[1]["description"]["en"], "Builds robots.\nTwo lines.");
  // The demo's eight sectors are kept, the new one added after them.
  EXPECT_EQ(r.exhibitors_file["sectors"].size(), 9u);

  // What was generated loads in the kiosk's parser without a problem.
  Diagnostics check;
  ParseState state{Content{}, Origins{}, check};
  EXPECT_TRUE(parse_content_text("exhibitors.json", r.exhibitors_file.dump(), state));
  EXPECT_EQ(check.all().size(), 0u) << messages(check);
  EXPECT_EQ(state.content.exhibitors.size(), 2u);
}

TEST(ExhibitorImport, EveryProblemNamesRowAndColumn) {
  const std::string csv =
      "Name,Name (zh),Booth,Hall,Sector,Website,Featured\n"
      "Acme,艾克米,A01,Exhibition Hall A,Fintech,https://acme.example,yes\n"
      "Copy,复制,A01,,Fintech,,\n"
      ",,A03,,Fintech,,\n"
      "NoBooth,无展位,,,Fintech,,\n"
      "Ghost,幽灵,Z99,,Fintech,,\n"
      "Wrong hall,错馆,A04,Hall B,Fintech,,\n"
      "Bad url,坏链接,A05,,Fintech,ht!tp://x y,maybe\n"
      "No sector,无行业,A06,,,,\n";
  Diagnostics d;
  const ExhibitorImport r = run(csv, demo_context(), d);
  const std::string m = messages(d);
  EXPECT_NE(m.find("list.csv:row 3, column C (Booth): duplicate booth \"A01\" (also on row 2)"), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 4, column A (Name): missing name"), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 5, column C (Booth): missing booth"), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 6, column C (Booth): booth \"Z99\" is not in map.json"), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 7, column D (Hall): booth \"A04\" is in hall \"bj-hall-a\" in map.json, not \"Hall B\""), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 8, column F (Website): bad URL \"ht!tp://x y\""), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 8, column G (Featured): featured is \"maybe\""), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 9, column E (Sector): missing sector"), std::string::npos) << m;
  EXPECT_EQ(d.error_count(), 8u) << m;
  EXPECT_EQ(r.exhibitors, 1u);  // only Acme is complete
  EXPECT_EQ(r.exhibitors_file["exhibitors"][0]["featured"], true);
}

TEST(ExhibitorImport, MissingColumnsAndEmptyFiles) {
  Diagnostics d;
  run("Company,Website\nAcme,https://a.example\n", ExhibitorImportContext{}, d);
  const std::string m = messages(d);
  EXPECT_NE(m.find("list.csv:row 1: no booth column"), std::string::npos) << m;
  EXPECT_NE(m.find("list.csv:row 1: no sector column"), std::string::npos) << m;
  Diagnostics d2;
  run("", ExhibitorImportContext{}, d2);
  EXPECT_NE(messages(d2).find("list.csv: has no rows"), std::string::npos) << messages(d2);
}

TEST(ExhibitorImport, XlsxWithChineseHeaders) {
  const std::string strings =
      "<si><t>公司名称</t></si><si><t>英文名称</t></si><si><t>展位</t></si><si><t>行业</t></si>"
      "<si><t>雅鲁认知科技</t></si><si><r><t>Yarlung </t></r><r><t>Cognition</t></r></si><si><t>金融科技</t></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
      "<c r=\"E1\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>4</v></c><c r=\"B2\" t=\"s\"><v>5</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>A03</t></is></c>"
      "<c r=\"E2\" t=\"s\"><v>6</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>A03</t></is></c><c r=\"E3\" t=\"s\"><v>6</v></c></row>";
  Diagnostics d;
  const ExhibitorImport r = run(marquee::testing::make_xlsx(rows, strings), demo_context(), d, "展商.xlsx");
  EXPECT_EQ(r.encoding, "xlsx");
  const std::string m = messages(d);
  EXPECT_NE(m.find("展商.xlsx:row 3, column C (展位): duplicate booth \"A03\" (also on row 2)"), std::string::npos) << m;
  ASSERT_EQ(r.exhibitors, 1u) << m;
  const json& e = r.exhibitors_file["exhibitors"][0];
  EXPECT_EQ(e["name"], (json{{"zh", "雅鲁认知科技"}, {"en", "Yarlung Cognition"}}));
  EXPECT_EQ(e["sectors"], (json{"fintech"}));
  EXPECT_EQ(e["booth"], "A03");
}

TEST(ExhibitorImport, Gb18030CsvIsDetected) {
  // "名称,展位,行业\n艾克米,A01,金融科技\n" in GB18030, written out byte by byte.
  const std::string gb =
      "\xC3\xFB\xB3\xC6,\xD5\xB9\xCE\xBB,\xD0\xD0\xD2\xB5\n\xB0\xAC\xBF\xCB\xC3\xD7,A01,\xBD\xF0\xC8\xDA\xBF\xC6\xBC\xBC\n";
  Diagnostics d;
  const ExhibitorImport r = run(gb, demo_context(), d);
  EXPECT_FALSE(d.has_errors()) << messages(d);
  EXPECT_EQ(r.encoding, "GB18030");
  ASSERT_EQ(r.exhibitors, 1u);
  EXPECT_EQ(r.exhibitors_file["exhibitors"][0]["name"]["zh"], "艾克米");
  EXPECT_EQ(r.exhibitors_file["exhibitors"][0]["sectors"], (json{"fintech"}));
}

}  // namespace
}  // namespace marquee::content
