#pragma once
// Explicit big/little-endian field writers and readers for wire formats. Packets are written
// field by field, never by casting packed structs, so layout and byte order are visible.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace marquee::lighting {

// Refuses to write past the end of its buffer (like OLA's packers): the write is dropped and
// overflowed() turns true, so an undersized buffer never means memory corruption.
class ByteWriter {
 public:
  explicit ByteWriter(std::span<std::uint8_t> out) : out_(out) {}
  void u8(std::uint8_t v) {
    if (pos_ >= out_.size()) {
      overflowed_ = true;
      return;
    }
    out_[pos_++] = v;
  }
  void u16be(std::uint16_t v) {
    u8(static_cast<std::uint8_t>(v >> 8));
    u8(static_cast<std::uint8_t>(v & 0xFF));
  }
  void u16le(std::uint16_t v) {
    u8(static_cast<std::uint8_t>(v & 0xFF));
    u8(static_cast<std::uint8_t>(v >> 8));
  }
  void u32be(std::uint32_t v) {
    u16be(static_cast<std::uint16_t>(v >> 16));
    u16be(static_cast<std::uint16_t>(v & 0xFFFF));
  }
  void bytes(std::span<const std::uint8_t> b) {
    for (std::uint8_t v : b) u8(v);
  }
  // Text truncated to width - 1 bytes (a NUL always terminates), NUL-padded to width.
  void padded(std::string_view text, std::size_t width) {
    if (width == 0) return;
    const std::size_t n = text.size() < width ? text.size() : width - 1;
    for (std::size_t i = 0; i < width; ++i) u8(i < n ? static_cast<std::uint8_t>(text[i]) : 0);
  }
  void zeros(std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) u8(0);
  }
  std::size_t size() const { return pos_; }
  bool overflowed() const { return overflowed_; }

 private:
  std::span<std::uint8_t> out_;
  std::size_t pos_ = 0;
  bool overflowed_ = false;
};

// Reads fields at fixed offsets; callers check the buffer length first.
class ByteReader {
 public:
  explicit ByteReader(std::span<const std::uint8_t> in) : in_(in) {}
  std::uint8_t u8(std::size_t off) const { return in_[off]; }
  std::uint16_t u16be(std::size_t off) const {
    return static_cast<std::uint16_t>((in_[off] << 8) | in_[off + 1]);
  }
  std::uint16_t u16le(std::size_t off) const {
    return static_cast<std::uint16_t>((in_[off + 1] << 8) | in_[off]);
  }
  std::uint32_t u32be(std::size_t off) const {
    return (static_cast<std::uint32_t>(u16be(off)) << 16) | u16be(off + 2);
  }
  std::string_view text(std::size_t off, std::size_t width) const {
    const auto* p = reinterpret_cast<const char*>(in_.data() + off);
    std::size_t n = 0;
    while (n < width && p[n] != '\0') ++n;
    return {p, n};
  }
  std::size_t size() const { return in_.size(); }

 private:
  std::span<const std::uint8_t> in_;
};

}  // namespace marquee::lighting
