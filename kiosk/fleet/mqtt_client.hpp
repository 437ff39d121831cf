#pragma once
// A thin RAII layer over libmosquitto (Debian's MQTT 3.1.1/5 client): one connection, its network
// thread (libmosquitto's own, which also reconnects with exponential backoff), a last will, TLS and
// username/password or client certificates. Callbacks run on that network thread; publish() and
// subscribe() may be called from any thread.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>

#include "core/result.hpp"

struct mosquitto;
struct mosquitto_message;

namespace marquee::fleet {

struct MqttOptions {
  std::string host = "127.0.0.1";
  int port = 1883;
  std::string client_id;  // unique per connection; the broker drops an older connection with the same id
  int keepalive_s = 15;   // the broker declares the client gone (and sends the will) after 1.5x this
  std::string username, password;
  std::string ca_file;              // TLS when set (or when cert_file is set)
  std::string cert_file, key_file;  // client certificate
  int reconnect_min_s = 1, reconnect_max_s = 30;
  struct Will {
    std::string topic, payload;
    bool retain = true;
  };
  std::optional<Will> will;
};

class MqttClient {
 public:
  using MessageHandler = std::function<void(std::string_view topic, std::string_view payload, bool retained)>;
  // Called after every (re)connection, on the network thread: subscribe and publish here.
  using ConnectHandler = std::function<void()>;
  using DisconnectHandler = std::function<void(std::string_view reason)>;

  static core::Result<std::unique_ptr<MqttClient>> create(MqttOptions options);
  ~MqttClient();  // disconnects cleanly (no will) and joins the network thread
  MqttClient(const MqttClient&) = delete;
  MqttClient& operator=(const MqttClient&) = delete;

  void on_message(MessageHandler h) { on_message_ = std::move(h); }
  void on_connect(ConnectHandler h) { on_connect_ = std::move(h); }
  void on_disconnect(DisconnectHandler h) { on_disconnect_ = std::move(h); }

  // Starts connecting in the background; a broker that is down is retried until it is up.
  core::Status start();
  // Disconnects cleanly and stops the network thread (the will is not sent).
  void stop();

  bool connected() const { return connected_; }
  // QoS 1: delivered at least once while connected; false when the client cannot queue it.
  bool publish(std::string_view topic, std::string_view payload, bool retain = false, int qos = 1);
  bool subscribe(std::string_view pattern, int qos = 1);

  const MqttOptions& options() const { return options_; }

 private:
  explicit MqttClient(MqttOptions options) : options_(std::move(options)) {}
  static void handle_connect(struct mosquitto*, void* self, int rc);
  static void handle_disconnect(struct mosquitto*, void* self, int rc);
  static void handle_message(struct mosquitto*, void* self, const struct mosquitto_message* m);
  static void handle_published(struct mosquitto*, void* self, int mid);
  // Waits (bounded) until the broker has every message published so far.
  void drain(std::chrono::milliseconds limit);

  MqttOptions options_;
  struct mosquitto* mosq_ = nullptr;
  std::atomic<bool> connected_{false};
  bool started_ = false;
  std::atomic<bool> loop_running_{false};
  // Message ids published and not yet handed over (QoS 0: written; QoS 1: PUBACK received), so
  // that stop() does not drop a last ack or offline status still in the queue. `early` holds ids
  // whose callback came before publish() recorded them.
  std::mutex pending_mutex_;
  std::condition_variable pending_done_;
  std::set<int> pending_, early_;
  // libmosquitto's network thread retries a connection once it has had one; until the first
  // attempt gets under way (the broker may be down when the kiosk boots) this thread retries.
  std::jthread connector_;
  MessageHandler on_message_;
  ConnectHandler on_connect_;
  DisconnectHandler on_disconnect_;
};

}  // namespace marquee::fleet
