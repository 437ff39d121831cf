#include "fleet/mqtt_client.hpp"

#include <mosquitto.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "core/log.hpp"

namespace marquee::fleet {
namespace {

spdlog::logger* log() {
  static const auto logger = core::component_logger("mqtt");
  return logger.get();
}

void init_library() {
  static std::once_flag once;
  std::call_once(once, [] { mosquitto_lib_init(); });
}

core::Error failure(std::string_view what, int rc) {
  return core::make_error("MQTT: " + std::string(what) + ": " + mosquitto_strerror(rc));
}

}  // namespace

core::Result<std::unique_ptr<MqttClient>> MqttClient::create(MqttOptions options) {
  init_library();
  std::unique_ptr<MqttClient> client(new MqttClient(std::move(options)));
  const auto& o = client->options_;
  client->mosq_ = mosquitto_new(o.client_id.empty() ? nullptr : o.client_id.c_str(), /*clean_session=*/true,
                                client.get());
  if (!client->mosq_)
    return core::make_error("MQTT: cannot create a client (out of memory or a bad client id)");
  mosquitto_int_option(client->mosq_, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
  if (!o.username.empty()) {
    if (int rc = mosquitto_username_pw_set(client->mosq_, o.username.c_str(),
                                           o.password.empty() ? nullptr : o.password.c_str());
        rc != MOSQ_ERR_SUCCESS)
      return failure("username", rc);
  }
  if (!o.ca_file.empty() || !o.cert_file.empty()) {
    if (int rc = mosquitto_tls_set(client->mosq_, o.ca_file.empty() ? nullptr : o.ca_file.c_str(), nullptr,
                                   o.cert_file.empty() ? nullptr : o.cert_file.c_str(),
                                   o.key_file.empty() ? nullptr : o.key_file.c_str(), nullptr);
        rc != MOSQ_ERR_SUCCESS)
      return failure("TLS set-up (ca_file, cert_file, key_file)", rc);
  }
  if (o.will) {
    if (int rc =
            mosquitto_will_set(client->mosq_, o.will->topic.c_str(), static_cast<int>(o.will->payload.size()),
                               o.will->payload.data(), 1, o.will->retain);
        rc != MOSQ_ERR_SUCCESS)
      return failure("last will", rc);
  }
  mosquitto_reconnect_delay_set(client->mosq_, static_cast<unsigned>(o.reconnect_min_s),
                                static_cast<unsigned>(o.reconnect_max_s), /*exponential=*/true);
  mosquitto_connect_callback_set(client->mosq_, &MqttClient::handle_connect);
  mosquitto_disconnect_callback_set(client->mosq_, &MqttClient::handle_disconnect);
  mosquitto_message_callback_set(client->mosq_, &MqttClient::handle_message);
  mosquitto_publish_callback_set(client->mosq_, &MqttClient::handle_published);
  return client;
}

MqttClient::~MqttClient() {
  stop();
  if (mosq_) mosquitto_destroy(mosq_);
}

core::Status MqttClient::start() {
  if (started_) return core::Ok{};
  started_ = true;
  const auto attempt = [this]() -> int {
    const int rc = mosquitto_connect_async(mosq_, options_.host.c_str(), options_.port, options_.keepalive_s);
    if (rc != MOSQ_ERR_SUCCESS) return rc;
    const int lrc = mosquitto_loop_start(mosq_);
    if (lrc == MOSQ_ERR_SUCCESS) loop_running_ = true;
    return lrc;
  };
  const int rc = attempt();
  if (rc == MOSQ_ERR_SUCCESS) return core::Ok{};
  if (rc == MOSQ_ERR_INVAL) return failure("broker address " + options_.host, rc);
  // A refused first connection is not fatal: a kiosk that boots before its broker joins the
  // fleet when the broker comes up.
  log()->warn("broker {}:{} not reachable yet ({}); retrying in the background", options_.host, options_.port,
              mosquitto_strerror(rc));
  connector_ = std::jthread([this, attempt](std::stop_token stop) {
    std::chrono::milliseconds delay(options_.reconnect_min_s * 1000);
    const std::chrono::milliseconds max_delay(options_.reconnect_max_s * 1000);
    std::mutex m;
    std::condition_variable_any cv;
    while (!stop.stop_requested()) {
      {
        std::unique_lock lock(m);
        cv.wait_for(lock, stop, delay, [] { return false; });
      }
      if (stop.stop_requested()) return;
      if (attempt() == MOSQ_ERR_SUCCESS) return;
      delay = std::min(delay * 2, max_delay);
    }
  });
  return core::Ok{};
}

void MqttClient::stop() {
  if (!started_) return;
  started_ = false;
  if (connector_.joinable()) {
    connector_.request_stop();
    connector_.join();
  }
  if (loop_running_.exchange(false)) {
    // A restart publishes its ack and the offline status and then stops at once: a disconnect
    // right after would drop them from the queue (the fleet restart test lost its ack so).
    if (connected_) drain(std::chrono::milliseconds(2000));
    mosquitto_disconnect(mosq_);
    mosquitto_loop_stop(mosq_, /*force=*/false);
  }
  connected_ = false;
}

bool MqttClient::publish(std::string_view topic, std::string_view payload, bool retain, int qos) {
  const std::string t(topic);
  int mid = 0;
  const int rc = mosquitto_publish(mosq_, &mid, t.c_str(), static_cast<int>(payload.size()),
                                   payload.data(), qos, retain);
  if (rc != MOSQ_ERR_SUCCESS) return false;
  std::lock_guard lock(pending_mutex_);
  if (early_.erase(mid) == 0) pending_.insert(mid);
  return true;
}

void MqttClient::handle_published(struct mosquitto*, void* self, int mid) {
  auto* c = static_cast<MqttClient*>(self);
  {
    std::lock_guard lock(c->pending_mutex_);
    if (c->pending_.erase(mid) == 0) {
      c->early_.insert(mid);
      if (c->early_.size() > 1024) c->early_.clear();  // ids from before a reconnect: never claimed
    }
  }
  c->pending_done_.notify_all();
}

void MqttClient::drain(std::chrono::milliseconds limit) {
  std::unique_lock lock(pending_mutex_);
  pending_done_.wait_for(lock, limit, [this] { return pending_.empty() || !connected_; });
}

bool MqttClient::subscribe(std::string_view pattern, int qos) {
  const std::string p(pattern);
  return mosquitto_subscribe(mosq_, nullptr, p.c_str(), qos) == MOSQ_ERR_SUCCESS;
}

void MqttClient::handle_connect(struct mosquitto*, void* self, int rc) {
  auto* c = static_cast<MqttClient*>(self);
  if (rc != 0) {
    log()->warn("broker {}:{} refused the connection: {}", c->options_.host, c->options_.port,
                mosquitto_connack_string(rc));
    return;
  }
  log()->info("connected to {}:{} as {}", c->options_.host, c->options_.port, c->options_.client_id);
  // Subscriptions first, then "connected": other threads publish only once connected() is true,
  // and packets leave in the order they were queued, so the broker has a kiosk's command
  // subscriptions before anyone can see its first status. The other way round, an operator who
  // answered that status at once could send a command the broker had nobody to deliver to (the
  // fleet restart test lost its command so, once in a clean CI run).
  if (c->on_connect_) c->on_connect_();
  c->connected_ = true;
}

void MqttClient::handle_disconnect(struct mosquitto*, void* self, int rc) {
  auto* c = static_cast<MqttClient*>(self);
  const bool was = c->connected_.exchange(false);
  {
    // Nothing queued before the drop is waited for any more.
    std::lock_guard lock(c->pending_mutex_);
    c->pending_.clear();
  }
  c->pending_done_.notify_all();
  if (rc != 0 && was) log()->warn("lost the broker ({}); reconnecting", mosquitto_strerror(rc));
  if (c->on_disconnect_) c->on_disconnect_(rc == 0 ? "disconnected" : mosquitto_strerror(rc));
}

void MqttClient::handle_message(struct mosquitto*, void* self, const struct mosquitto_message* m) {
  auto* c = static_cast<MqttClient*>(self);
  if (!c->on_message_ || !m || !m->topic) return;
  c->on_message_(m->topic,
                 std::string_view(static_cast<const char*>(m->payload),
                                  m->payload ? static_cast<std::size_t>(m->payloadlen) : 0),
                 m->retain);
}

}  // namespace marquee::fleet
