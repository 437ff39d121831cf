// Fleet channel messages as a broker could deliver them: the envelope, the command body and a
// kiosk status. A body that parses must serialise and parse back to the same command; nothing may
// crash, and the verifier must refuse everything not signed by its key.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/clock.hpp"
#include "fleet/command_verifier.hpp"
#include "fleet/fleet_command.hpp"
#include "fleet/kiosk_status.hpp"
#include "fleet/signed_command.hpp"
#include "fleet/topics.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const sync::KeyPair keys = sync::generate_key_pair();
  static core::ManualClock clock{core::WallTime{std::chrono::seconds(1806000000)}};
  static fleet::CommandVerifier verifier({keys.public_key}, fleet::command_topics({"bj", "k1", "z", {"t"}}), clock);
  if (verifier.check("marquee/bj/all", text).accepted()) std::abort();  // nobody here holds the key
  (void)fleet::open_envelope(text);
  (void)fleet::parse_kiosk_status(text);
  auto command = fleet::parse_fleet_command(text);
  if (!command) return 0;
  (void)fleet::describe(*command);
  auto again = fleet::parse_fleet_command(fleet::to_json(*command));
  if (!again || again->kind != command->kind || again->seq != command->seq || again->target != command->target ||
      again->text != command->text)
    std::abort();
  return 0;
}
