#pragma once
// Alphabetical order as a reader of each language expects it: Chinese names by pinyin (the
// Unicode collation for "zh"), Spanish with ñ after n, accents as secondary differences. Byte
// order would put 阿里云 after 智谱 and Ñandú after Zeta.
#include <cstdint>
#include <string_view>
#include <vector>

#include "content/localized_text.hpp"

namespace marquee::content {

// Indexes into texts, in collation order for lang (equal texts keep their input order).
std::vector<std::uint32_t> collated_order(const std::vector<std::string_view>& texts, Lang lang);

}  // namespace marquee::content
