// `marquee publish --follow` against a real HTTP server on 127.0.0.1 whose schedule export
// changes between cycles: unchanged (304, no new version), changed (a new signed version that a
// kiosk's sync accepts, with the moved talk), broken (no new version, the reason logged).
#include "sync/follow_publish.hpp"

#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <fstream>
#include <mutex>
#include <thread>

#include "content/loader.hpp"
#include "sync/cache.hpp"
#include "sync/sync_once.hpp"
#include "fault_server.hpp"
#include "sync_fixture.hpp"

namespace marquee::sync {
namespace {

namespace fs = std::filesystem;
using testing::World;

const fs::path kBundleFixture = fs::path(MARQUEE_SOURCE_DIR) / "tests/content/fixtures/schedule_bundle";

// Serves one schedule export with an ETag (a hash of the body) and answers If-None-Match with 304,
// as pretalx and static servers do; the body can be swapped between cycles.
class ExportServer {
 public:
  ExportServer() {
    server_.Get("/schedule.json", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      ++requests_;
      const std::string etag = "\"" + sha256_hex(body_).substr(0, 16) + "\"";
      if (status_ != 200) {  // a failing server answers every request with its error
        res.status = status_;
        res.set_content("upstream trouble", "text/plain");
        return;
      }
      if (req.get_header_value("If-None-Match") == etag) {
        ++not_modified_;
        res.status = 304;
        res.set_header("ETag", etag);
        return;
      }
      res.set_header("ETag", etag);
      res.set_content(body_, "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    for (int i = 0; i < 5000 && !server_.is_running(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~ExportServer() {
    server_.stop();
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/schedule.json"; }
  void serve(std::string body, int status = 200) {
    std::lock_guard lock(mutex_);
    body_ = std::move(body);
    status_ = status;
  }
  int not_modified() const {
    std::lock_guard lock(mutex_);
    return not_modified_;
  }
  int requests() const {
    std::lock_guard lock(mutex_);
    return requests_;
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::string body_;
  int status_ = 200;
  int requests_ = 0, not_modified_ = 0;
};

std::string original_export() {
  return testing::read_text(kBundleFixture / "schedule.json");
}

// The export with "Badge Hacking 101" moved from 10:00 to 11:30.
std::string moved_export() {
  std::string s = original_export();
  const std::string from = "\"date\": \"2027-06-10T10:00:00+02:00\",\n               \"start\": \"10:00\"";
  const std::string to = "\"date\": \"2027-06-10T11:30:00+02:00\",\n               \"start\": \"11:30\"";
  const auto at = s.find(from);
  EXPECT_NE(at, std::string::npos);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

struct FollowWorld {
  World w;
  ExportServer server;
  fs::path local = w.tmp.path() / "local";  // the editor's content directory: event.json only
  std::vector<std::string> log;

  FollowWorld() {
    fs::create_directories(local);
    fs::copy_file(kBundleFixture / "event.json", local / "event.json");
  }

  FollowOptions options() {
    FollowOptions o;
    o.publish = PublishOptions{local, w.out, w.keys.secret_key, std::nullopt, 30, std::nullopt};
    auto source = parse_follow_source(server.url());
    EXPECT_TRUE(source.ok());
    o.sources.push_back(std::move(*source));
    o.every = std::chrono::milliseconds(10);
    o.cycles = 1;
    o.http.connect_timeout = std::chrono::milliseconds(1000);
    o.http.total_timeout = std::chrono::milliseconds(5000);
    o.staging = w.tmp.path() / "staging";
    return o;
  }

  std::uint64_t published_version() const {
    if (!fs::exists(w.out / "manifest.json")) return 0;
    return parse_manifest(testing::read_text(w.out / "manifest.json")).value().version;
  }
};

TEST(FollowPublish, UnchangedChangedAndBrokenExports) {
  FollowWorld f;
  f.server.serve(original_export());
  Follower follower(f.options());
  const core::Clock& clock = core::SystemClock::instance();

  // First cycle: a 200 and a first version.
  CycleOutcome first = follower.run_cycle(clock);
  EXPECT_EQ(first.result, CycleResult::Published) << describe(first);
  EXPECT_EQ(f.published_version(), 1u);

  // Unchanged: the server answers 304 and nothing is published.
  CycleOutcome same = follower.run_cycle(clock);
  EXPECT_EQ(same.result, CycleResult::Unchanged) << describe(same);
  EXPECT_EQ(f.server.not_modified(), 1);
  EXPECT_EQ(f.published_version(), 1u);
  EXPECT_NE(describe(same).find("304 not modified"), std::string::npos) << describe(same);

  // Changed: the talk moved; a new signed version that a kiosk installs.
  f.server.serve(moved_export());
  CycleOutcome moved = follower.run_cycle(clock);
  EXPECT_EQ(moved.result, CycleResult::Published) << describe(moved);
  EXPECT_EQ(f.published_version(), 2u);

  testing::FaultServer bundle_server(f.w.out);
  const OnceReport once = sync_once(f.w.client_config(bundle_server.url()), core::demo_content_dir(), clock);
  EXPECT_EQ(once.exit_code, 0) << once.message;
  const auto current = CacheStore(f.w.cache).pointer("current");
  ASSERT_TRUE(current.has_value()) << once.message;
  const content::LoadResult installed = content::load_content(*current);
  ASSERT_NE(installed.content, nullptr);
  const content::Session* talk = installed.content->session("7d0c8a10-0000-4000-8000-000000000001");
  ASSERT_NE(talk, nullptr);
  EXPECT_EQ(core::format_iso8601_utc(talk->start), "2027-06-10T09:30:00Z");

  // Broken: a 200 that is not a schedule. No new version; the reason is in the outcome, and the
  // refused export is fetched again (not 304) on the next cycle.
  f.server.serve("{\"not\": \"a schedule\"}");
  CycleOutcome broken = follower.run_cycle(clock);
  EXPECT_NE(broken.result, CycleResult::Published) << describe(broken);
  EXPECT_NE(describe(broken).find("refused: " + f.server.url() + ": not a usable schedule export"), std::string::npos)
      << describe(broken);
  EXPECT_NE(describe(broken).find("keeping the last good export"), std::string::npos) << describe(broken);
  const int before = f.server.not_modified();
  CycleOutcome again = follower.run_cycle(clock);
  EXPECT_EQ(f.server.not_modified(), before);
  EXPECT_NE(describe(again).find("refused"), std::string::npos);
  EXPECT_EQ(f.published_version(), 2u);

  // A server error and a dead server keep version 2 too.
  f.server.serve(moved_export(), 500);
  CycleOutcome error = follower.run_cycle(clock);
  EXPECT_NE(describe(error).find("HTTP 500"), std::string::npos) << describe(error);
  EXPECT_NE(describe(error).find("keeping the last good export"), std::string::npos) << describe(error);
  EXPECT_EQ(f.published_version(), 2u);
}

TEST(FollowPublish, ExportThatBreaksTheBundleIsNotPublished) {
  FollowWorld f;
  // Imports fine on its own, but its days fall outside the local event.json's venue days: the
  // loader refuses the merged bundle, and nothing is published.
  f.server.serve(testing::read_text(fs::path(MARQUEE_SOURCE_DIR) / "tests/content/fixtures/schedule/pretalx_multiday.json"));
  Follower follower(f.options());
  CycleOutcome outcome = follower.run_cycle(core::SystemClock::instance());
  EXPECT_EQ(outcome.result, CycleResult::Refused) << describe(outcome);
  EXPECT_NE(describe(outcome).find("refusing to publish invalid content"), std::string::npos) << describe(outcome);
  EXPECT_EQ(f.published_version(), 0u);
}

TEST(FollowPublish, AFrabXmlExportIsFollowedLikeJson) {
  // pretalx and frab also serve schedule.xml: the importer detects the format by content, so the
  // same follower publishes it, and a kiosk installs its talks.
  FollowWorld f;
  f.server.serve(testing::read_text(fs::path(MARQUEE_SOURCE_DIR) / "tests/content/fixtures/schedule_import/frab_schedule.xml"));
  Follower follower(f.options());
  const core::Clock& clock = core::SystemClock::instance();
  CycleOutcome first = follower.run_cycle(clock);
  ASSERT_EQ(first.result, CycleResult::Published) << describe(first);
  EXPECT_EQ(f.published_version(), 1u);
  EXPECT_EQ(follower.run_cycle(clock).result, CycleResult::Unchanged);
  testing::FaultServer bundle_server(f.w.out);
  const OnceReport once = sync_once(f.w.client_config(bundle_server.url()), core::demo_content_dir(), clock);
  ASSERT_EQ(once.exit_code, 0) << once.message;
  const auto current = CacheStore(f.w.cache).pointer("current");
  ASSERT_TRUE(current.has_value());
  const content::LoadResult installed = content::load_content(*current);
  ASSERT_NE(installed.content, nullptr);
  const content::Session* opening = installed.content->session("7d1c0a10-0000-4000-8000-000000000001");
  ASSERT_NE(opening, nullptr);
  EXPECT_EQ(opening->title.get(content::Lang::En), "Opening & Welcome");
  EXPECT_EQ(core::format_iso8601_utc(opening->start), "2027-06-10T08:00:00Z");
}

TEST(FollowPublish, RunFollowIsBoundedAndLogsEachCycle) {
  FollowWorld f;
  f.server.serve(original_export());
  FollowOptions o = f.options();
  o.cycles = 3;
  std::vector<std::string> lines;
  const int published = run_follow(o, core::SystemClock::instance(), [&](const std::string& l) { lines.push_back(l); });
  EXPECT_EQ(published, 1);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("cycle 1 ("), std::string::npos);
  EXPECT_NE(lines[0].find("published version 1"), std::string::npos) << lines[0];
  EXPECT_NE(lines[2].find("unchanged (version 1)"), std::string::npos) << lines[2];
  EXPECT_EQ(f.server.requests(), 3);
}

TEST(FollowPublish, ALocalFileIsFollowedByItsContent) {
  FollowWorld f;
  const fs::path file = f.w.tmp.path() / "exports" / "schedule.json";
  fs::create_directories(file.parent_path());
  std::ofstream(file) << original_export();
  FollowOptions o = f.options();
  o.sources.clear();
  auto source = parse_follow_source("file://" + file.string());
  ASSERT_TRUE(source) << source.error().message;
  EXPECT_TRUE(source->is_file);
  o.sources.push_back(std::move(*source));
  Follower follower(o);
  const core::Clock& clock = core::SystemClock::instance();
  EXPECT_EQ(follower.run_cycle(clock).result, CycleResult::Published);
  EXPECT_EQ(f.published_version(), 1u);
  const CycleOutcome same = follower.run_cycle(clock);
  EXPECT_EQ(same.result, CycleResult::Unchanged) << describe(same);
  EXPECT_NE(describe(same).find("unchanged file"), std::string::npos) << describe(same);
  std::ofstream(file, std::ios::trunc) << moved_export();
  EXPECT_EQ(follower.run_cycle(clock).result, CycleResult::Published);
  EXPECT_EQ(f.published_version(), 2u);
  // Gone (being rewritten, say): the last good export stays published.
  fs::remove(file);
  const CycleOutcome gone = follower.run_cycle(clock);
  EXPECT_NE(describe(gone).find("read failed"), std::string::npos) << describe(gone);
  EXPECT_EQ(f.published_version(), 2u);
}

TEST(FollowPublish, SourceArguments) {
  auto plain = parse_follow_source("https://pretalx.example/conf/schedule/export/schedule.json");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->file_name, "schedule.json");
  auto venue = parse_follow_source("camp=http://127.0.0.1:1/s.json");
  ASSERT_TRUE(venue);
  EXPECT_EQ(venue->file_name, "schedule.camp.json");
  EXPECT_EQ(venue->url, "http://127.0.0.1:1/s.json");
  EXPECT_FALSE(parse_follow_source("ftp://x/s.json"));
  const auto missing = parse_follow_source("/nonexistent/schedule.xml");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("no such file"), std::string::npos) << missing.error().message;
  EXPECT_FALSE(parse_follow_source("a/b=http://x/s.json"));
}

}  // namespace
}  // namespace marquee::sync
