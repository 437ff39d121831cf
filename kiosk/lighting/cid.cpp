#include "lighting/cid.hpp"

#include <sodium.h>

namespace marquee::lighting {
namespace {

constexpr std::string_view kDomain = "marquee.sacn.cid:";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

e131::Cid derive_cid(std::string_view kiosk_id) {
  // Domain-separated so the CID never equals some other hash of the kiosk id.
  const std::string input = std::string(kDomain) + std::string(kiosk_id);
  e131::Cid cid{};
  crypto_generichash(cid.data(), cid.size(), reinterpret_cast<const unsigned char*>(input.data()),
                     input.size(), nullptr, 0);
  cid[6] = static_cast<std::uint8_t>((cid[6] & 0x0F) | 0x80);  // version 8 (custom)
  cid[8] = static_cast<std::uint8_t>((cid[8] & 0x3F) | 0x80);  // RFC variant
  return cid;
}

std::optional<e131::Cid> parse_cid(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  e131::Cid cid{};
  std::size_t byte = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (text[i++] != '-') return std::nullopt;
      continue;
    }
    const int hi = hex_value(text[i]), lo = hex_value(text[i + 1]);
    if (hi < 0 || lo < 0) return std::nullopt;
    cid[byte++] = static_cast<std::uint8_t>(hi * 16 + lo);
    i += 2;
  }
  return cid;
}

std::string format_cid(const e131::Cid& cid) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < cid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[cid[i] >> 4];
    out += kHex[cid[i] & 0x0F];
  }
  return out;
}

}  // namespace marquee::lighting
