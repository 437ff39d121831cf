#include "sync/startup.hpp"

#include <gtest/gtest.h>

#include "sync/backoff.hpp"
#include "sync/cache.hpp"
#include "sync/sync_config.hpp"
#include "sync_fixture.hpp"

namespace marquee::sync {
namespace {

using testing::World;
namespace fs = std::filesystem;

using testing::install_published;
const HttpValidators kEtag{"\"etag\"", ""};  // startup keeps the validators of the generation it opens

TEST(Startup, OpensCurrentGeneration) {
  World w;
  w.publish(4);
  install_published(w, "current", kEtag);
  const auto s = open_cache_at_startup(w.cache, core::demo_content_dir(), &w.keys.public_key);
  EXPECT_EQ(s.source, ContentSource::CurrentGeneration);
  EXPECT_EQ(s.description, "cache generation 4");
  ASSERT_TRUE(s.content);
  EXPECT_EQ(s.content->version, "4");
  EXPECT_EQ(s.generation->validators.etag, "\"etag\"");
}

TEST(Startup, DamagedCurrentFallsBackToPreviousAndRepairsPointer) {
  World w;
  w.publish(4);
  install_published(w, "previous", kEtag);
  w.change_exhibitor_name("Changed");
  w.publish(5);
  const auto current = install_published(w, "current", kEtag);
  testing::write_text(current / "exhibitors.json", "{}");  // damage it behind the cache's back
  const auto s = open_cache_at_startup(w.cache, core::demo_content_dir(), &w.keys.public_key);
  EXPECT_EQ(s.source, ContentSource::PreviousGeneration);
  EXPECT_EQ(s.description, "previous cache generation 4");
  ASSERT_EQ(s.problems.size(), 1u);
  EXPECT_NE(s.problems[0].find("size mismatch for exhibitors.json"), std::string::npos) << s.problems[0];
  EXPECT_EQ(fs::canonical(*CacheStore(w.cache).pointer("current")), fs::canonical(s.generation->dir));
}

TEST(Startup, WrongKeyOrNoCacheFallsBackToDemo) {
  World w;
  w.publish(4);
  install_published(w, "current", kEtag);
  const auto other = generate_key_pair().public_key;
  const auto s = open_cache_at_startup(w.cache, core::demo_content_dir(), &other);
  EXPECT_EQ(s.source, ContentSource::Fallback);
  ASSERT_TRUE(s.content);
  EXPECT_EQ(s.content->version, "demo");
  EXPECT_NE(s.problems[0].find("signature does not verify"), std::string::npos);
  const auto empty = open_cache_at_startup(w.tmp.path() / "nothing", core::demo_content_dir());
  EXPECT_EQ(empty.source, ContentSource::Fallback);
  EXPECT_EQ(empty.version(), 0u);
}

TEST(SyncConfigToml, ReadsKeysAndReportsTypeErrorsWithLine) {
  auto t = toml::parse(
      "base_url = \"http://127.0.0.1:8080/b\"\npoll_interval_s = 0.25\nmax_file_bytes = 4096\n"
      "connect_timeout_s = 2\nca_path = \"/etc/ssl/certs/\"\n");
  auto c = parse_sync_config(t);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->base_url, "http://127.0.0.1:8080/b");
  EXPECT_EQ(c->poll_interval, std::chrono::milliseconds(250));
  EXPECT_EQ(c->max_file_bytes, 4096u);
  EXPECT_EQ(c->http.connect_timeout, std::chrono::milliseconds(2000));
  EXPECT_EQ(c->http.ca_path, "/etc/ssl/certs/");
  auto bad = parse_sync_config(toml::parse("\n\nmax_file_bytes = \"big\"\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message, "3: sync.max_file_bytes: expected a non-negative integer");
}

TEST(SyncConfigToml, CommandLineOptionsWinAndEmptyOnesLeaveTheFile) {
  SyncConfig c;
  c.base_url = "https://file.example/b";
  c.public_key = "/etc/marquee/pub.key";
  c.cache_dir = "/var/cache/marquee";
  apply_overrides(c, {"http://127.0.0.1:9/b", "", "/tmp/cache"});
  EXPECT_EQ(c.base_url, "http://127.0.0.1:9/b");
  EXPECT_EQ(c.public_key, "/etc/marquee/pub.key");
  EXPECT_EQ(c.cache_dir, "/tmp/cache");
}

TEST(Backoff, GrowsExponentiallyWithJitterUpToTheCap) {
  Backoff b(std::chrono::milliseconds(100), std::chrono::milliseconds(1000), 42);
  for (int round = 0; round < 50; ++round) {
    const auto d1 = b.delay(1), d3 = b.delay(3), d10 = b.delay(10);
    EXPECT_GE(d1.count(), 50);
    EXPECT_LE(d1.count(), 100);
    EXPECT_GE(d3.count(), 200);
    EXPECT_LE(d3.count(), 400);
    EXPECT_GE(d10.count(), 500);
    EXPECT_LE(d10.count(), 1000);
  }
}

}  // namespace
}  // namespace marquee::sync
