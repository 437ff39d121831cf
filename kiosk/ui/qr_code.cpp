#include "ui/qr_code.hpp"

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace marquee::ui {

std::optional<QrMatrix> encode_qr(std::string_view text) {
  if (text.empty()) return std::nullopt;
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0,
                        QR_ECLEVEL_M),
      &QRcode_free);
  if (!code) return std::nullopt;  // too long for version 40, or out of memory
  QrMatrix m;
  m.version = code->version;
  m.size = code->width;
  m.dark.resize(static_cast<std::size_t>(m.size * m.size));
  for (std::size_t i = 0; i < m.dark.size(); ++i) m.dark[i] = code->data[i] & 1u;  // bit 0: dark
  return m;
}

int qr_module_px(int size, float dpi, float scale) {
  const float px_per_mm = (dpi > 0 ? dpi : 96.0f) / 25.4f;
  const float side = std::max(kQrMinMm * px_per_mm, kQrPreferredPx * scale);
  const int modules = size + 2 * kQrQuietZone;
  return std::max(1, static_cast<int>(std::ceil(side / static_cast<float>(modules))));
}

const QrMatrix* QrCache::get(const std::string& text) {
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->text == text) {
      std::rotate(it, it + 1, entries_.end());  // now the most recent
      return entries_.back().matrix ? &*entries_.back().matrix : nullptr;
    }
  }
  constexpr std::size_t kKeep = 6;
  if (entries_.size() >= kKeep) entries_.erase(entries_.begin());
  entries_.push_back({text, encode_qr(text)});
  return entries_.back().matrix ? &*entries_.back().matrix : nullptr;
}

}  // namespace marquee::ui
