// Images referenced by content are checked when it loads: inside the content folder, PNG or JPEG,
// within size and dimension limits. Each problem is a warning with file and JSON path, and the
// content still loads without that image.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "../support/image_files.hpp"
#include "bundle_fixture.hpp"
#include "content/image_asset.hpp"
#include "content/loader.hpp"
#include "core/paths.hpp"

namespace marquee::content {
namespace {

using marquee::testing::TempBundle;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> warnings_of(const LoadResult& r) {
  std::vector<std::string> out;
  for (const auto& d : r.diagnostics.all()) {
    if (d.severity == Severity::Warning) out.push_back(format_diagnostic(d));
  }
  return out;
}

// A bundle whose exhibitor e1 has logo `asset`, with a good PNG at images/good.png.
struct LogoBundle {
  explicit LogoBundle(const std::string& asset) {
    images.solid("images/good.png", 64, 32, 10, 20, 30);
    auto e = marquee::testing::minimal_exhibitors();
    e["exhibitors"][0]["logo"] = asset;
    bundle.write("exhibitors.json", e);
  }
  LoadResult load() const {
    std::filesystem::copy(
        images.dir(), bundle.dir(),
        std::filesystem::copy_options::recursive | std::filesystem::copy_options::overwrite_existing);
    return load_content(bundle.dir());
  }
  TempBundle bundle;
  marquee::testing::ImageFolder images;  // written here, copied into the bundle by load()
};

TEST(ImageValidation, EveryKindOfImageIsKeptWhenValid) {
  TempBundle b;
  marquee::testing::ImageFolder img;
  img.solid("logo.png", 300, 120, 200, 0, 0);
  img.solid("people/p1.jpg", 128, 128, 0, 200, 0);
  img.solid("banner.png", 1200, 300, 0, 0, 200);
  img.solid("kv.jpg", 640, 360, 9, 9, 9);
  std::filesystem::copy(img.dir(), b.dir(), std::filesystem::copy_options::recursive);
  auto ev = marquee::testing::minimal_event();
  ev["conference"]["key_visual"] = "kv.jpg";
  ev["sponsors"] = {{{"id", "s1"}, {"name", {{"en", "Sky"}}}, {"banner", "banner.png"}, {"tier", "gold"}}};
  b.write("event.json", ev);
  auto sp = marquee::testing::minimal_speakers();
  sp["speakers"][0]["photo"] = "people/p1.jpg";
  b.write("speakers.json", sp);
  auto ex = marquee::testing::minimal_exhibitors();
  ex["exhibitors"][0]["logo"] = "logo.png";
  b.write("exhibitors.json", ex);
  const auto r = load_content(b.dir());
  ASSERT_TRUE(r.content);
  EXPECT_TRUE(r.diagnostics.all().empty()) << ::testing::PrintToString(warnings_of(r));
  EXPECT_EQ(r.content->conference.key_visual, "kv.jpg");
  EXPECT_EQ(r.content->speakers[0].photo, "people/p1.jpg");
  EXPECT_EQ(r.content->exhibitors[0].logo, "logo.png");
  ASSERT_EQ(r.content->sponsors.size(), 1u);
  EXPECT_EQ(r.content->sponsors[0].banner, "banner.png");
  EXPECT_EQ(r.content->sponsors[0].tier, SponsorTier::Gold);
  EXPECT_EQ(r.content->dir, std::filesystem::absolute(b.dir()));
}

TEST(ImageValidation, MissingImageIsAWarningAndTheExhibitorStaysWithoutIt) {
  const auto r = LogoBundle("images/missing.png").load();
  ASSERT_TRUE(r.content) << "a bad image never rejects content";
  EXPECT_THAT(warnings_of(r),
              ElementsAre("exhibitors.json:/exhibitors/0/logo: warning: image "
                          "\"images/missing.png\" not found in the content folder; shown without it"));
  EXPECT_EQ(r.content->exhibitors[0].logo, "");
}

TEST(ImageValidation, PathsThatLeaveTheContentFolderAreRefused) {
  EXPECT_THAT(
      warnings_of(LogoBundle("../images/good.png").load()),
      ElementsAre(HasSubstr(
          "/exhibitors/0/logo: warning: image path \"../images/good.png\" leaves the content folder")));
  EXPECT_THAT(warnings_of(LogoBundle("/etc/hostname").load()),
              ElementsAre(HasSubstr("\"/etc/hostname\" must be relative to the content folder")));
  EXPECT_THAT(warnings_of(LogoBundle("images\\good.png").load()), ElementsAre(HasSubstr("must use '/'")));
  LogoBundle linked("images/link.png");
  marquee::testing::ImageFolder outside;
  outside.solid("secret.png", 8, 8, 1, 1, 1);
  std::filesystem::create_directories(linked.bundle.dir() / "images");
  std::filesystem::create_symlink(outside.dir() / "secret.png", linked.bundle.dir() / "images/link.png");
  EXPECT_THAT(warnings_of(linked.load()),
              ElementsAre(HasSubstr("\"images/link.png\" leaves the content folder")));
}

TEST(ImageValidation, FormatSizeAndDimensionsAreChecked) {
  LogoBundle gif("images/anim.gif");
  gif.images.raw("images/anim.gif", "GIF89a\x10\x00\x10\x00");
  EXPECT_THAT(warnings_of(gif.load()),
              ElementsAre(HasSubstr("\"images/anim.gif\" is a GIF, not a PNG or JPEG image")));

  LogoBundle damaged("images/bad.png");
  damaged.images.raw("images/bad.png", std::string("\x89PNG\r\n\x1a\n", 8) + "not really a png at all");
  EXPECT_THAT(warnings_of(damaged.load()), ElementsAre(HasSubstr("\"images/bad.png\" is a damaged PNG")));

  LogoBundle wide("images/wide.png");
  wide.images.solid("images/wide.png", 4097, 2, 0, 0, 0);
  EXPECT_THAT(warnings_of(wide.load()),
              ElementsAre("exhibitors.json:/exhibitors/0/logo: warning: image \"images/wide.png\" is 4097x2 "
                          "pixels; at most 4096x4096 are allowed; shown without it"));

  LogoBundle heavy("images/heavy.jpg");
  heavy.images.raw("images/heavy.jpg", std::string("\xFF\xD8\xFF\xE0", 4) + std::string((4u << 20) - 3, 'x'));
  EXPECT_THAT(warnings_of(heavy.load()),
              ElementsAre(HasSubstr("\"images/heavy.jpg\" is 4194305 bytes, more than the 4194304 allowed")));

  LogoBundle empty("images/empty.png");
  empty.images.raw("images/empty.png", "");
  EXPECT_THAT(warnings_of(empty.load()), ElementsAre(HasSubstr("\"images/empty.png\" is empty")));
}

TEST(ImageValidation, EveryImageFieldReportsItsOwnPath) {
  TempBundle b;
  auto ev = marquee::testing::minimal_event();
  ev["conference"]["key_visual"] = "kv.jpg";
  ev["sponsors"] = {{{"id", "s1"}, {"name", {{"en", "Sky"}}}, {"banner", "b.png"}}};
  b.write("event.json", ev);
  auto sp = marquee::testing::minimal_speakers();
  sp["speakers"][0]["photo"] = "p.jpg";
  b.write("speakers.json", sp);
  const auto r = load_content(b.dir());
  ASSERT_TRUE(r.content);
  EXPECT_THAT(warnings_of(r),
              ::testing::UnorderedElementsAre(HasSubstr("event.json:/conference/key_visual: warning: "),
                                              HasSubstr("event.json:/sponsors/0/banner: warning: "),
                                              HasSubstr("speakers.json:/speakers/0/photo: warning: ")));
}

TEST(ImageValidation, UnknownSponsorTierIsAnError) {
  TempBundle b;
  auto ev = marquee::testing::minimal_event();
  ev["sponsors"] = {{{"id", "s1"}, {"name", {{"en", "Sky"}}}, {"tier", "diamond"}}};
  b.write("event.json", ev);
  const auto r = load_content(b.dir());
  EXPECT_FALSE(r.content);
  ASSERT_EQ(r.diagnostics.error_count(), 1u);
  EXPECT_EQ(format_diagnostic(r.diagnostics.all()[0]),
            "event.json:/sponsors/0/tier: unknown sponsor tier \"diamond\" (known: headline, gold, silver, "
            "partner)");
}

TEST(ImageValidation, InspectReportsFormatAndDimensions) {
  marquee::testing::ImageFolder f;
  f.solid("a.jpg", 33, 17, 0, 0, 0);
  auto info = inspect_image(f.dir(), "a.jpg");
  ASSERT_TRUE(info) << info.error().message;
  EXPECT_EQ(info->format, ImageFormat::Jpeg);
  EXPECT_EQ(info->width, 33);
  EXPECT_EQ(info->height, 17);
}

TEST(ImageValidation, DemoContentHasEveryImageItNames) {
  // The build draws them (tools/make_demo_images); a missing one would be a warning here.
  const auto r = load_content(core::demo_content_dir());
  ASSERT_TRUE(r.content);
  EXPECT_TRUE(r.diagnostics.all().empty()) << ::testing::PrintToString(warnings_of(r));
  const Content& c = *r.content;
  EXPECT_FALSE(c.conference.key_visual.empty());
  EXPECT_GE(c.sponsors.size(), 4u);
  for (const auto& e : c.exhibitors) EXPECT_FALSE(e.logo.empty()) << e.id;
  for (const auto& s : c.speakers) EXPECT_FALSE(s.photo.empty()) << s.id;
  for (const auto& s : c.sponsors) EXPECT_FALSE(s.banner.empty()) << s.id;
  auto kv = inspect_image(c.dir, c.conference.key_visual);
  ASSERT_TRUE(kv);
  EXPECT_EQ(kv->width, 1920);
  EXPECT_EQ(kv->height, 1080);
}

}  // namespace
}  // namespace marquee::content
