#pragma once
// The operator's connection to the fleet (`marquee fleet status|watch|send|exporter`): keeps the
// table of kiosk statuses current from the retained status topics, sends signed commands and
// collects the kiosks' acknowledgements.
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "fleet/fleet_command.hpp"
#include "fleet/fleet_table.hpp"
#include "fleet/mqtt_client.hpp"
#include "sync/crypto.hpp"

namespace marquee::fleet {

struct Ack {
  std::string venue, kiosk, sender, kind, result, reason, message;
  std::uint64_t seq = 0;
  core::WallTime received{};
};

class OperatorClient {
 public:
  static core::Result<std::unique_ptr<OperatorClient>> connect(MqttOptions options, const core::Clock& clock,
                                                               core::Millis timeout);
  ~OperatorClient();

  FleetTable& table() { return table_; }
  // Waits until no status has arrived for `quiet` (the retained ones come in a burst), at most `max`.
  void settle(core::Millis quiet, core::Millis max);

  // The next sequence number for `sender`: microseconds since 1970, so separate invocations of the
  // CLI keep increasing without any state on disk.
  std::uint64_t next_sequence();
  // Signs and publishes; returns the topic it went to.
  core::Status send(const FleetCommand& command, const sync::SecretKey& key);
  // Acks for (sender, seq) received so far; waits until `expected` of them arrived or `timeout`.
  std::vector<Ack> acks_for(const std::string& sender, std::uint64_t seq, std::size_t expected,
                            core::Millis timeout);
  // Waits for one screenshot from the kiosk (its PNG bytes), or empty after `timeout`.
  std::string screenshot_from(const std::string& venue, const std::string& kiosk, core::Millis timeout);

 private:
  OperatorClient(const core::Clock& clock) : clock_(clock) {}
  void handle(std::string_view topic, std::string_view payload);

  const core::Clock& clock_;
  std::unique_ptr<MqttClient> client_;
  FleetTable table_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<Ack> acks_;
  std::map<std::pair<std::string, std::uint64_t>, std::size_t> ack_counts_;  // (sender, seq) -> acks
  std::vector<std::pair<std::string, std::string>> screenshots_;             // "venue/kiosk", PNG
  core::MonoTime last_status_{};
  std::uint64_t last_seq_ = 0;
};

}  // namespace marquee::fleet
