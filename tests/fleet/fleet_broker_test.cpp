// The fleet channel against a real mosquitto broker on a free loopback port.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/time_zone.hpp"
#include "fleet/fleet_agent.hpp"
#include "fleet/fleet_settings.hpp"
#include "fleet/signed_command.hpp"
#include "mosquitto_broker.hpp"

namespace marquee::fleet {
namespace {

using namespace std::chrono_literals;

// Everything a client saw, for waiting on with a bound.
class Inbox {
 public:
  void add(std::string topic, std::string payload, bool retained) {
    std::lock_guard lock(mutex_);
    messages_.push_back({std::move(topic), std::move(payload), retained});
    cv_.notify_all();
  }
  struct Message {
    std::string topic, payload;
    bool retained;
  };
  // The first message (after `from`) matching; nullopt after `timeout`.
  std::optional<Message> wait(const std::function<bool(const Message&)>& match,
                              std::chrono::milliseconds timeout = 5s, std::size_t* from = nullptr) {
    std::unique_lock lock(mutex_);
    std::size_t i = from ? *from : 0;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
      for (; i < messages_.size(); ++i) {
        if (match(messages_[i])) {
          if (from) *from = i + 1;
          return messages_[i];
        }
      }
      if (cv_.wait_until(lock, deadline) == std::cv_status::timeout) {
        for (; i < messages_.size(); ++i) {
          if (match(messages_[i])) return messages_[i];
        }
        return std::nullopt;
      }
    }
  }
  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return messages_.size();
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::deque<Message> messages_;
};

// An operator's client: subscribes to patterns, collects what arrives.
struct Watcher {
  Inbox inbox;  // declared first: destroyed after the client whose network thread fills it
  std::unique_ptr<MqttClient> client;
  Watcher(int port, std::vector<std::string> patterns, const std::string& id) {
    MqttOptions o;
    o.port = port;
    o.client_id = id;
    auto created = MqttClient::create(o);
    client = std::move(created.value());
    client->on_message([this](std::string_view t, std::string_view p, bool r) {
      inbox.add(std::string(t), std::string(p), r);
    });
    client->on_connect([this, patterns] {
      for (const auto& p : patterns) client->subscribe(p);
    });
    EXPECT_TRUE(client->start());
  }
  bool wait_connected() {
    for (int i = 0; i < 250 && !client->connected(); ++i) std::this_thread::sleep_for(20ms);
    return client->connected();
  }
};

// The kiosk's side of a command, as the app would do it: records and answers at once.
struct RecordingSink : CommandSink {
  std::mutex mutex;
  std::vector<FleetCommand> delivered;
  void deliver(const FleetCommand& c, CommandDone done) override {
    {
      std::lock_guard lock(mutex);
      delivered.push_back(c);
    }
    done({true, "applied"});
  }
  std::size_t count() {
    std::lock_guard lock(mutex);
    return delivered.size();
  }
};

class FleetBroker : public ::testing::Test {
 protected:
  testing::MosquittoBroker broker;
  sync::KeyPair ops = sync::generate_key_pair();
  core::SystemClock& clock = core::SystemClock::instance();
  RecordingSink sink;
  FleetAddress address{"bj", "bj-a-1", "hall-a", {"entrance"}};
  std::uint64_t seq = static_cast<std::uint64_t>(clock.wall_now().time_since_epoch().count());

  std::unique_ptr<FleetAgent> start_agent() {
    FleetAgentSettings s;
    s.mqtt.port = broker.port();
    s.mqtt.reconnect_min_s = 1;
    s.mqtt.reconnect_max_s = 2;
    s.address = address;
    s.trusted_keys = {ops.public_key};
    s.status_interval = 15s;
    s.min_change_interval = 0ms;
    auto agent = FleetAgent::start(std::move(s), clock, sink);
    EXPECT_TRUE(agent) << (agent ? "" : agent.error().message);
    return agent ? std::move(*agent) : nullptr;
  }
  static bool wait_for(const std::function<bool()>& cond, std::chrono::milliseconds timeout = 5s) {
    const auto end = std::chrono::steady_clock::now() + timeout;
    while (!cond()) {
      if (std::chrono::steady_clock::now() > end) return false;
      std::this_thread::sleep_for(10ms);
    }
    return true;
  }
  FleetCommand command(CommandKind kind, std::string target = "marquee/bj/all") {
    FleetCommand c;
    c.sender = "ops";
    c.seq = ++seq;
    c.issued = clock.wall_now();
    c.expires = c.issued + 60s;
    c.target = std::move(target);
    c.kind = kind;
    if (kind == CommandKind::EmergencyOn) c.text = {{"en", "Evacuate"}};
    return c;
  }
  KioskStatus status(const std::string& screen) {
    KioskStatus s;
    s.screen = screen;
    s.content_version = "3";
    return s;
  }
};

TEST_F(FleetBroker, StatusIsRetainedForLateSubscribers) {
  auto agent = start_agent();
  ASSERT_TRUE(wait_for([&] { return agent->connected(); }));
  Watcher first(broker.port(), {"marquee/+/+/status"}, "first");
  ASSERT_TRUE(first.wait_connected());
  agent->update_status(status("home"));
  // The broker has it once a subscriber saw it (publishing is asynchronous)...
  ASSERT_TRUE(first.inbox.wait(
      [](const Inbox::Message& msg) { return msg.payload.find("\"home\"") != std::string::npos; }));
  // ...and a client subscribing afterwards gets it from the broker as the retained status.
  Watcher late(broker.port(), {"marquee/+/+/status"}, "late");
  const auto m = late.inbox.wait([](const Inbox::Message& msg) { return msg.retained; });
  ASSERT_TRUE(m);
  EXPECT_EQ(m->topic, "marquee/bj/bj-a-1/status");
  const auto s = parse_kiosk_status(m->payload);
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->online);
  EXPECT_EQ(s->screen, "home");
  EXPECT_EQ(s->content_version, "3");
}

TEST_F(FleetBroker, ChangesArePublishedAndACleanStopSaysOffline) {
  Watcher ops_view(broker.port(), {"marquee/+/+/status"}, "ops-view");
  ASSERT_TRUE(ops_view.wait_connected());
  auto agent = start_agent();
  ASSERT_TRUE(wait_for([&] { return agent->connected(); }));
  agent->update_status(status("home"));
  agent->update_status(status("map"));
  EXPECT_TRUE(ops_view.inbox.wait(
      [](const Inbox::Message& m) { return m.payload.find("\"screen\":\"map\"") != std::string::npos; }));
  agent.reset();
  const auto off = ops_view.inbox.wait(
      [](const Inbox::Message& m) { return m.payload.find("\"online\":false") != std::string::npos; });
  ASSERT_TRUE(off);
  EXPECT_EQ(off->topic, "marquee/bj/bj-a-1/status");
}

TEST_F(FleetBroker, AcceptedCommandsAreDeliveredAndAcknowledged) {
  Watcher ops_view(broker.port(), {"marquee/+/+/ack"}, "ops-acks");
  ASSERT_TRUE(ops_view.wait_connected());
  auto agent = start_agent();
  ASSERT_TRUE(wait_for([&] { return agent->connected(); }));
  agent->update_status(status("home"));
  std::this_thread::sleep_for(200ms);  // the agent's subscriptions reach the broker
  for (const auto& target :
       {std::string("marquee/bj/all"), std::string("marquee/all"), std::string("marquee/bj/bj-a-1/cmd"),
        std::string("marquee/bj/zone/hall-a"), std::string("marquee/bj/tag/entrance")}) {
    const auto c = command(CommandKind::Refresh, target);
    ASSERT_TRUE(ops_view.client->publish(target, seal(c, ops.secret_key)));
    const auto ack = ops_view.inbox.wait([&](const Inbox::Message& m) {
      return m.payload.find("\"seq\":" + std::to_string(c.seq)) != std::string::npos;
    });
    ASSERT_TRUE(ack) << target;
    const auto j = nlohmann::json::parse(ack->payload);
    EXPECT_EQ(j["result"], "ok");
    EXPECT_EQ(j["kind"], "refresh");
    EXPECT_EQ(j["message"], "applied");
  }
  EXPECT_EQ(sink.count(), 5u);
}

TEST_F(FleetBroker, EveryRejectionIsAckedAndReportedAndNothingIsApplied) {
  Watcher ops_view(broker.port(), {"marquee/+/+/ack", "marquee/+/+/status"}, "ops-rejections");
  ASSERT_TRUE(ops_view.wait_connected());
  auto agent = start_agent();
  ASSERT_TRUE(wait_for([&] { return agent->connected(); }));
  agent->update_status(status("home"));
  std::this_thread::sleep_for(200ms);
  const auto stranger = sync::generate_key_pair();
  auto expired = command(CommandKind::EmergencyOn);
  expired.issued -= 120s;
  expired.expires = expired.issued + 60s;
  const auto replay = command(CommandKind::EmergencyOff);
  ASSERT_TRUE(ops_view.client->publish("marquee/bj/all", seal(replay, ops.secret_key)));
  ASSERT_TRUE(wait_for([&] { return sink.count() == 1; }));

  struct Case {
    std::string name, topic, payload, reason;
  };
  const std::vector<Case> cases = {
      {"unsigned", "marquee/bj/all", to_json(command(CommandKind::EmergencyOn)), "unsigned"},
      {"wrong key", "marquee/bj/all", seal(command(CommandKind::EmergencyOn), stranger.secret_key),
       "bad_signature"},
      {"expired", "marquee/bj/all", seal(expired, ops.secret_key), "expired"},
      {"replayed", "marquee/bj/all", seal(replay, ops.secret_key), "replayed"},
      {"other kiosk", "marquee/bj/all",
       seal(command(CommandKind::EmergencyOn, "marquee/bj/bj-a-2/cmd"), ops.secret_key), "wrong_target"},
      {"malformed", "marquee/bj/all", "{\"body\": 12", "malformed"},
  };
  std::size_t ack_cursor = 0;
  for (const auto& c : cases) {
    ASSERT_TRUE(ops_view.client->publish(c.topic, c.payload)) << c.name;
    const auto ack = ops_view.inbox.wait(
        [](const Inbox::Message& m) {
          return m.topic.ends_with("/ack") && m.payload.find("rejected") != std::string::npos;
        },
        5s, &ack_cursor);
    ASSERT_TRUE(ack) << c.name;
    const auto j = nlohmann::json::parse(ack->payload);
    EXPECT_EQ(j["reason"], c.reason) << c.name << ": " << ack->payload;
    // The status says so too.
    const auto st = ops_view.inbox.wait([&](const Inbox::Message& m) {
      return m.topic.ends_with("/status") &&
             m.payload.find("\"last_rejected\":\"" + c.reason + ":") != std::string::npos;
    });
    EXPECT_TRUE(st) << c.name;
  }
  EXPECT_EQ(sink.count(), 1u) << "a refused command reached the kiosk";
  EXPECT_EQ(agent->commands_rejected(), cases.size());
}

TEST_F(FleetBroker, ReconnectsAfterTheBrokerRestartsAndRepublishesItsStatus) {
  auto agent = start_agent();
  ASSERT_TRUE(wait_for([&] { return agent->connected(); }));
  agent->update_status(status("home"));
  broker.stop();
  ASSERT_TRUE(wait_for([&] { return !agent->connected(); }));
  ASSERT_TRUE(broker.start());  // same port, empty retained store (persistence is off)
  ASSERT_TRUE(wait_for([&] { return agent->connected(); }, 10s));
  // The restarted broker kept nothing (no persistence): any status now is the republished one,
  // retained or live depending on whether it reached the broker before this subscription.
  Watcher late(broker.port(), {"marquee/+/+/status"}, "after-restart");
  const auto m =
      late.inbox.wait([](const Inbox::Message& msg) { return msg.topic == "marquee/bj/bj-a-1/status"; });
  ASSERT_TRUE(m) << "the status was not published again after reconnecting";
  EXPECT_NE(m->payload.find("\"online\":true"), std::string::npos);
  // Commands flow again.
  std::this_thread::sleep_for(200ms);
  ASSERT_TRUE(late.client->publish("marquee/bj/all", seal(command(CommandKind::Refresh), ops.secret_key)));
  EXPECT_TRUE(wait_for([&] { return sink.count() == 1; }));
}

TEST_F(FleetBroker, AKioskThatStartsBeforeItsBrokerJoinsWhenTheBrokerComesUp) {
  broker.stop();
  auto agent = start_agent();
  ASSERT_NE(agent, nullptr);
  agent->update_status(status("home"));
  std::this_thread::sleep_for(300ms);
  EXPECT_FALSE(agent->connected());
  ASSERT_TRUE(broker.start());
  EXPECT_TRUE(wait_for([&] { return agent->connected(); }, 10s));
}

// TLS with a user name and password, as a venue broker on the internet would be set up: a test CA,
// a server certificate for 127.0.0.1, and mosquitto refusing anonymous clients.
class FleetBrokerTls : public ::testing::Test {
 protected:
  void SetUp() override {
    namespace fs = std::filesystem;
    dir_ = fs::temp_directory_path() / ("marquee-tls-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    fs::permissions(dir_, fs::perms::all);  // the broker runs as the "mosquitto" user
    const std::string d = dir_.string();
    const std::string script =
        "cd '" + d +
        "' && "
        "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=Marquee test CA' -keyout ca.key -out "
        "ca.crt && "
        "openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout server.key -out server.csr && "
        "printf 'subjectAltName=IP:127.0.0.1\\n' > san.ext && "
        "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile san.ext "
        "-out server.crt && "
        "mosquitto_passwd -c -b passwd kiosk-bj-a-1 'correct horse' && "
        "printf 'correct horse\\n' > kiosk.password && chmod 644 *";
    ASSERT_EQ(std::system(("(" + script + ") >/dev/null 2>&1").c_str()), 0) << "making the test CA failed";
    ASSERT_TRUE(sync::write_key_files(keys_, (dir_ / "ops").string()));
    broker_ = std::make_unique<testing::MosquittoBroker>("cafile " + d + "/ca.crt\ncertfile " + d +
                                                             "/server.crt\nkeyfile " + d +
                                                             "/server.key\npassword_file " + d + "/passwd\n",
                                                         /*anonymous=*/false);
  }
  void TearDown() override {
    broker_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::unique_ptr<FleetAgent> agent(FleetConfig config) {
    auto settings = make_agent_settings(config, {"bj", "bj-a-1", "", {}}, {}, {});
    EXPECT_TRUE(settings) << (settings ? "" : settings.error().message);
    if (!settings) return nullptr;
    settings->mqtt.reconnect_min_s = 1;
    settings->mqtt.reconnect_max_s = 1;
    auto a = FleetAgent::start(std::move(*settings), core::SystemClock::instance(), sink_);
    EXPECT_TRUE(a) << (a ? "" : a.error().message);
    return a ? std::move(*a) : nullptr;
  }
  FleetConfig config() {
    FleetConfig c;
    c.broker = "mqtts://127.0.0.1:" + std::to_string(broker_->port());
    c.username = "kiosk-bj-a-1";
    c.password_file = dir_ / "kiosk.password";
    c.ca_file = dir_ / "ca.crt";
    c.operator_keys = {dir_ / "ops.pub"};
    return c;
  }
  static bool connected_within(FleetAgent& a, std::chrono::milliseconds t) {
    const auto end = std::chrono::steady_clock::now() + t;
    while (std::chrono::steady_clock::now() < end) {
      if (a.connected()) return true;
      std::this_thread::sleep_for(20ms);
    }
    return a.connected();
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::MosquittoBroker> broker_;
  sync::KeyPair keys_ = sync::generate_key_pair();
  RecordingSink sink_;
};

TEST_F(FleetBrokerTls, TheRightPasswordOverVerifiedTlsConnects) {
  auto a = agent(config());
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(connected_within(*a, 10s));
}

TEST_F(FleetBrokerTls, AWrongPasswordOrNoTlsOrAnUntrustedCaDoNot) {
  FleetConfig wrong = config();
  std::ofstream(dir_ / "wrong.password") << "battery staple\n";
  wrong.password_file = dir_ / "wrong.password";
  auto bad_password = agent(wrong);
  FleetConfig plain = config();
  plain.broker = "mqtt://127.0.0.1:" + std::to_string(broker_->port());
  plain.ca_file.clear();
  auto no_tls = agent(plain);
  FleetConfig system_cas = config();
  system_cas.ca_file.clear();  // mqtts:// with the system's CAs: the test CA is not among them
  auto untrusted = agent(system_cas);
  ASSERT_TRUE(bad_password && no_tls && untrusted);
  std::this_thread::sleep_for(3s);
  EXPECT_FALSE(bad_password->connected());
  EXPECT_FALSE(no_tls->connected());
  EXPECT_FALSE(untrusted->connected());
}

}  // namespace
}  // namespace marquee::fleet
