#pragma once
// The cryptography of a bundle, all from libsodium: SHA-256 of files (content addressing) and
// Ed25519 detached signatures of the manifest bytes. Keys live in small text files.
#include <sodium.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace marquee::sync {

constexpr std::size_t kPublicKeyBytes = 32;
constexpr std::size_t kSecretKeyBytes = 64;
constexpr std::size_t kSignatureBytes = 64;

using PublicKey = std::array<unsigned char, kPublicKeyBytes>;
using SecretKey = std::array<unsigned char, kSecretKeyBytes>;

// Calls sodium_init() once; every function below does it for you.
void ensure_sodium();

// Streaming SHA-256: objects are hashed while they download, never re-read.
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  std::string hex_digest();  // lowercase, 64 characters; call once

 private:
  crypto_hash_sha256_state state_{};
};

std::string sha256_hex(std::string_view bytes);
core::Result<std::string> sha256_file_hex(const std::filesystem::path& path);
bool is_sha256_hex(std::string_view text);

struct KeyPair {
  PublicKey public_key{};
  SecretKey secret_key{};
};
KeyPair generate_key_pair();

// Key files: a header line naming the kind, then the key in base64 ("marquee-ed25519-public-key v1").
std::string format_public_key(const PublicKey& key);
std::string format_secret_key(const SecretKey& key);
core::Result<PublicKey> parse_public_key(std::string_view text, std::string_view source);
core::Result<SecretKey> parse_secret_key(std::string_view text, std::string_view source);
core::Result<PublicKey> read_public_key_file(const std::filesystem::path& path);
core::Result<SecretKey> read_secret_key_file(const std::filesystem::path& path);

// Writes PREFIX.pub (0644) and PREFIX.key (0600, created with that mode so it is never readable by others).
core::Status write_key_files(const KeyPair& keys, const std::string& prefix);

// Base64 (standard alphabet, padded), as key files and signed fleet commands carry it.
std::string to_base64(std::string_view bytes);
bool from_base64(std::string_view text, std::string& bytes);  // false for anything that is not base64

std::string sign_detached(std::string_view message, const SecretKey& key);  // 64 raw bytes
bool verify_detached(std::string_view message, std::string_view signature, const PublicKey& key);

}  // namespace marquee::sync
