#include "sync/publish.hpp"

#include <gtest/gtest.h>

#include "sync_fixture.hpp"

namespace marquee::sync {
namespace {

using testing::World;

std::size_t object_count(const std::filesystem::path& out) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::directory_iterator(out / "objects")) n += e.is_regular_file() ? 1 : 0;
  return n;
}

TEST(Publish, WritesSignedContentAddressedBundle) {
  World w;
  const Manifest m = w.publish();
  EXPECT_EQ(m.version, 1u);
  EXPECT_EQ(m.files.size(), w.source_files);
  EXPECT_GT(w.source_files, 6u) << "the demo's images travel in the bundle with its JSON";
  const auto text = testing::read_text(w.out / "manifest.json");
  EXPECT_TRUE(verify_detached(text, testing::read_text(w.out / "manifest.sig"), w.keys.public_key));
  for (const auto& f : m.files) {
    EXPECT_EQ(sha256_hex(testing::read_text(w.out / "objects" / f.sha256)), f.sha256) << f.path;
  }
  EXPECT_EQ(object_count(w.out), w.source_files);
  EXPECT_GT(m.expires, m.created);
}

TEST(Publish, OneChangedFileAddsExactlyOneObjectAndBumpsVersion) {
  World w;
  w.publish();
  const auto first_mtime = std::filesystem::last_write_time(w.out / "manifest.json");
  w.change_exhibitor_name("Renamed Robotics");
  const Manifest m2 = w.publish();
  // Servers build ETags from whole-second mtimes: the new manifest must not share the old one's second.
  EXPECT_GE(std::filesystem::last_write_time(w.out / "manifest.json") - first_mtime,
            std::chrono::seconds(1) - (first_mtime - std::chrono::floor<std::chrono::seconds>(first_mtime)));
  EXPECT_EQ(m2.version, 2u);
  EXPECT_EQ(object_count(w.out), w.source_files + 1);
  const Manifest m3 = w.publish();  // nothing changed: a new version, no new object
  EXPECT_EQ(m3.version, 3u);
  EXPECT_EQ(object_count(w.out), w.source_files + 1);
}

TEST(Publish, ExplicitVersionMustBeNewer) {
  World w;
  w.publish(10);
  PublishOptions opts{w.src, w.out, w.keys.secret_key, 10, 30, std::nullopt};
  auto r = publish_bundle(opts, core::SystemClock::instance());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "version 10 is not newer than the published 10");
  EXPECT_EQ(w.publish().version, 11u);
}

TEST(Publish, RefusesInvalidContentWithValidateMessages) {
  World w;
  auto j = nlohmann::json::parse(testing::read_text(w.src / "exhibitors.json"));
  j["exhibitors"][3]["booth"] = "H3-99";
  testing::write_text(w.src / "exhibitors.json", j.dump(1));
  PublishOptions opts{w.src, w.out, w.keys.secret_key, std::nullopt, 30, std::nullopt};
  auto r = publish_bundle(opts, core::SystemClock::instance());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("refusing to publish invalid content"), std::string::npos);
  EXPECT_NE(r.error().message.find("\nexhibitors.json:/exhibitors/3/booth: "), std::string::npos)
      << r.error().message;
  EXPECT_FALSE(std::filesystem::exists(w.out / "manifest.json"));
}

}  // namespace
}  // namespace marquee::sync
