#include "fleet/fleet_settings.hpp"

#include <charconv>

#include "core/read_file.hpp"
#include "sync/crypto.hpp"

namespace marquee::fleet {

core::Result<BrokerAddress> parse_broker(std::string_view text) {
  BrokerAddress b;
  std::string_view rest = text;
  if (rest.starts_with("mqtts://")) {
    b.tls = true;
    b.port = 8883;
    rest.remove_prefix(8);
  } else if (rest.starts_with("mqtt://")) {
    rest.remove_prefix(7);
  } else if (rest.find("://") != std::string_view::npos) {
    return core::make_error("broker \"" + std::string(text) + "\": the scheme must be mqtt:// or mqtts://");
  }
  if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
  std::string_view host = rest, port;
  if (rest.starts_with("[")) {  // [v6 address]:port
    const auto close = rest.find(']');
    if (close == std::string_view::npos)
      return core::make_error("broker \"" + std::string(text) + "\": unclosed [");
    host = rest.substr(1, close - 1);
    if (close + 1 < rest.size()) {
      if (rest[close + 1] != ':')
        return core::make_error("broker \"" + std::string(text) + "\": expected :port after ]");
      port = rest.substr(close + 2);
    }
  } else if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
    host = rest.substr(0, colon);
    port = rest.substr(colon + 1);
  }
  if (host.empty()) return core::make_error("broker \"" + std::string(text) + "\": no host");
  if (!port.empty()) {
    int p = 0;
    const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
    if (ec != std::errc{} || end != port.data() + port.size() || p < 1 || p > 65535)
      return core::make_error("broker \"" + std::string(text) + "\": the port must be 1..65535");
    b.port = p;
  }
  b.host = host;
  return b;
}

core::Result<MqttOptions> mqtt_options(const FleetConfig& config) {
  auto broker = parse_broker(config.broker);
  if (!broker) return core::make_error("[mqtt] " + broker.error().message);
  MqttOptions o;
  o.host = broker->host;
  o.port = broker->port;
  o.keepalive_s = config.keepalive_s;
  o.username = config.username;
  if (!config.password_file.empty()) {
    const auto file = core::read_file(config.password_file, 4096);
    if (!file)
      return core::make_error("[mqtt] password_file " + config.password_file.string() + ": " +
                              core::describe(file.failure, 4096));
    o.password = file.text.substr(0, file.text.find_first_of("\r\n"));
  }
  o.ca_file = config.ca_file.string();
  o.cert_file = config.cert_file.string();
  o.key_file = config.key_file.string();
  if (broker->tls && o.ca_file.empty()) o.ca_file = "/etc/ssl/certs/ca-certificates.crt";
  return o;
}

core::Result<FleetAgentSettings> make_agent_settings(const FleetConfig& config, FleetAddress address,
                                                     const std::filesystem::path& bundle_key,
                                                     const std::filesystem::path& state_dir) {
  auto mqtt = mqtt_options(config);
  if (!mqtt) return mqtt.error();
  FleetAgentSettings s;
  s.address = std::move(address);
  s.mqtt = std::move(*mqtt);
  for (const auto& path : config.operator_keys) {
    auto key = sync::read_public_key_file(path);
    if (!key) return core::make_error("[mqtt] operator_keys: " + key.error().message);
    s.trusted_keys.push_back(*key);
  }
  if (!bundle_key.empty()) {
    auto key = sync::read_public_key_file(bundle_key);
    if (!key) return core::make_error("[sync] public_key: " + key.error().message);
    s.trusted_keys.push_back(*key);
  }
  if (s.trusted_keys.empty())
    return core::make_error(
        "[mqtt]: commands cannot be verified without a key: set operator_keys or [sync] public_key");
  if (!state_dir.empty()) s.sequence_file = state_dir / "fleet-sequences.json";
  s.status_interval = std::chrono::seconds(config.status_interval_s);
  return s;
}

}  // namespace marquee::fleet
