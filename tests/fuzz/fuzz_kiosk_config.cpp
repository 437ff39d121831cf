// The kiosk's TOML config, parsed from memory as load_kiosk_config does from a file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "app/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)marquee::app::parse_kiosk_config(text, "/etc/marquee/kiosk.toml");
  return 0;
}
