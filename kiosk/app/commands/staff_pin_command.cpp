// marquee staff-pin: turns a staff PIN (read from standard input) into the libsodium password
// hash that goes in the kiosk config as [staff] pin_hash. The PIN itself is never stored.
#include <sodium.h>

#include <iostream>
#include <string>

#include "app/commands.hpp"

namespace marquee::app {
namespace {

int hash_pin() {
  std::string pin;
  std::getline(std::cin, pin);
  if (pin.size() < 4 || pin.size() > 12 || pin.find_first_not_of("0123456789") != std::string::npos) {
    std::cerr << "marquee staff-pin: a PIN is 4 to 12 digits\n";
    return 2;
  }
  char hash[crypto_pwhash_STRBYTES];
  if (sodium_init() < 0 ||
      crypto_pwhash_str(hash, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    std::cerr << "marquee staff-pin: hashing failed (out of memory?)\n";
    return 1;
  }
  std::cout << "pin_hash = \"" << hash << "\"\n";
  return 0;
}

}  // namespace

void add_staff_pin_command(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("staff-pin",
                                 "Hash a staff PIN (from stdin) for the kiosk config's [staff] pin_hash");
  cmd->callback([&ctx] { ctx.exit_code = hash_pin(); });
}

}  // namespace marquee::app
