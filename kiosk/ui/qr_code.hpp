#pragma once
// QR codes for handing an item over to a visitor's phone (an exhibitor's website, a session's or
// speaker's page). libqrencode does the encoding; this file only turns its result into a module
// matrix and works out how big to draw it. No ImGui here: the unit tests use it directly.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marquee::ui {

// Light modules the scanner needs around the code (ISO/IEC 18004: 4 modules).
inline constexpr int kQrQuietZone = 4;
// Smallest printed size a phone reads from arm's length at a kiosk, and the on-screen size wanted
// at the reference 1080p layout.
inline constexpr float kQrMinMm = 25.0f;
inline constexpr float kQrPreferredPx = 200.0f;

struct QrMatrix {
  int version = 0;
  int size = 0;                    // modules per side, without the quiet zone (17 + 4 * version)
  std::vector<std::uint8_t> dark;  // size * size, row-major, 1 = dark
  bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * size + x)] != 0; }
};

// Byte-mode QR code with error correction level M; nullopt for empty or too long text.
std::optional<QrMatrix> encode_qr(std::string_view text);

// Whole pixels per module so that the code and its quiet zone are at least kQrMinMm wide on a
// display of `dpi` pixels per inch (0: unknown, taken as 96) and at least kQrPreferredPx * scale.
int qr_module_px(int size, float dpi, float scale);
// Pixels the code takes on screen, quiet zone included.
inline int qr_side_px(int size, int module_px) { return (size + 2 * kQrQuietZone) * module_px; }

// The last few codes drawn, so a card open for a minute encodes its URL once (UI thread only).
class QrCache {
 public:
  const QrMatrix* get(const std::string& text);

 private:
  struct Entry {
    std::string text;
    std::optional<QrMatrix> matrix;
  };
  std::vector<Entry> entries_;  // most recent last; at most a handful
};

}  // namespace marquee::ui
