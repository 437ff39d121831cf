// marquee serve DIR --port P: a development HTTP server for a published bundle (ETag, 304).
#include <iostream>

#include "app/commands.hpp"
#include "sync/dev_server.hpp"

namespace marquee::app {
namespace {

struct ServeArgs {
  std::string dir, host = "127.0.0.1";
  int port = 8080;
};

int run_serve(const ServeArgs& a) {
  sync::DevServer server(a.dir);
  auto port = server.bind(a.host, a.port);
  if (!port) {
    std::cerr << "serve: " << port.error().message << '\n';
    return 1;
  }
  server.on_request(
      [](const sync::ServedRequest& r) { std::cerr << r.status << ' ' << r.path << ' ' << r.bytes << '\n'; });
  std::cout << "serving " << a.dir << " on http://" << a.host << ':' << *port << "/" << std::endl;
  server.run();
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, CommandContext& ctx) {
  auto a = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "Serve a bundle folder over HTTP for development");
  cmd->add_option("dir", a->dir, "Bundle folder (the OUT of `marquee publish`)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--port", a->port, "TCP port (0 picks a free one)")->check(CLI::Range(0, 65535));
  cmd->add_option("--host", a->host, "Address to listen on");
  cmd->callback([a, &ctx] { ctx.exit_code = run_serve(*a); });
}

}  // namespace marquee::app
