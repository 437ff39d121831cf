// Show-control commands (JSON, as the fleet channel will deliver them): parse, and for a command
// that parses, serialise it and parse that again; the second parse must give the same command.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "show/show_command.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto command = marquee::show::parse_show_command(text, "fuzz");
  if (!command) return 0;
  (void)marquee::show::describe(*command);
  auto again = marquee::show::parse_show_command(marquee::show::to_json(*command), "fuzz");
  if (!again || again->action != command->action || again->shift_seconds != command->shift_seconds) std::abort();
  return 0;
}
