// marquee fleet status|watch|send|exporter: the operator's view of and voice to every kiosk over
// the MQTT fleet channel (kiosk/fleet). Commands are signed with the operator's Ed25519 key.
#include <cmath>
#include <fstream>
#include <iostream>
#include <thread>

#include "app/commands.hpp"
#include "app/stop_signal.hpp"
#include "core/time_zone.hpp"
#include "fleet/fleet_settings.hpp"
#include "fleet/metrics_exporter.hpp"
#include "fleet/operator_client.hpp"
#include "fleet/topics.hpp"
#include "sync/crypto.hpp"

namespace marquee::app {
namespace {

struct Connection {
  std::string broker = "mqtt://127.0.0.1:1883";
  std::string username, password_file, ca_file, cert_file, key_file;
};

void add_connection_options(CLI::App* cmd, Connection& c) {
  cmd->add_option("--broker", c.broker, "MQTT broker: mqtt://HOST[:PORT] or mqtts://HOST[:PORT]")
      ->capture_default_str();
  cmd->add_option("--username", c.username, "Broker user name");
  cmd->add_option("--password-file", c.password_file, "File whose first line is the broker password");
  cmd->add_option("--ca-file", c.ca_file, "TLS: the broker's CA certificate");
  cmd->add_option("--cert-file", c.cert_file, "TLS: client certificate");
  cmd->add_option("--key-file", c.key_file, "TLS: client certificate's key");
}

core::Result<std::unique_ptr<fleet::OperatorClient>> connect(const Connection& c) {
  fleet::FleetConfig config;
  config.broker = c.broker;
  config.username = c.username;
  config.password_file = c.password_file;
  config.ca_file = c.ca_file;
  config.cert_file = c.cert_file;
  config.key_file = c.key_file;
  auto options = fleet::mqtt_options(config);
  if (!options) return options.error();
  return fleet::OperatorClient::connect(std::move(*options), core::SystemClock::instance(),
                                        core::Millis{5000});
}

struct SendOptions {
  Connection connection;
  std::string target, kind, value, announcement, at, operator_key, sender = "operator", out;
  std::vector<std::string> texts;
  int in_ms = -1;
  int expires_s = 60;
  int expect = 0;
  double wait_s = 3;
};

// Builds the command from the CLI words; errors say which option is wrong.
core::Result<fleet::FleetCommand> build_command(const SendOptions& o, fleet::OperatorClient& op) {
  auto topic = fleet::target_topic(o.target);
  if (!topic) return topic.error();
  fleet::FleetCommand c;
  c.sender = o.sender;
  c.seq = op.next_sequence();
  c.issued = core::SystemClock::instance().wall_now();
  c.expires = c.issued + std::chrono::seconds(o.expires_s);
  c.target = *topic;
  const std::string who = "fleet:" + o.sender;
  const auto need_value = [&](const char* what) -> core::Status {
    if (o.value.empty()) return core::make_error(o.kind + " needs " + what);
    return core::Ok{};
  };
  const auto show = [&](show::ShowCommand s) {
    c.kind = fleet::CommandKind::Show;
    c.show = std::move(s);
  };
  if (o.kind == "refresh") {
    c.kind = fleet::CommandKind::Refresh;
  } else if (o.kind == "emergency-on") {
    c.kind = fleet::CommandKind::EmergencyOn;
    c.announcement = o.announcement;
    for (const auto& t : o.texts) {
      const auto eq = t.find('=');
      if (eq == std::string::npos)
        return core::make_error("--text takes LANG=MESSAGE, e.g. --text en='Please leave'");
      c.text[t.substr(0, eq)] = t.substr(eq + 1);
    }
  } else if (o.kind == "emergency-off") {
    c.kind = fleet::CommandKind::EmergencyOff;
  } else if (o.kind == "go" || o.kind == "stop") {
    if (auto st = need_value("a cue name"); !st) return st.error();
    show(o.kind == "go" ? show::ShowCommand::go(o.value, who) : show::ShowCommand::stop(o.value, who));
    if (!o.at.empty()) {
      auto at = core::parse_iso8601(o.at);
      if (!at) return core::make_error("--at: " + at.error().message);
      c.show->at = *at;
    } else if (o.in_ms >= 0) {
      c.show->at = c.issued + core::Millis{o.in_ms};
    }
  } else if (o.kind == "hold" || o.kind == "resume" || o.kind == "blackout" || o.kind == "release") {
    show(show::ShowCommand::simple(*show::action_from_name(o.kind), who));
  } else if (o.kind == "shift") {
    if (auto st = need_value("seconds, e.g. 300 or -60"); !st) return st.error();
    show(show::ShowCommand::shift(std::atoi(o.value.c_str()), who));
  } else if (o.kind == "grand-master") {
    if (auto st = need_value("a level from 0 to 1"); !st) return st.error();
    show(show::ShowCommand::grand_master(std::strtof(o.value.c_str(), nullptr), who));
  } else if (o.kind == "language") {
    if (auto st = need_value("en, zh or es"); !st) return st.error();
    c.kind = fleet::CommandKind::SetLanguage;
    c.language = o.value;
  } else if (o.kind == "screenshot") {
    c.kind = fleet::CommandKind::Screenshot;
  } else if (o.kind == "restart") {
    c.kind = fleet::CommandKind::Restart;
  } else {
    return core::make_error(
        "unknown command \"" + o.kind +
        "\": refresh, emergency-on, emergency-off, go, stop, hold, resume, shift, blackout, "
        "release, grand-master, language, screenshot, restart");
  }
  // The same checks a kiosk makes, before anything leaves this machine.
  if (auto parsed = fleet::parse_fleet_command(fleet::to_json(c)); !parsed) return parsed.error();
  return c;
}

int run_send(const SendOptions& o) {
  auto key = sync::read_secret_key_file(o.operator_key);
  if (!key) {
    std::cerr << "fleet send: " << key.error().message << '\n';
    return 2;
  }
  auto op = connect(o.connection);
  if (!op) {
    std::cerr << "fleet send: " << op.error().message << '\n';
    return 1;
  }
  auto command = build_command(o, **op);
  if (!command) {
    std::cerr << "fleet send: " << command.error().message << '\n';
    return 2;
  }
  if (auto st = (*op)->send(*command, *key); !st) {
    std::cerr << "fleet send: " << st.error().message << '\n';
    return 1;
  }
  std::cout << "sent " << fleet::describe(*command) << " to " << command->target << " (seq " << command->seq
            << ")\n";
  const auto acks = (*op)->acks_for(command->sender, command->seq, static_cast<std::size_t>(o.expect),
                                    core::Millis{static_cast<long long>(o.wait_s * 1000)});
  int failed = 0;
  for (const auto& a : acks) {
    std::cout << a.venue << "/" << a.kiosk << ": " << a.result << (a.message.empty() ? "" : ": " + a.message)
              << '\n';
    failed += a.result == "ok" ? 0 : 1;
  }
  std::cout << acks.size() << " acknowledged, " << failed << " not ok\n";
  if (command->kind == fleet::CommandKind::Screenshot && !o.out.empty() && !acks.empty()) {
    const std::string png =
        (*op)->screenshot_from(acks.front().venue, acks.front().kiosk, core::Millis{5000});
    std::ofstream(o.out, std::ios::binary) << png;
    std::cout << "wrote " << o.out << " (" << png.size() << " bytes)\n";
  }
  if (failed > 0 || (o.expect > 0 && acks.size() < static_cast<std::size_t>(o.expect))) return 1;
  return 0;
}

}  // namespace

void add_fleet_command(CLI::App& app, CommandContext& ctx) {
  auto* fleet_cmd = app.add_subcommand("fleet", "Watch and command every kiosk over the MQTT fleet channel");
  fleet_cmd->require_subcommand(1);

  auto status_conn = std::make_shared<Connection>();
  auto status_wait = std::make_shared<double>(1.5);
  auto* status = fleet_cmd->add_subcommand("status", "Print one line per kiosk from their retained status");
  add_connection_options(status, *status_conn);
  status->add_option("--wait", *status_wait, "Seconds to collect statuses at most")->capture_default_str();
  status->callback([status_conn, status_wait, &ctx] {
    auto op = connect(*status_conn);
    if (!op) {
      std::cerr << "fleet status: " << op.error().message << '\n';
      ctx.exit_code = 1;
      return;
    }
    (*op)->settle(core::Millis{300}, core::Millis{static_cast<long long>(*status_wait * 1000)});
    std::cout << (*op)->table().render(core::SystemClock::instance().wall_now());
  });

  auto watch_conn = std::make_shared<Connection>();
  auto watch_every = std::make_shared<double>(1.0);
  auto watch_for = std::make_shared<double>(0.0);
  auto* watch = fleet_cmd->add_subcommand("watch", "The status table, redrawn live until Ctrl+C");
  add_connection_options(watch, *watch_conn);
  watch->add_option("--every", *watch_every, "Seconds between redraws")->capture_default_str();
  watch->add_option("--for", *watch_for, "Stop after this many seconds (0: until Ctrl+C)");
  watch->callback([watch_conn, watch_every, watch_for, &ctx] {
    install_stop_signals();
    auto op = connect(*watch_conn);
    if (!op) {
      std::cerr << "fleet watch: " << op.error().message << '\n';
      ctx.exit_code = 1;
      return;
    }
    const auto start = std::chrono::steady_clock::now();
    while (!stop_signal_received()) {
      std::cout << "\x1b[H\x1b[2J" << core::format_iso8601_utc(core::SystemClock::instance().wall_now())
                << '\n'
                << (*op)->table().render(core::SystemClock::instance().wall_now()) << std::flush;
      if (*watch_for > 0 &&
          std::chrono::steady_clock::now() - start >= std::chrono::duration<double>(*watch_for))
        break;
      std::this_thread::sleep_for(std::chrono::duration<double>(std::max(0.1, *watch_every)));
    }
  });

  auto send = std::make_shared<SendOptions>();
  auto* send_cmd = fleet_cmd->add_subcommand(
      "send", "Sign a command with the operator key and send it to kiosks; prints their acknowledgements");
  add_connection_options(send_cmd, send->connection);
  send_cmd->add_option("target", send->target, "all, venue:V, kiosk:V/K, zone:V/Z or tag:V/T")->required();
  send_cmd
      ->add_option("command", send->kind,
                   "refresh, emergency-on, emergency-off, go, stop, hold, resume, shift, blackout, release, "
                   "grand-master, language, screenshot, restart")
      ->required();
  send_cmd->add_option("value", send->value,
                       "go/stop: cue; shift: seconds; grand-master: 0..1; language: en|zh|es");
  send_cmd->add_option("--text", send->texts, "emergency-on: LANG=MESSAGE (en required; zh, es)");
  send_cmd->add_option("--announcement", send->announcement,
                       "emergency-on: an announcement id from the content");
  send_cmd->add_option("--at", send->at, "go/stop: at this instant (ISO 8601), on every kiosk at once");
  send_cmd->add_option("--in", send->in_ms,
                       "go/stop: this many milliseconds from now, on every kiosk at once");
  send_cmd->add_option("--operator-key", send->operator_key, "The operator's secret key (marquee keygen)")
      ->required();
  send_cmd->add_option("--sender", send->sender, "Who sends it (in acks, logs and replay protection)")
      ->capture_default_str();
  send_cmd->add_option("--expires", send->expires_s, "Seconds the command stays valid (1..3600)")
      ->capture_default_str()
      ->check(CLI::Range(1, 3600));
  send_cmd->add_option("--expect", send->expect, "Wait for this many acknowledgements (exit 1 if fewer)");
  send_cmd->add_option("--wait", send->wait_s, "Seconds to wait for acknowledgements")->capture_default_str();
  send_cmd->add_option("--out", send->out, "screenshot: write the first kiosk's PNG here");
  send_cmd->callback([send, &ctx] { ctx.exit_code = run_send(*send); });

  auto exp_conn = std::make_shared<Connection>();
  auto listen = std::make_shared<std::string>("127.0.0.1:9368");
  auto* exporter =
      fleet_cmd->add_subcommand("exporter", "Serve every kiosk's status as Prometheus metrics (/metrics)");
  add_connection_options(exporter, *exp_conn);
  exporter->add_option("--listen", *listen, "HOST:PORT to serve on")->capture_default_str();
  exporter->callback([exp_conn, listen, &ctx] {
    install_stop_signals();
    const auto colon = listen->rfind(':');
    const int port = colon == std::string::npos ? 0 : std::atoi(listen->c_str() + colon + 1);
    if (colon == std::string::npos || port <= 0 || port > 65535) {
      std::cerr << "fleet exporter: --listen takes HOST:PORT\n";
      ctx.exit_code = 2;
      return;
    }
    auto op = connect(*exp_conn);
    if (!op) {
      std::cerr << "fleet exporter: " << op.error().message << '\n';
      ctx.exit_code = 1;
      return;
    }
    if (auto st = fleet::serve_metrics((*op)->table(), core::SystemClock::instance(),
                                       listen->substr(0, colon), port, &stop_signal_received);
        !st) {
      std::cerr << "fleet exporter: " << st.error().message << '\n';
      ctx.exit_code = 1;
    }
  });
}

}  // namespace marquee::app
