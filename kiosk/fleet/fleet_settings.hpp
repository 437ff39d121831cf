#pragma once
// The [mqtt] table of a kiosk config, and turning it into an agent's settings:
//
//   [mqtt]
//   broker = "mqtts://broker.venue.example:8883"   # mqtt://host[:port] (1883) or mqtts:// (8883, TLS)
//   username = "kiosk-bj-a-1"
//   password_file = "/etc/marquee/mqtt.password"    # first line; kept out of the config itself
//   ca_file = "/etc/marquee/broker-ca.pem"          # TLS: the broker's CA (mqtts:// without it: system CAs)
//   cert_file = "/etc/marquee/kiosk.pem"            # TLS client certificate and its key (optional)
//   key_file = "/etc/marquee/kiosk.key"
//   operator_keys = ["/etc/marquee/operator.pub"]   # who may send commands (also: [sync] public_key)
//   status_interval_s = 15
//   keepalive_s = 15
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "fleet/fleet_agent.hpp"

namespace marquee::fleet {

struct FleetConfig {
  std::string broker;  // empty: no fleet channel
  std::string username;
  std::filesystem::path password_file, ca_file, cert_file, key_file;
  std::vector<std::filesystem::path> operator_keys;
  int status_interval_s = 15;
  int keepalive_s = 15;
};

struct BrokerAddress {
  std::string host;
  int port = 1883;
  bool tls = false;
};
// "mqtt://host:port", "mqtts://host", "host:port", "host", "[::1]:1883".
core::Result<BrokerAddress> parse_broker(std::string_view text);

// The connection part of the table: broker address, user name, the password file's first line,
// TLS files (mqtts:// without a ca_file trusts the system's CAs). Used by kiosks and the operator CLI.
core::Result<MqttOptions> mqtt_options(const FleetConfig& config);

// Reads key and password files and fills the MQTT options. `bundle_key` (the [sync] public key,
// may be empty) is trusted besides the operator keys: whoever may publish content may command.
core::Result<FleetAgentSettings> make_agent_settings(const FleetConfig& config, FleetAddress address,
                                                     const std::filesystem::path& bundle_key,
                                                     const std::filesystem::path& state_dir);

}  // namespace marquee::fleet
