// `marquee import-exhibitors` as an organiser runs it: a CSV with Chinese headers into a copy of
// the demo content (its map.json checks the booths), then `marquee validate` on the result; a list
// with errors writes nothing and names rows and columns.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/paths.hpp"
#include "run_marquee.hpp"

namespace marquee::app {
namespace {

namespace fs = std::filesystem;

struct Dir {
  fs::path path = fs::temp_directory_path() / ("marquee-import-exhibitors-" + std::to_string(::getpid()));
  Dir() {
    fs::remove_all(path);
    fs::create_directories(path);
    fs::copy(core::demo_content_dir(), path / "content", fs::copy_options::recursive);
  }
  ~Dir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}
std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ImportExhibitorsCli, ChineseCsvIntoTheDemoContentValidates) {
  Dir d;
  write(d.path / "展商.csv",
        "\xEF\xBB\xBF公司名称,英文名称,展位号,行业,网址\r\n"
        "雅鲁认知科技,Yarlung Cognition,A01,AI large models,https://yarlung.example\r\n"
        "\"星河物流\",\"Galaxy Logistics, Ltd\",A02,智慧物流,\r\n");
  const auto before = read(d.path / "content/exhibitors.json");
  const MarqueeRun r = run_marquee("import-exhibitors '" + (d.path / "展商.csv").string() + "' --out '" +
                                   (d.path / "content").string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("read 2 rows (UTF-8 (BOM)): 2 exhibitors, 0 new sectors"), std::string::npos) << r.out;
  const auto after = read(d.path / "content/exhibitors.json");
  EXPECT_NE(after, before);
  EXPECT_NE(after.find("Galaxy Logistics, Ltd"), std::string::npos);
  const MarqueeRun v = run_marquee("validate '" + (d.path / "content").string() + "'");
  EXPECT_EQ(v.exit_code, 0) << v.out;
}

TEST(ImportExhibitorsCli, ErrorsWriteNothing) {
  Dir d;
  write(d.path / "list.csv", "Name,Booth,Sector\nAcme,A01,Fintech\nCopy,A01,Fintech\nGhost,Q77,Fintech\n");
  const auto before = read(d.path / "content/exhibitors.json");
  const MarqueeRun r = run_marquee("import-exhibitors '" + (d.path / "list.csv").string() + "' --out '" +
                                   (d.path / "content").string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_NE(r.out.find("list.csv:row 3, column B (Booth): duplicate booth \"A01\" (also on row 2)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("list.csv:row 4, column B (Booth): booth \"Q77\" is not in map.json"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("nothing written: 2 errors"), std::string::npos) << r.out;
  EXPECT_EQ(read(d.path / "content/exhibitors.json"), before);
}

}  // namespace
}  // namespace marquee::app
