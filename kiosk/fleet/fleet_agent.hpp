#pragma once
// The kiosk's end of the fleet channel. It keeps one MQTT connection (with a retained last will
// that marks the kiosk offline), publishes the kiosk's status retained, takes commands from the
// kiosk's command topics, verifies each (command_verifier.hpp), hands the accepted ones to a
// CommandSink and acknowledges every command, accepted or not, on the kiosk's ack topic.
// It never draws and never decides what a command does: the app's sink does that on its own
// threads. Without a broker the kiosk works as before: this is a speed-up, not a dependency.
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "fleet/command_verifier.hpp"
#include "fleet/kiosk_status.hpp"
#include "fleet/mqtt_client.hpp"
#include "fleet/topics.hpp"

namespace marquee::fleet {

struct CommandOutcome {
  bool ok = true;
  std::string message;  // "ok", "emergency shown", "no show running", ...
};
// Called exactly once per delivered command, from any thread.
using CommandDone = std::function<void(CommandOutcome)>;

// What a kiosk does with a verified command. deliver() runs on the MQTT network thread and must
// not block: queue the work and call `done` when it has happened.
class CommandSink {
 public:
  virtual ~CommandSink() = default;
  virtual void deliver(const FleetCommand& command, CommandDone done) = 0;
};

struct FleetAgentSettings {
  MqttOptions mqtt;  // client id and will are filled in from the address
  FleetAddress address;
  std::vector<sync::PublicKey> trusted_keys;
  std::filesystem::path sequence_file;  // empty: replay protection in memory only
  core::Millis status_interval{std::chrono::seconds(15)};
  core::Millis min_change_interval{std::chrono::seconds(1)};  // a busy touch screen is not a status flood
};

class FleetAgent {
 public:
  static core::Result<std::unique_ptr<FleetAgent>> start(FleetAgentSettings settings,
                                                         const core::Clock& clock, CommandSink& sink);
  // Publishes "offline" (retained) and disconnects cleanly.
  ~FleetAgent();

  // The owner's newest view of the kiosk (any thread, as often as it likes: every frame is fine).
  // Published when it differs in substance from the last one sent (at most once per
  // min_change_interval) and every status_interval regardless.
  void update_status(KioskStatus status);
  // PNG bytes answering a screenshot command.
  bool publish_screenshot(const std::string& png);

  bool connected() const { return client_->connected(); }
  const FleetAddress& address() const { return settings_.address; }
  // Counters for tests and the status.
  std::size_t commands_accepted() const;
  std::size_t commands_rejected() const;

 private:
  FleetAgent(FleetAgentSettings settings, const core::Clock& clock, CommandSink& sink);
  void handle_connected();
  void handle_message(std::string_view topic, std::string_view payload);
  void acknowledge(const std::string& sender, std::uint64_t seq, std::string_view kind,
                   std::string_view result, std::string_view reason, const std::string& message);
  // Fills the agent's own fields into the status and publishes it (mutex_ held).
  void publish_status_locked(core::WallTime now);

  FleetAgentSettings settings_;
  const core::Clock& clock_;
  CommandSink& sink_;
  CommandVerifier verifier_;
  std::unique_ptr<MqttClient> client_;
  std::vector<std::string> command_topics_;

  mutable std::mutex mutex_;
  KioskStatus status_;               // newest from the owner
  std::optional<KioskStatus> sent_;  // last published
  core::WallTime sent_at_{};
  bool have_status_ = false;
  std::string last_command_, last_rejected_;
  std::optional<core::WallTime> last_rejected_at_;
  std::size_t accepted_ = 0, rejected_ = 0;
};

}  // namespace marquee::fleet
