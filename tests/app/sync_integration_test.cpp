// The kiosk against a real content server on 127.0.0.1: it starts from the cache (or the demo)
// without the network, then swaps in each verified bundle between frames, keeping its place.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "app/kiosk_app.hpp"
#include "core/paths.hpp"
#include "sync/crypto.hpp"
#include "sync/dev_server.hpp"
#include "sync/publish.hpp"

namespace marquee::app {
namespace {

namespace fs = std::filesystem;

class KioskSync : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("marquee-kiosk-sync-" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_);
    keys_ = sync::generate_key_pair();
    ASSERT_TRUE(sync::write_key_files(keys_, (root_ / "content").string()).ok());
    fs::copy(core::demo_content_dir(), root_ / "src", fs::copy_options::recursive);
    publish(7);
    server_ = std::make_unique<sync::DevServer>(root_ / "bundle");
    auto port = server_->bind("127.0.0.1", 0);
    ASSERT_TRUE(port.ok());
    port_ = *port;
    serving_ = std::thread([this] { server_->run(); });
  }
  void TearDown() override {
    app_.reset();
    server_->stop();
    serving_.join();
    fs::remove_all(root_);
  }
  void publish(std::uint64_t version) {
    sync::PublishOptions p;
    p.source = root_ / "src";
    p.out = root_ / "bundle";
    p.secret_key = keys_.secret_key;
    p.version = version;
    ASSERT_TRUE(sync::publish_bundle(p, core::SystemClock::instance()).ok());
  }
  void start_kiosk() {
    RunOptions o;
    o.headless = true;
    o.size = "960x540";
    o.url = "http://127.0.0.1:" + std::to_string(port_);
    o.public_key = (root_ / "content.pub").string();
    o.cache = (root_ / "cache").string();
    auto started = KioskApp::create(o);
    const auto failure = started.failure;
    app_ = std::move(started.app);
    ASSERT_TRUE(app_) << failure.message;
  }
  bool frames_until_version(const std::string& version) {
    for (int i = 0; i < 300; ++i) {  // bounded: about 6 s
      if (!app_->step()) return false;
      if (app_->ui().content()->version == version) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }

  fs::path root_;
  sync::KeyPair keys_;
  std::unique_ptr<sync::DevServer> server_;
  std::thread serving_;
  int port_ = 0;
  std::unique_ptr<KioskApp> app_;
};

TEST_F(KioskSync, FirstRunShowsTheDemoThenTheSyncedBundle) {
  start_kiosk();
  EXPECT_EQ(app_->ui().content()->version, "demo");  // an empty cache: the bundled content
  ASSERT_TRUE(frames_until_version("7"));
}

TEST_F(KioskSync, NewBundleIsSwappedInAndTheSelectionSurvives) {
  start_kiosk();
  ASSERT_TRUE(frames_until_version("7"));
  app_->ui().go(ui::Screen::Exhibitors);
  app_->ui().state().selected_exhibitor = "ex-005";
  {  // the operator edits one file and publishes again
    std::ifstream in(root_ / "src" / "announcements.json");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    in.close();
    text.replace(text.find("Free Wi-Fi: DEC2027"), 19, "Free Wi-Fi: DEC2027B");
    std::ofstream(root_ / "src" / "announcements.json") << text;
  }
  publish(8);
  app_->sync()->poll_now();  // what the staff panel's "Refresh content now" does
  ASSERT_TRUE(frames_until_version("8"));
  EXPECT_EQ(app_->ui().state().screen, ui::Screen::Exhibitors);
  EXPECT_EQ(app_->ui().state().selected_exhibitor, "ex-005");
}

TEST_F(KioskSync, RestartWithoutTheServerStartsFromTheCache) {
  start_kiosk();
  ASSERT_TRUE(frames_until_version("7"));
  app_.reset();
  server_->stop();
  serving_.join();
  serving_ = std::thread([] {});  // nothing serves any more
  start_kiosk();
  EXPECT_EQ(app_->ui().content()->version, "7");
}

}  // namespace
}  // namespace marquee::app
