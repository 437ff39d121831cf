#pragma once
// Builds expected packets field by field, so each golden array reads like the field table.
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace marquee::lighting::testing {

using Bytes = std::vector<std::uint8_t>;

inline Bytes cat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}
// Text NUL-padded to width.
inline Bytes text(std::string_view s, std::size_t width) {
  Bytes out(width, 0);
  for (std::size_t i = 0; i < s.size() && i < width; ++i) out[i] = static_cast<std::uint8_t>(s[i]);
  return out;
}
inline Bytes zeros(std::size_t n) {
  return Bytes(n, 0);
}

}  // namespace marquee::lighting::testing
