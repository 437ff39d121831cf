#include "fleet/fleet_agent.hpp"

#include <nlohmann/json.hpp>

#include "core/log.hpp"
#include "core/time_zone.hpp"

namespace marquee::fleet {
namespace {

spdlog::logger* log() {
  static const auto logger = core::component_logger("fleet");
  return logger.get();
}

}  // namespace

FleetAgent::FleetAgent(FleetAgentSettings settings, const core::Clock& clock, CommandSink& sink)
    : settings_(std::move(settings)),
      clock_(clock),
      sink_(sink),
      verifier_(settings_.trusted_keys, command_topics(settings_.address), clock, settings_.sequence_file),
      command_topics_(command_topics(settings_.address)) {}

core::Result<std::unique_ptr<FleetAgent>> FleetAgent::start(FleetAgentSettings settings,
                                                            const core::Clock& clock, CommandSink& sink) {
  if (auto st = check_address(settings.address); !st) return st.error();
  if (settings.trusted_keys.empty())
    return core::make_error(
        "fleet: no trusted key to verify commands with ([mqtt] operator_keys or [sync] public_key)");
  auto& m = settings.mqtt;
  if (m.client_id.empty()) m.client_id = "marquee-" + settings.address.venue + "-" + settings.address.kiosk;
  m.will = MqttOptions::Will{status_topic(settings.address),
                             offline_json(settings.address.venue, settings.address.kiosk), true};
  std::unique_ptr<FleetAgent> agent(new FleetAgent(std::move(settings), clock, sink));
  auto client = MqttClient::create(agent->settings_.mqtt);
  if (!client) return client.error();
  agent->client_ = std::move(*client);
  FleetAgent* self = agent.get();
  agent->client_->on_connect([self] { self->handle_connected(); });
  agent->client_->on_message([self](std::string_view topic, std::string_view payload, bool) {
    self->handle_message(topic, payload);
  });
  if (auto st = agent->client_->start(); !st) return st.error();
  return agent;
}

FleetAgent::~FleetAgent() {
  if (client_ && client_->connected()) {
    // A clean disconnect does not fire the will: say "offline" ourselves so the fleet knows.
    client_->publish(status_topic(settings_.address),
                     offline_json(settings_.address.venue, settings_.address.kiosk),
                     /*retain=*/true);
  }
  if (client_) client_->stop();
}

void FleetAgent::handle_connected() {
  for (const auto& topic : command_topics_) client_->subscribe(topic);
  std::lock_guard lock(mutex_);
  sent_.reset();  // a fresh session: the retained status is republished at once
  if (have_status_) publish_status_locked(clock_.wall_now());
}

void FleetAgent::update_status(KioskStatus status) {
  const auto now = clock_.wall_now();
  std::lock_guard lock(mutex_);
  status_ = std::move(status);
  have_status_ = true;
  if (!client_->connected()) return;
  const bool due = !sent_ || now - sent_at_ >= settings_.status_interval;
  KioskStatus candidate = status_;
  candidate.last_command = last_command_;
  candidate.last_rejected = last_rejected_;
  const bool changed =
      sent_ && differs_in_substance(candidate, *sent_) && now - sent_at_ >= settings_.min_change_interval;
  if (due || changed) publish_status_locked(now);
}

void FleetAgent::publish_status_locked(core::WallTime now) {
  KioskStatus s = status_;
  s.kiosk = settings_.address.kiosk;
  s.venue = settings_.address.venue;
  s.online = true;
  s.last_command = last_command_;
  s.last_rejected = last_rejected_;
  s.last_rejected_at = last_rejected_at_;
  s.at = now;
  if (client_->publish(status_topic(settings_.address), to_json(s), /*retain=*/true)) {
    sent_ = std::move(s);
    sent_at_ = now;
  }
}

bool FleetAgent::publish_screenshot(const std::string& png) {
  return client_->publish(screenshot_topic(settings_.address), png, /*retain=*/false);
}

std::size_t FleetAgent::commands_accepted() const {
  std::lock_guard lock(mutex_);
  return accepted_;
}

std::size_t FleetAgent::commands_rejected() const {
  std::lock_guard lock(mutex_);
  return rejected_;
}

void FleetAgent::acknowledge(const std::string& sender, std::uint64_t seq, std::string_view kind,
                             std::string_view result, std::string_view reason, const std::string& message) {
  nlohmann::ordered_json j;
  j["kiosk"] = settings_.address.kiosk;
  j["venue"] = settings_.address.venue;
  if (!sender.empty()) j["sender"] = sender;
  if (seq != 0) j["seq"] = seq;
  if (!kind.empty()) j["kind"] = kind;
  j["result"] = result;  // ok | failed | rejected
  if (!reason.empty()) j["reason"] = reason;
  j["message"] = message;
  j["at"] = core::format_iso8601_utc_ms(clock_.wall_now());
  client_->publish(ack_topic(settings_.address),
                   j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void FleetAgent::handle_message(std::string_view topic, std::string_view payload) {
  Verdict verdict = verifier_.check(topic, payload);
  if (!verdict.accepted()) {
    const std::string reason(rejection_name(verdict.rejection));
    log()->warn("refused a command on {}: {}: {}", topic, reason, verdict.message);
    {
      std::lock_guard lock(mutex_);
      ++rejected_;
      last_rejected_ = reason + ": " + verdict.message;
      last_rejected_at_ = clock_.wall_now();
      if (have_status_ && client_->connected()) publish_status_locked(clock_.wall_now());
    }
    acknowledge({}, 0, {}, "rejected", reason, verdict.message);
    return;
  }
  const FleetCommand command = std::move(*verdict.command);
  log()->info("command {} #{} from {}: {}", kind_name(command.kind), command.seq, command.sender,
              describe(command));
  {
    std::lock_guard lock(mutex_);
    ++accepted_;
  }
  const std::string sender = command.sender, kind(kind_name(command.kind)), what = describe(command);
  const std::uint64_t seq = command.seq;
  sink_.deliver(command, [this, sender, seq, kind, what](CommandOutcome outcome) {
    {
      std::lock_guard lock(mutex_);
      last_command_ = what + " from " + sender + " #" + std::to_string(seq) + ": " +
                      (outcome.ok ? "ok" : "failed: " + outcome.message);
    }
    acknowledge(sender, seq, kind, outcome.ok ? "ok" : "failed", {}, outcome.message);
  });
}

}  // namespace marquee::fleet
