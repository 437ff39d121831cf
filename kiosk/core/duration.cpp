#include "core/duration.hpp"

#include <string>

namespace marquee::core {

Result<Millis> parse_duration(std::string_view text) {
  const auto bad = [&] {
    return make_error("\"" + std::string(text) +
                      "\" is not a duration (such as 500ms, 10s, 5m, 1h or 1m30s)");
  };
  constexpr long long kMaxMs = 366LL * 24 * 3600 * 1000;  // a year: anything longer is a typo
  long long total = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    long long n = 0;
    const std::size_t digits = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      n = n * 10 + (text[i++] - '0');
      if (n > kMaxMs) return bad();
    }
    if (i == digits) return bad();
    const std::size_t unit_start = i;
    while (i < text.size() && text[i] >= 'a' && text[i] <= 'z') ++i;
    const std::string_view unit = text.substr(unit_start, i - unit_start);
    if (unit.empty() && digits == 0 && i == text.size()) {
      total = n * 1000;  // a bare number: seconds
    } else if (unit == "h") {
      total += n * 3'600'000;
    } else if (unit == "m" || unit == "min") {
      total += n * 60'000;
    } else if (unit == "s") {
      total += n * 1000;
    } else if (unit == "ms") {
      total += n;
    } else {
      return bad();
    }
    if (total > kMaxMs) return bad();
  }
  if (total <= 0) return bad();
  return Millis{total};
}

}  // namespace marquee::core
