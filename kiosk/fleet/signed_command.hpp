#pragma once
// The envelope a command travels in: {"body":"<the command's JSON>","sig":"<base64 Ed25519>"}.
// The signature covers exactly the body's bytes (the same Ed25519 scheme and key files as content
// bundles, sync/crypto.hpp), so nothing a broker or a client library does to whitespace or key
// order can change what was signed.
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "fleet/fleet_command.hpp"
#include "sync/crypto.hpp"

namespace marquee::fleet {

// Signs the command's JSON body and wraps it.
std::string seal(const FleetCommand& command, const sync::SecretKey& key);

struct Envelope {
  std::string body;       // the signed bytes
  std::string signature;  // 64 raw bytes, or empty when the envelope carries none
};
// Splits an envelope without judging it; an error when it is not the envelope's shape.
core::Result<Envelope> open_envelope(std::string_view payload);

}  // namespace marquee::fleet
