// The lighting patch (TOML): parse, validate, and for a patch that loads, build the rig and the
// DMX mapping the output thread would use.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lighting/patch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto patch = marquee::lighting::parse_patch(text, "fuzz.toml");
  if (patch) {
    (void)patch->rig();
    (void)patch->universes();
  }
  return 0;
}
