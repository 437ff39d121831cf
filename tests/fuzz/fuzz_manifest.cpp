// Manifest + signature check as the sync thread runs them on what a server sends: the first 64
// bytes are the detached signature, the rest the manifest. Random input never carries a valid
// signature, so the manifest parser and the path checks also run on every input directly.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "sync/crypto.hpp"
#include "sync/manifest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace marquee::sync;
  static const KeyPair keys = generate_key_pair();
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::string_view sig = all.substr(0, 64), text = all.substr(sig.size());
  (void)verify_detached(text, sig, keys.public_key);
  if (auto m = parse_manifest(text)) {
    (void)check_manifest_paths(*m);
    (void)serialize_manifest(*m);
  }
  return 0;
}
