// The fleet channel on real kiosks: a real mosquitto broker on a free loopback port, the kiosk
// in-process (headless, real SDL dummy window) for frame-exact checks, and `marquee run` processes
// for the last will and the fleet-wide cue start.
#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <thread>

#include "app/kiosk_app.hpp"
#include "core/time_zone.hpp"
#include "fleet/operator_client.hpp"
#include "mosquitto_broker.hpp"
#include "run_marquee.hpp"

extern char** environ;

namespace marquee::app {
namespace {

using namespace std::chrono_literals;

class FleetKiosk : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("marquee-fleet-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    keys_ = sync::generate_key_pair();
    ASSERT_TRUE(sync::write_key_files(keys_, (dir_ / "ops").string()));
  }
  void TearDown() override {
    app_.reset();
    for (const pid_t pid : children_) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
    }
    std::filesystem::remove_all(dir_);
  }
  std::string config(const std::string& id, const std::string& zone = "hall-a") {
    const auto path = dir_ / (id + ".toml");
    std::ofstream(path) << "[kiosk]\nid = \"" << id << "\"\nvenue = \"bj\"\nzone = \"" << zone
                        << "\"\nlanguage = \"en\"\n[mqtt]\nbroker = \"" << broker_.url()
                        << "\"\noperator_keys = [\"ops.pub\"]\nstatus_interval_s = 15\n";
    return path.string();
  }
  std::unique_ptr<fleet::OperatorClient> operator_client() {
    fleet::MqttOptions o;
    o.port = broker_.port();
    auto op = fleet::OperatorClient::connect(o, core::SystemClock::instance(), core::Millis{5000});
    EXPECT_TRUE(op) << (op ? "" : op.error().message);
    return op ? std::move(*op) : nullptr;
  }
  fleet::FleetCommand command(fleet::OperatorClient& op, fleet::CommandKind kind, const std::string& target) {
    fleet::FleetCommand c;
    c.sender = "ops";
    c.seq = op.next_sequence();
    c.issued = core::SystemClock::instance().wall_now();
    c.expires = c.issued + 60s;
    c.target = target;
    c.kind = kind;
    return c;
  }
  // `marquee run` headless until killed; its stderr goes to <id>.log.
  pid_t spawn_kiosk(const std::string& cfg, const std::string& log,
                    const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {std::string(MARQUEE_BINARY_DIR) + "/marquee",
                                     "run",
                                     "--headless",
                                     "--keep-running",
                                     "--size",
                                     "640x360",
                                     "--config",
                                     cfg};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    EXPECT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    children_.push_back(pid);
    return pid;
  }
  static bool wait_for(const std::function<bool()>& cond, std::chrono::milliseconds timeout = 10s) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!cond()) {
      if (std::chrono::steady_clock::now() > end) return false;
      std::this_thread::sleep_for(20ms);
    }
    return true;
  }
  std::optional<fleet::KioskStatus> row(fleet::OperatorClient& op, const std::string& kiosk) {
    for (auto& r : op.table().rows()) {
      if (r.kiosk == kiosk) return r;
    }
    return std::nullopt;
  }

  testing::MosquittoBroker broker_;
  std::filesystem::path dir_;
  sync::KeyPair keys_;
  std::unique_ptr<KioskApp> app_;
  std::vector<pid_t> children_;
};

TEST_F(FleetKiosk, EmergencyTakesOverTheNextFrameAfterReceiptAndOffGoesBack) {
  RunOptions o;
  o.headless = true;
  o.size = "960x540";
  o.config_file = config("bj-a-1");
  o.screen = "map";
  auto started = KioskApp::create(o);
  const auto failure = started.failure;
  app_ = std::move(started.app);
  ASSERT_TRUE(app_) << failure.message;
  ASSERT_NE(app_->fleet(), nullptr);
  ASSERT_TRUE(wait_for([&] { return app_->fleet()->agent().connected(); }));
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(app_->step());
  auto op = operator_client();
  ASSERT_TRUE(op);
  // The status the kiosk publishes tells the truth about it.
  ASSERT_TRUE(wait_for([&] {
    app_->step();
    auto r = row(*op, "bj-a-1");
    return r && r->screen == "map";
  }));
  EXPECT_TRUE(row(*op, "bj-a-1")->online);
  EXPECT_EQ(row(*op, "bj-a-1")->content_version, app_->ui().content()->version);

  auto on = command(*op, fleet::CommandKind::EmergencyOn, "marquee/bj/all");
  on.text = {{"en", "Please leave the hall by the nearest exit"}, {"zh", "请从最近的出口离开展厅"}};
  const std::size_t before = app_->fleet()->agent().commands_accepted();
  ASSERT_TRUE(op->send(on, keys_.secret_key));
  ASSERT_TRUE(wait_for([&] { return app_->fleet()->agent().commands_accepted() > before; }));
  // Received: the very next frame is the takeover, Chinese glyphs and all.
  const auto shot = std::getenv("MARQUEE_KEEP_SHOT") ? std::filesystem::path(std::getenv("MARQUEE_KEEP_SHOT"))
                                                     : dir_ / "emergency.png";
  ASSERT_TRUE(app_->step(shot));
  EXPECT_TRUE(app_->ui().emergency_showing());
  EXPECT_TRUE(app_->ui().fonts().covers("请从最近的出口离开展厅"));
  const auto acks = op->acks_for("ops", on.seq, 1, 5s);
  ASSERT_EQ(acks.size(), 1u);
  EXPECT_EQ(acks[0].result, "ok");
  EXPECT_EQ(acks[0].message, "emergency shown");
  ASSERT_TRUE(wait_for([&] {
    app_->step();
    auto r = row(*op, "bj-a-1");
    return r && r->emergency && r->screen == "emergency";
  }));

  const auto off = command(*op, fleet::CommandKind::EmergencyOff, "marquee/bj/bj-a-1/cmd");
  ASSERT_TRUE(op->send(off, keys_.secret_key));
  // The UI thread carries it out at its next frame; the ack follows.
  std::vector<fleet::Ack> off_acks;
  for (int i = 0; i < 300 && off_acks.empty(); ++i) {
    ASSERT_TRUE(app_->step());
    off_acks = op->acks_for("ops", off.seq, 1, 10ms);
  }
  ASSERT_EQ(off_acks.size(), 1u);
  EXPECT_EQ(off_acks[0].message, "emergency cleared");
  EXPECT_FALSE(app_->ui().emergency_showing());
  EXPECT_EQ(app_->ui().state().screen, ui::Screen::Map) << "back to the screen it was on";
}

TEST_F(FleetKiosk, LanguageRefreshAndShowCommandsAnswerTruthfully) {
  RunOptions o;
  o.headless = true;
  o.size = "960x540";
  o.config_file = config("bj-a-2");
  auto started = KioskApp::create(o);
  const auto failure = started.failure;
  app_ = std::move(started.app);
  ASSERT_TRUE(app_) << failure.message;
  ASSERT_TRUE(wait_for([&] { return app_->fleet()->agent().connected(); }));
  auto op = operator_client();
  ASSERT_TRUE(op);
  std::this_thread::sleep_for(300ms);
  const auto answer = [&](const fleet::FleetCommand& c) {
    EXPECT_TRUE(op->send(c, keys_.secret_key));
    for (int i = 0; i < 300; ++i) {
      app_->step();
      auto acks = op->acks_for("ops", c.seq, 1, 10ms);
      if (!acks.empty()) return acks[0];
    }
    return fleet::Ack{};
  };
  auto lang = command(*op, fleet::CommandKind::SetLanguage, "marquee/bj/zone/hall-a");
  lang.language = "es";
  EXPECT_EQ(answer(lang).result, "ok");
  EXPECT_EQ(app_->ui().state().default_lang, content::Lang::Es);
  EXPECT_EQ(app_->ui().state().lang, content::Lang::Es);
  // No content server and no show on this kiosk: said so, not pretended.
  const auto refresh = answer(command(*op, fleet::CommandKind::Refresh, "marquee/all"));
  EXPECT_EQ(refresh.result, "failed");
  EXPECT_NE(refresh.message.find("no content server"), std::string::npos);
  auto go = command(*op, fleet::CommandKind::Show, "marquee/bj/all");
  go.show = show::ShowCommand::go("finale", "fleet:ops");
  EXPECT_EQ(answer(go).message, "no show running on this kiosk");
  auto shot = command(*op, fleet::CommandKind::Screenshot, "marquee/bj/bj-a-2/cmd");
  const auto ack = answer(shot);
  EXPECT_EQ(ack.result, "ok") << ack.message;
  const std::string png = op->screenshot_from("bj", "bj-a-2", 5s);
  ASSERT_GT(png.size(), 1000u);
  EXPECT_EQ(png.substr(1, 3), "PNG");
}

TEST_F(FleetKiosk, AKilledKioskIsMarkedOfflineByItsWill) {
  auto op = operator_client();
  ASSERT_TRUE(op);
  const pid_t kiosk = spawn_kiosk(config("bj-a-3"), (dir_ / "bj-a-3.log").string());
  ASSERT_TRUE(wait_for(
      [&] {
        auto r = row(*op, "bj-a-3");
        return r && r->online;
      },
      30s))
      << "no status from the kiosk process";
  ::kill(kiosk, SIGKILL);
  ::waitpid(kiosk, nullptr, 0);
  children_.clear();
  // The broker notices the dropped connection and publishes the retained will.
  ASSERT_TRUE(wait_for(
      [&] {
        auto r = row(*op, "bj-a-3");
        return r && !r->online;
      },
      30s));
  // A late subscriber sees the kiosk offline too (retained).
  auto late = operator_client();
  late->settle(300ms, 3s);
  ASSERT_TRUE(row(*late, "bj-a-3"));
  EXPECT_FALSE(row(*late, "bj-a-3")->online);
}

TEST_F(FleetKiosk, AFleetWideStartRunsTheCueOnTheSameShowInstantOnThreeKiosks) {
  std::ofstream(dir_ / "show.lua") << "cue(\"finale\", function() display.text({ en = \"Finale\" }) end)\n";
  auto op = operator_client();
  ASSERT_TRUE(op);
  const std::vector<std::string> ids = {"bj-s-1", "bj-s-2", "bj-s-3"};
  for (const auto& id : ids) {
    spawn_kiosk(config(id, "stage"), (dir_ / (id + ".log")).string(),
                {"--show", (dir_ / "show.lua").string()});
  }
  ASSERT_TRUE(wait_for(
      [&] {
        for (const auto& id : ids) {
          auto r = row(*op, id);
          if (!r || !r->online) return false;
        }
        return true;
      },
      60s))
      << "the three kiosks did not all report";
  auto go = command(*op, fleet::CommandKind::Show, "marquee/bj/zone/stage");
  go.show = show::ShowCommand::go("finale", "fleet:ops");
  go.show->at = core::SystemClock::instance().wall_now() + 1500ms;
  ASSERT_TRUE(op->send(go, keys_.secret_key));
  ASSERT_EQ(op->acks_for("ops", go.seq, 3, 30s).size(), 3u);
  std::this_thread::sleep_for(2500ms);
  // Each kiosk logs the show instant it ran the GO at.
  const std::regex ran(R"(GO finale by fleet:ops: ok, ran at show time (\S+Z))");
  std::vector<core::WallTime> instants;
  for (const auto& id : ids) {
    std::ifstream in(dir_ / (id + ".log"));
    const std::string log((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::smatch m;
    ASSERT_TRUE(std::regex_search(log, m, ran)) << id << " never ran the cue:\n" << log;
    instants.push_back(*core::parse_iso8601(m[1].str()));
  }
  for (const auto t : instants) {
    // The first show tick at or after the instant: never early, and within a few 20 ms ticks.
    EXPECT_GE(t, *go.show->at);
    EXPECT_LT(t - *go.show->at, core::Millis{100});
  }
}

// Plain HTTP GET on 127.0.0.1 (the exporter's /metrics); the body, or "" when nothing answered.
std::string http_get(int port, const std::string& path) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return {};
  }
  const std::string request = "GET " + path + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n";
  (void)::write(fd, request.data(), request.size());
  std::string response;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) response.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  const auto body = response.find("\r\n\r\n");
  return body == std::string::npos ? std::string{} : response.substr(body + 4);
}

TEST_F(FleetKiosk, TheOperatorCommandLineSeesCommandsAndExportsAKiosk) {
  spawn_kiosk(config("bj-cli-1"), (dir_ / "bj-cli-1.log").string());
  auto op = operator_client();
  ASSERT_TRUE(op);
  ASSERT_TRUE(wait_for(
      [&] {
        auto r = row(*op, "bj-cli-1");
        return r && r->online;
      },
      30s));
  const std::string broker = " --broker " + broker_.url();
  const auto status = run_marquee("fleet status" + broker, Stderr::Discard);
  EXPECT_EQ(status.exit_code, 0) << status.out;
  EXPECT_NE(status.out.find("bj-cli-1         bj         yes"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("1 kiosks, 1 online"), std::string::npos) << status.out;

  const auto watch = run_marquee("fleet watch --every 0.3 --for 1" + broker, Stderr::Discard);
  EXPECT_EQ(watch.exit_code, 0) << watch.out;
  EXPECT_NE(watch.out.find("bj-cli-1         bj         yes"), std::string::npos) << watch.out;
  EXPECT_NE(watch.out.find("\x1b[H\x1b[2J"), std::string::npos) << "redrawn in place";

  const std::string key = " --operator-key " + (dir_ / "ops.key").string() + " --sender ops-cli";
  const auto lang =
      run_marquee("fleet send kiosk:bj/bj-cli-1 language zh --expect 1" + key + broker, Stderr::Discard);
  EXPECT_EQ(lang.exit_code, 0) << lang.out;
  EXPECT_NE(lang.out.find("bj/bj-cli-1: ok: default language zh"), std::string::npos) << lang.out;
  // A kiosk without a content server says so, and the command line exits 1.
  const auto refresh = run_marquee("fleet send venue:bj refresh --expect 1" + key + broker, Stderr::Discard);
  EXPECT_EQ(refresh.exit_code, 1) << refresh.out;
  EXPECT_NE(refresh.out.find("failed: no content server configured"), std::string::npos) << refresh.out;
  const auto wrong = run_marquee("fleet send bj-cli-1 refresh" + key + broker, Stderr::Keep);
  EXPECT_EQ(wrong.exit_code, 2);
  EXPECT_NE(wrong.out.find("kiosk:<venue>/<kiosk>"), std::string::npos) << wrong.out;

  const int port = testing::free_loopback_port();
  const std::string listen = "127.0.0.1:" + std::to_string(port);
  std::vector<std::string> args = {std::string(MARQUEE_BINARY_DIR) + "/marquee",
                                   "fleet",
                                   "exporter",
                                   "--broker",
                                   broker_.url(),
                                   "--listen",
                                   listen};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t exporter = -1;
  ASSERT_EQ(posix_spawn(&exporter, argv[0], nullptr, nullptr, argv.data(), environ), 0);
  children_.push_back(exporter);
  std::string metrics;
  ASSERT_TRUE(wait_for(
      [&] {
        metrics = http_get(port, "/metrics");
        return metrics.find("kiosk=\"bj-cli-1\"") != std::string::npos;
      },
      20s))
      << metrics;
  EXPECT_NE(metrics.find("marquee_kiosk_online{venue=\"bj\",kiosk=\"bj-cli-1\"} 1"), std::string::npos)
      << metrics;
  EXPECT_NE(metrics.find("# TYPE marquee_kiosk_frame_p99_milliseconds gauge"), std::string::npos);
  ::kill(exporter, SIGTERM);  // ends cleanly on SIGTERM
  int st = 0;
  ::waitpid(exporter, &st, 0);
  children_.pop_back();
  EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

TEST_F(FleetKiosk, ARestartCommandRestartsTheKioskInPlace) {
  const std::string log = (dir_ / "bj-rs-1.log").string();
  const pid_t kiosk = spawn_kiosk(config("bj-rs-1"), log, {"--self-restart"});
  const auto read_log = [&] {
    std::ifstream in(log);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  auto op = operator_client();
  ASSERT_TRUE(op);
  ASSERT_TRUE(wait_for(
      [&] {
        auto r = row(*op, "bj-rs-1");
        return r && r->online;
      },
      30s));
  auto restart = command(*op, fleet::CommandKind::Restart, "marquee/bj/bj-rs-1/cmd");
  ASSERT_TRUE(op->send(restart, keys_.secret_key));
  // A kiosk acks once its UI thread has applied the command; a loaded machine may still be drawing
  // the first frames (fonts) when the status already says online.
  const auto acks = op->acks_for("ops", restart.seq, 1, 30s);
  ASSERT_EQ(acks.size(), 1u) << read_log();
  EXPECT_EQ(acks[0].message, "restarting");
  // The same process (same PID: a kiosk compositor keeps its session) starts afresh...
  ASSERT_TRUE(
      wait_for([&] { return read_log().find("restarted after a failure") != std::string::npos; }, 30s))
      << read_log();
  EXPECT_EQ(::waitpid(kiosk, nullptr, WNOHANG), 0) << "the kiosk process ended instead of restarting";
  // ...and rejoins the fleet: a fresh status after the restart.
  const auto after = core::SystemClock::instance().wall_now();
  ASSERT_TRUE(wait_for(
      [&] {
        auto r = row(*op, "bj-rs-1");
        return r && r->online && r->at >= after - 1s && r->last_command.empty();
      },
      30s));
}

}  // namespace
}  // namespace marquee::app
