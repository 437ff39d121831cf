#include "sync/crypto.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>

#include "sync/fs_util.hpp"

namespace marquee::sync {
namespace {

constexpr std::string_view kPublicHeader = "marquee-ed25519-public-key v1";
constexpr std::string_view kSecretHeader = "marquee-ed25519-secret-key v1";

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// Parses "<header>\n<base64>\n" into exactly N bytes.
template <std::size_t N>
core::Result<std::array<unsigned char, N>> parse_key(std::string_view text, std::string_view header,
                                                     std::string_view source) {
  ensure_sodium();
  const auto nl = text.find('\n');
  if (nl == std::string_view::npos || trim(text.substr(0, nl)) != header) {
    return core::make_error(std::string(source) + ": not a key file (first line must be \"" +
                            std::string(header) + "\")");
  }
  const std::string b64(trim(text.substr(nl + 1)));
  std::array<unsigned char, N> key{};
  std::size_t len = 0;
  if (sodium_base642bin(key.data(), key.size(), b64.data(), b64.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      len != N) {
    return core::make_error(std::string(source) + ": key is not " + std::to_string(N) + " bytes of base64");
  }
  return key;
}

core::Status write_new_file(const std::string& path, const std::string& text, mode_t mode) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) return core::make_error(path + ": " + std::strerror(errno));
  ::fchmod(fd, mode);  // O_CREAT's mode is masked by umask and ignored for an existing file
  const auto written = ::write(fd, text.data(), text.size());
  const bool ok = written == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) return core::make_error(path + ": write failed");
  return core::Ok{};
}

}  // namespace

std::string to_base64(std::string_view bytes) {
  ensure_sodium();
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::strlen(out.c_str()));
  return out;
}

bool from_base64(std::string_view text, std::string& bytes) {
  ensure_sodium();
  bytes.assign(text.size(), '\0');  // base64 never decodes to more bytes than characters
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(),
                        text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
    return false;
  bytes.resize(len);
  return true;
}

void ensure_sodium() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sodium_init() < 0) std::abort();  // no usable randomness: nothing safe can follow
  });
}

Sha256::Sha256() {
  ensure_sodium();
  crypto_hash_sha256_init(&state_);
}

void Sha256::update(std::string_view bytes) {
  crypto_hash_sha256_update(&state_, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

std::string Sha256::hex_digest() {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state_, digest);
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 h;
  h.update(bytes);
  return h.hex_digest();
}

core::Result<std::string> sha256_file_hex(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::make_error(path.string() + ": cannot open");
  Sha256 h;
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    h.update(std::string_view(buf, static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) return core::make_error(path.string() + ": read error");
  return h.hex_digest();
}

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

KeyPair generate_key_pair() {
  ensure_sodium();
  KeyPair keys;
  crypto_sign_keypair(keys.public_key.data(), keys.secret_key.data());
  return keys;
}

std::string format_public_key(const PublicKey& key) {
  return std::string(kPublicHeader) + "\n" +
         to_base64(std::string_view(reinterpret_cast<const char*>(key.data()), key.size())) + "\n";
}

std::string format_secret_key(const SecretKey& key) {
  return std::string(kSecretHeader) + "\n" +
         to_base64(std::string_view(reinterpret_cast<const char*>(key.data()), key.size())) + "\n";
}

core::Result<PublicKey> parse_public_key(std::string_view text, std::string_view source) {
  return parse_key<kPublicKeyBytes>(text, kPublicHeader, source);
}

core::Result<SecretKey> parse_secret_key(std::string_view text, std::string_view source) {
  return parse_key<kSecretKeyBytes>(text, kSecretHeader, source);
}

core::Result<PublicKey> read_public_key_file(const std::filesystem::path& path) {
  auto text = read_whole_file(path, 4096);
  if (!text) return text.error();
  return parse_public_key(*text, path.string());
}

core::Result<SecretKey> read_secret_key_file(const std::filesystem::path& path) {
  auto text = read_whole_file(path, 4096);
  if (!text) return text.error();
  return parse_secret_key(*text, path.string());
}

core::Status write_key_files(const KeyPair& keys, const std::string& prefix) {
  if (auto s = write_new_file(prefix + ".key", format_secret_key(keys.secret_key), 0600); !s) return s;
  return write_new_file(prefix + ".pub", format_public_key(keys.public_key), 0644);
}

std::string sign_detached(std::string_view message, const SecretKey& key) {
  ensure_sodium();
  std::string sig(kSignatureBytes, '\0');
  crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr,
                       reinterpret_cast<const unsigned char*>(message.data()), message.size(), key.data());
  return sig;
}

bool verify_detached(std::string_view message, std::string_view signature, const PublicKey& key) {
  ensure_sodium();
  if (signature.size() != kSignatureBytes) return false;
  return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.data()),
                                     reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                                     key.data()) == 0;
}

}  // namespace marquee::sync
