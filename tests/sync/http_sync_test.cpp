// The kiosk sync client against a real HTTP server on 127.0.0.1 (cpp-httplib in this process),
// healthy and with every fault: each must leave the running content alone, name its reason, and
// recover once the server is healthy again.
#include <gtest/gtest.h>

#include <functional>

#include "fault_server.hpp"
#include "sync/startup.hpp"
#include "sync/sync_service.hpp"
#include "sync/syncer.hpp"
#include "sync_fixture.hpp"

namespace marquee::sync {
namespace {

using testing::Fault;
using testing::FaultServer;
using testing::World;
namespace fs = std::filesystem;

struct Kiosk {
  SyncConfig config;
  StartupContent startup;
  Syncer syncer;
  Kiosk(const World& w, SyncConfig c, const core::Clock& clock = core::SystemClock::instance())
      : config(std::move(c)),
        startup(open_cache_at_startup(config.cache_dir, core::demo_content_dir(), &w.keys.public_key)),
        syncer(config, w.keys.public_key, clock, startup) {}
};

// What the cache would start with right now, from a fresh process's point of view.
std::uint64_t cached_version(const World& w) {
  return open_cache_at_startup(w.cache, core::demo_content_dir(), &w.keys.public_key).version();
}

TEST(HttpSync, FirstDownloadThenNotModifiedThenOneChangedFile) {
  World w;
  w.publish();
  FaultServer server(w.out);
  Kiosk k(w, w.client_config(server.url()));
  EXPECT_EQ(k.startup.source, ContentSource::Fallback);

  const CycleResult first = k.syncer.run_once();
  ASSERT_EQ(first.outcome, Outcome::Updated) << first.reason;
  EXPECT_EQ(first.objects_downloaded, w.source_files);
  ASSERT_TRUE(first.content);
  // The images came with the bundle and passed the load checks in the cache generation.
  EXPECT_FALSE(first.content->exhibitors[0].logo.empty());
  EXPECT_TRUE(fs::exists(first.content->dir / first.content->conference.key_visual));
  EXPECT_EQ(first.content->version, "1");
  EXPECT_GT(first.bytes, 180000u);

  const auto before = fs::last_write_time(w.cache / "current");
  const CycleResult same = k.syncer.run_once();
  EXPECT_EQ(same.outcome, Outcome::Unchanged);
  EXPECT_EQ(same.reason, "not modified (HTTP 304)");
  EXPECT_EQ(server.not_modified_count(), 1);
  EXPECT_LT(same.bytes, 1000u);
  EXPECT_EQ(fs::last_write_time(w.cache / "current"), before);

  w.change_exhibitor_name("Renamed Robotics");
  w.publish();
  const CycleResult changed = k.syncer.run_once();
  ASSERT_EQ(changed.outcome, Outcome::Updated) << changed.reason;
  EXPECT_EQ(changed.objects_downloaded, 1u);
  EXPECT_EQ(changed.content->exhibitors[0].name.exact(content::Lang::En), "Renamed Robotics");
  EXPECT_EQ(cached_version(w), 2u);
  EXPECT_EQ(k.syncer.status().current_version, 2u);
  // Generation 1 is kept as `previous`; its objects survive garbage collection, nothing else does.
  EXPECT_TRUE(CacheStore(w.cache).pointer("previous").has_value());
  std::size_t objects = 0;
  for (const auto& e : fs::directory_iterator(w.cache / "objects")) objects += e.is_regular_file() ? 1 : 0;
  EXPECT_EQ(objects, w.source_files + 1);
}

// One fault: how to cause it, and the reason the kiosk must report.
struct FaultCase {
  const char* name;
  std::function<void(World&, FaultServer&, SyncConfig&)> inject;
  std::string reason;  // a substring of the reported reason
};

void publish_v2(World& w) {
  w.change_exhibitor_name("Version Two Systems");
  w.publish(2);
}

std::vector<FaultCase> fault_cases() {
  auto on = [](Fault f, const char* prefix) {
    return [f, prefix](World& w, FaultServer& s, SyncConfig&) {
      publish_v2(w);
      s.set_fault(f, prefix);
    };
  };
  return {
      {"NotFound", on(Fault::NotFound, "/manifest.json"), "HTTP 404 for manifest.json"},
      {"ServerError", on(Fault::ServerError, "/"), "HTTP 500 for manifest.json"},
      {"ObjectNotFound", on(Fault::NotFound, "/objects/"), "HTTP 404 for objects/"},
      {"Timeout",
       [](World& w, FaultServer& s, SyncConfig& c) {
         publish_v2(w);
         s.set_fault(Fault::Hang, "/manifest.json");
         c.http.total_timeout = std::chrono::milliseconds(300);  // before the low-speed watch trips
       },
       "timed out: manifest.json"},
      {"SlowDrip", on(Fault::SlowDrip, "/objects/"), "too slow: "},
      {"ResetMidBody", on(Fault::Reset, "/objects/"), "connection reset: "},
      {"TruncatedBody", on(Fault::Truncate, "/objects/"), "truncated body: "},
      {"LongerThanManifest", on(Fault::ExtraBytes, "/objects/"),
       "size mismatch for exhibitors.json: more than the"},
      {"ShorterThanManifest", on(Fault::ShortBody, "/objects/"),
       "size mismatch for exhibitors.json: expected"},
      {"WrongHash", on(Fault::CorruptByte, "/objects/"), "sha256 mismatch for exhibitors.json"},
      {"BadSignature",
       [](World& w, FaultServer&, SyncConfig&) {
         publish_v2(w);
         auto sig = testing::read_text(w.out / "manifest.sig");
         sig[10] = static_cast<char>(sig[10] ^ 1);
         testing::write_text(w.out / "manifest.sig", sig);
       },
       "signature does not verify"},
      {"WrongKey",
       [](World& w, FaultServer&, SyncConfig&) {
         w.change_exhibitor_name("Other Key");
         const auto other = generate_key_pair();
         PublishOptions o{w.src, w.out, other.secret_key, std::nullopt, 30, std::nullopt};
         ASSERT_TRUE(publish_bundle(o, core::SystemClock::instance()).ok());
       },
       "signature does not verify"},
      {"Expired",
       [](World& w, FaultServer&, SyncConfig&) {
         w.change_exhibitor_name("Stale");
         const core::ManualClock past(core::SystemClock::instance().wall_now() - std::chrono::days(40));
         w.publish(2, past);  // expires 30 days after a creation 40 days ago
       },
       "expired: version 2 expired at "},
      {"PathTraversal",
       [](World& w, FaultServer&, SyncConfig&) {
         Manifest m;
         m.version = 2;
         m.created = core::SystemClock::instance().wall_now();
         m.expires = m.created + std::chrono::days(1);
         auto files = testing::content_of(w.src);
         files["../../outside.json"] = "{}";
         testing::write_raw_bundle(w.out, w.keys.secret_key, m, files);
       },
       "path traversal: \"..\" in \"../../outside.json\""},
      {"OversizedFile",
       [](World& w, FaultServer&, SyncConfig& c) {
         publish_v2(w);
         c.max_file_bytes = 40000;  // exhibitors.json is about 60 kB
       },
       "file too large: exhibitors.json is "},
      {"MalformedManifest",
       [](World& w, FaultServer&, SyncConfig&) {
         testing::write_signed_manifest_text(w.out, w.keys.secret_key,
                                             "{\"format\": 1, \"version\": 2, files: [}");
       },
       "malformed manifest: JSON syntax error"},
      {"OversizedManifest",
       [](World& w, FaultServer&, SyncConfig& c) {
         publish_v2(w);
         c.max_manifest_bytes = 200;
       },
       "too large: manifest.json"},
      {"InvalidContent",
       [](World& w, FaultServer&, SyncConfig&) {
         Manifest m;
         m.version = 2;
         m.created = core::SystemClock::instance().wall_now();
         m.expires = m.created + std::chrono::days(1);
         auto files = testing::content_of(w.src);
         auto j = nlohmann::json::parse(files["exhibitors.json"]);
         j["exhibitors"][3]["booth"] = "H3-99";
         files["exhibitors.json"] = j.dump(1);
         testing::write_raw_bundle(w.out, w.keys.secret_key, m, files);
       },
       "invalid content: exhibitors.json:/exhibitors/3/booth: "},
  };
}

class HttpFault : public ::testing::TestWithParam<FaultCase> {};

TEST_P(HttpFault, KeepsCurrentContentReportsReasonAndRecovers) {
  const FaultCase& fc = GetParam();
  World w;
  w.publish(1);
  FaultServer server(w.out);
  SyncConfig config = w.client_config(server.url());
  {
    Kiosk k(w, config);
    ASSERT_EQ(k.syncer.run_once().outcome, Outcome::Updated);
  }
  fc.inject(w, server, config);
  Kiosk k(w, config);
  ASSERT_EQ(k.startup.version(), 1u);
  const CycleResult bad = k.syncer.run_once();
  EXPECT_EQ(bad.outcome, Outcome::Failed);
  EXPECT_NE(bad.reason.find(fc.reason), std::string::npos) << "reason: " << bad.reason;
  EXPECT_FALSE(bad.content);
  EXPECT_EQ(k.syncer.status().last_reason, bad.reason);
  EXPECT_EQ(k.syncer.status().current_version, 1u);
  EXPECT_EQ(k.syncer.status().consecutive_failures, 1u);
  EXPECT_EQ(cached_version(w), 1u);

  // The server is healthy again (and the operator republished a good bundle): sync recovers.
  server.set_fault(Fault::None);
  w.change_exhibitor_name("Recovered Robotics");
  fs::remove(w.out / "manifest.json");  // the publisher refuses to continue from a malformed one
  w.publish(3);
  Kiosk healed(w, w.client_config(server.url()));
  const CycleResult good = healed.syncer.run_once();
  ASSERT_EQ(good.outcome, Outcome::Updated) << good.reason;
  EXPECT_EQ(good.content->version, "3");
  EXPECT_EQ(cached_version(w), 3u);
}

INSTANTIATE_TEST_SUITE_P(Faults, HttpFault, ::testing::ValuesIn(fault_cases()),
                         [](const ::testing::TestParamInfo<FaultCase>& p) {
                           return std::string(p.param.name);
                         });

TEST(HttpSync, ConnectRefused) {
  World w;
  w.publish();
  int port = 0;
  {
    FaultServer closed(w.out);  // a port that was just free, with nobody listening any more
    port = std::stoi(closed.url().substr(closed.url().rfind(':') + 1));
  }
  Kiosk k(w, w.client_config("http://127.0.0.1:" + std::to_string(port)));
  const CycleResult r = k.syncer.run_once();
  EXPECT_EQ(r.outcome, Outcome::Failed);
  EXPECT_EQ(r.reason.rfind("connect failed: manifest.json", 0), 0u) << r.reason;
  EXPECT_EQ(k.syncer.status().running, k.startup.description);
}

TEST(HttpSync, RollbackIsRefusedWithBothVersions) {
  World w;
  w.publish(14);
  FaultServer server(w.out);
  Kiosk k(w, w.client_config(server.url()));
  ASSERT_EQ(k.syncer.run_once().outcome, Outcome::Updated);
  World old;  // same key, an older bundle
  old.keys = w.keys;
  old.publish(12);
  fs::remove_all(w.out);
  fs::copy(old.out, w.out, fs::copy_options::recursive);
  const CycleResult r = k.syncer.run_once();
  EXPECT_EQ(r.outcome, Outcome::Failed);
  EXPECT_EQ(r.reason, "rollback: offered 12, running 14");
  EXPECT_EQ(cached_version(w), 14u);
}

TEST(HttpSync, HeldBackVersionIsRefusedUntilANewerOneIsPublished) {
  // After a crash loop (StartGuard) the kiosk runs the previous generation with version 15 held back.
  World w;
  w.publish(15);
  FaultServer server(w.out);
  auto startup = open_cache_at_startup(w.cache, core::demo_content_dir(), &w.keys.public_key);
  startup.held_back_version = 15;
  Syncer syncer(w.client_config(server.url()), w.keys.public_key, core::SystemClock::instance(), startup);
  const CycleResult refused = syncer.run_once();
  EXPECT_EQ(refused.outcome, Outcome::Failed);
  EXPECT_EQ(refused.reason,
            "held back: version 15 kept the kiosk from starting; waiting for a newer version");
  w.change_exhibitor_name("Fixed");
  w.publish(16);
  EXPECT_EQ(syncer.run_once().outcome, Outcome::Updated);
  EXPECT_EQ(cached_version(w), 16u);
}

// A signed bundle numbered far ahead would make every later bundle a "rollback" (issue 17).
TEST(HttpSync, VersionJumpBeyondTheConfiguredStepIsRefused) {
  World w;
  w.publish(14);
  FaultServer server(w.out);
  auto config = w.client_config(server.url());
  config.max_version_step = 100;
  Kiosk k(w, config);
  ASSERT_EQ(k.syncer.run_once().outcome, Outcome::Updated);
  w.publish(1'000'000);
  const CycleResult r = k.syncer.run_once();
  EXPECT_EQ(r.outcome, Outcome::Failed);
  EXPECT_EQ(r.reason, "version jump: offered 1000000, running 14 (more than max_version_step = 100 ahead)");
  EXPECT_EQ(cached_version(w), 14u);
  World next;  // the same key publishing a reasonable next version (publish never goes back)
  next.keys = w.keys;
  next.publish(114);
  fs::remove_all(w.out);
  fs::copy(next.out, w.out, fs::copy_options::recursive);
  EXPECT_EQ(k.syncer.run_once().outcome, Outcome::Updated);
  EXPECT_EQ(cached_version(w), 114u);
}

TEST(HttpSync, ActivateAtStagesUntilThatInstant) {
  World w;
  core::ManualClock clock(core::SystemClock::instance().wall_now());
  w.publish(1, clock);
  FaultServer server(w.out);
  Kiosk k(w, w.client_config(server.url()), clock);
  ASSERT_EQ(k.syncer.run_once().outcome, Outcome::Updated);
  w.change_exhibitor_name("Tomorrow Inc");
  const auto at = clock.wall_now() + std::chrono::hours(1);
  w.publish(2, clock, at);

  const CycleResult staged = k.syncer.run_once();
  ASSERT_EQ(staged.outcome, Outcome::Staged) << staged.reason;
  EXPECT_FALSE(staged.content);
  EXPECT_EQ(k.syncer.status().staged_version, 2u);
  EXPECT_EQ(k.syncer.status().current_version, 1u);
  EXPECT_FALSE(k.syncer.activate_if_due());
  EXPECT_EQ(k.syncer.run_once().reason, "not modified (HTTP 304)");

  clock.advance(std::chrono::minutes(59));
  EXPECT_FALSE(k.syncer.activate_if_due());
  clock.advance(std::chrono::minutes(1));
  auto activated = k.syncer.activate_if_due();
  ASSERT_TRUE(activated);
  EXPECT_EQ(activated->outcome, Outcome::Activated);
  EXPECT_EQ(activated->content->version, "2");
  EXPECT_EQ(cached_version(w), 2u);
}

TEST(HttpSync, ClockObviouslyWrongIsReported) {
  World w;
  w.publish(1);
  FaultServer server(w.out);
  core::ManualClock wrong(core::WallTime{} + std::chrono::days(365 * 32));  // 2001-12-24
  Kiosk k(w, w.client_config(server.url()), wrong);
  const CycleResult r = k.syncer.run_once();
  ASSERT_EQ(r.outcome, Outcome::Updated) << r.reason;
  EXPECT_NE(k.syncer.status().clock_warning.find("clock is wrong: it reads 2001-12-24T00:00:00Z"),
            std::string::npos)
      << k.syncer.status().clock_warning << " / " << describe(k.syncer.status(), wrong.wall_now());
}

}  // namespace
}  // namespace marquee::sync

namespace marquee::sync {
namespace {

// Waits (bounded) for the mailbox to deliver a snapshot, as the UI would between frames.
std::shared_ptr<const content::Content> take_within(ContentMailbox& box, std::chrono::seconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto c = box.take()) return *c;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return nullptr;
}

TEST(SyncServiceTest, DeliversNewContentThroughTheMailboxAndStopsDuringATransfer) {
  testing::World w;
  w.publish(1);
  testing::FaultServer server(w.out);
  const auto config = w.client_config(server.url());
  const auto startup = open_cache_at_startup(config.cache_dir, core::demo_content_dir(), &w.keys.public_key);
  SyncService service(config, w.keys.public_key, core::SystemClock::instance(), startup);
  EXPECT_EQ(service.status().running, startup.description);
  service.start();
  auto first = take_within(service.mailbox(), std::chrono::seconds(20));
  ASSERT_TRUE(first);
  EXPECT_EQ(first->version, "1");

  w.change_exhibitor_name("Mailbox Media");
  w.publish(2);
  service.poll_now();
  auto second = take_within(service.mailbox(), std::chrono::seconds(20));
  ASSERT_TRUE(second);
  EXPECT_EQ(second->version, "2");
  const SyncStatus s = service.status();
  EXPECT_EQ(s.current_version, 2u);
  EXPECT_EQ(s.running, "cache generation 2");
  EXPECT_TRUE(s.next_attempt.has_value());

  // A hung server: stop() cancels the transfer through the stop_token instead of waiting it out.
  server.set_fault(testing::Fault::Hang, "/manifest.json");
  service.poll_now();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  service.stop();
  EXPECT_FALSE(service.mailbox().take().has_value());
}

}  // namespace
}  // namespace marquee::sync
