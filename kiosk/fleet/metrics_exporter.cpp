#include "fleet/metrics_exporter.hpp"

#include <httplib.h>

#include <thread>

#include "core/log.hpp"

namespace marquee::fleet {

core::Status serve_metrics(FleetTable& table, const core::Clock& clock, const std::string& host, int port,
                           bool (*stop_requested)()) {
  httplib::Server server;
  server.Get("/metrics", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(table.prometheus(clock.wall_now()), "text/plain; version=0.0.4; charset=utf-8");
  });
  server.Get("/", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("marquee fleet exporter: metrics at /metrics\n", "text/plain");
  });
  if (!server.bind_to_port(host, port))
    return core::make_error("cannot listen on " + host + ":" + std::to_string(port));
  core::component_logger("fleet")->info("serving metrics on http://{}:{}/metrics", host, port);
  std::thread watcher([&] {
    while (!stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(200));
    server.stop();
  });
  server.listen_after_bind();
  server.stop();
  watcher.join();
  return core::Ok{};
}

}  // namespace marquee::fleet
