#include "fleet/operator_client.hpp"

#include <nlohmann/json.hpp>
#include <thread>

#include "fleet/signed_command.hpp"
#include "fleet/topics.hpp"

namespace marquee::fleet {

core::Result<std::unique_ptr<OperatorClient>> OperatorClient::connect(MqttOptions options,
                                                                      const core::Clock& clock,
                                                                      core::Millis timeout) {
  std::unique_ptr<OperatorClient> op(new OperatorClient(clock));
  if (options.client_id.empty())
    options.client_id = "marquee-operator-" + std::to_string(::getpid()) + "-" +
                        std::to_string(clock.wall_now().time_since_epoch().count() % 100000);
  auto client = MqttClient::create(std::move(options));
  if (!client) return client.error();
  op->client_ = std::move(*client);
  OperatorClient* self = op.get();
  op->client_->on_message([self](std::string_view t, std::string_view p, bool) { self->handle(t, p); });
  op->client_->on_connect([self] {
    self->client_->subscribe(kAllStatusTopics);
    self->client_->subscribe(kAllAckTopics);
    self->client_->subscribe("marquee/+/+/screenshot");
  });
  if (auto st = op->client_->start(); !st) return st.error();
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!op->client_->connected()) {
    if (std::chrono::steady_clock::now() > deadline)
      return core::make_error("no answer from the broker " + op->client_->options().host + ":" +
                              std::to_string(op->client_->options().port) + " within " +
                              std::to_string(timeout.count()) + " ms");
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  {
    std::lock_guard lock(op->mutex_);
    op->last_status_ = std::chrono::steady_clock::now();
  }
  return op;
}

OperatorClient::~OperatorClient() {
  if (client_) client_->stop();
}

void OperatorClient::handle(std::string_view topic, std::string_view payload) {
  std::string venue, kiosk, leaf;
  if (!split_kiosk_topic(topic, venue, kiosk, leaf)) return;
  if (leaf == "status") {
    table_.update(topic, payload, clock_.wall_now());
    std::lock_guard lock(mutex_);
    last_status_ = std::chrono::steady_clock::now();
    cv_.notify_all();
    return;
  }
  std::lock_guard lock(mutex_);
  if (leaf == "screenshot") {
    screenshots_.emplace_back(venue + "/" + kiosk, std::string(payload));
  } else if (leaf == "ack") {
    const auto j = nlohmann::json::parse(payload.begin(), payload.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return;
    Ack a;
    a.venue = venue;
    a.kiosk = kiosk;
    a.sender = j.value("sender", "");
    a.seq = j.contains("seq") && j["seq"].is_number_unsigned() ? j["seq"].get<std::uint64_t>() : 0;
    a.kind = j.value("kind", "");
    a.result = j.value("result", "");
    a.reason = j.value("reason", "");
    a.message = j.value("message", "");
    a.received = clock_.wall_now();
    ++ack_counts_[{a.sender, a.seq}];
    acks_.push_back(std::move(a));
  }
  cv_.notify_all();
}

void OperatorClient::settle(core::Millis quiet, core::Millis max) {
  const auto start = std::chrono::steady_clock::now();
  std::unique_lock lock(mutex_);
  last_status_ = std::max(last_status_, start);
  while (true) {
    const auto now = std::chrono::steady_clock::now();
    if (now - start >= max || now - last_status_ >= quiet) return;
    cv_.wait_until(lock, std::min(start + max, last_status_ + quiet));
  }
}

std::uint64_t OperatorClient::next_sequence() {
  const auto now_us = static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::microseconds>(
                                                     std::chrono::system_clock::now().time_since_epoch())
                                                     .count());
  last_seq_ = std::max(last_seq_ + 1, now_us);
  return last_seq_;
}

core::Status OperatorClient::send(const FleetCommand& command, const sync::SecretKey& key) {
  if (!client_->publish(command.target, seal(command, key)))
    return core::make_error("the broker connection did not take the command");
  return core::Ok{};
}

std::vector<Ack> OperatorClient::acks_for(const std::string& sender, std::uint64_t seq, std::size_t expected,
                                          core::Millis timeout) {
  const auto collect = [&] {
    std::vector<Ack> out;
    for (const auto& a : acks_) {
      if (a.sender == sender && a.seq == seq) out.push_back(a);
    }
    return out;
  };
  std::unique_lock lock(mutex_);
  // expected 0: everything that answers within the timeout (a group of unknown size).
  cv_.wait_for(lock, timeout, [&] {
    const auto it = ack_counts_.find({sender, seq});
    return expected > 0 && it != ack_counts_.end() && it->second >= expected;
  });
  return collect();
}

std::string OperatorClient::screenshot_from(const std::string& venue, const std::string& kiosk,
                                            core::Millis timeout) {
  const std::string who = venue + "/" + kiosk;
  std::unique_lock lock(mutex_);
  const bool got = cv_.wait_for(lock, timeout, [&] {
    for (const auto& [k, png] : screenshots_) {
      if (k == who) return true;
    }
    return false;
  });
  if (!got) return {};
  for (const auto& [k, png] : screenshots_) {
    if (k == who) return png;
  }
  return {};
}

}  // namespace marquee::fleet
