// A `[display] font` that is not a font used to trip an ImGui assertion (issue 17): the file is
// checked first and the system font search takes over.
#include "ui/font_file.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <vector>

#include "core/paths.hpp"
#include "ui/fonts.hpp"

namespace marquee::ui {
namespace {

std::filesystem::path system_font() {
  for (const auto& p : core::default_cjk_font_candidates()) {
    if (std::filesystem::exists(p)) return p;
  }
  return {};
}

std::vector<std::uint8_t> read_prefix(const std::filesystem::path& p, std::size_t n) {
  std::ifstream in(p, std::ios::binary);
  std::vector<std::uint8_t> out(n);
  in.read(reinterpret_cast<char*>(out.data()), static_cast<std::streamsize>(n));
  out.resize(static_cast<std::size_t>(in.gcount()));
  return out;
}

std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  const auto p = std::filesystem::temp_directory_path() / (name + std::to_string(::getpid()));
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

TEST(FontFile, TheSystemFontPasses) {
  const auto font = system_font();
  ASSERT_FALSE(font.empty()) << "fonts-noto-cjk is part of scripts/setup-debian.sh";
  EXPECT_TRUE(check_font_file(font).ok()) << check_font_file(font).error().message;
}

TEST(FontFile, NonFontsAndTruncatedFontsAreRefused) {
  const std::string png = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  EXPECT_FALSE(check_font_data({reinterpret_cast<const std::uint8_t*>(png.data()), png.size()}, 0).ok());
  EXPECT_FALSE(check_font_data({}, 0).ok());
  const auto prefix = read_prefix(system_font(), 4096);  // the header, with tables past the end
  ASSERT_EQ(prefix.size(), 4096u);
  EXPECT_FALSE(check_font_data(prefix, font_face_for(system_font())).ok());
  EXPECT_FALSE(check_font_data(prefix, 9).ok());  // no such face
}

TEST(FontFile, AConfiguredNonFontFallsBackToTheSystemFont) {
  const auto bogus = write_temp("marquee_not_a_font_", "<html>not a font</html>");
  const auto located = Fonts::locate(bogus.string());
  ASSERT_TRUE(located.ok()) << located.error().message;
  EXPECT_EQ(*located, system_font());
  std::filesystem::remove(bogus);
}

}  // namespace
}  // namespace marquee::ui
