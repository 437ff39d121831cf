// marquee keygen --out PREFIX: writes an Ed25519 key pair, PREFIX.key (secret, 0600) and PREFIX.pub.
#include <iostream>

#include "app/commands.hpp"
#include "sync/crypto.hpp"

namespace marquee::app {

void add_keygen_command(CLI::App& app, CommandContext& ctx) {
  auto prefix = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("keygen", "Create an Ed25519 key pair for signing content bundles");
  cmd->add_option("--out", *prefix, "Writes PREFIX.key (secret, mode 0600) and PREFIX.pub")->required();
  cmd->callback([prefix, &ctx] {
    const auto keys = sync::generate_key_pair();
    if (auto s = sync::write_key_files(keys, *prefix); !s) {
      std::cerr << "keygen: " << s.error().message << '\n';
      ctx.exit_code = 1;
      return;
    }
    std::cout << "wrote " << *prefix << ".key (keep secret) and " << *prefix << ".pub (give to kiosks)\n";
  });
}

}  // namespace marquee::app
