#include "sync/backoff.hpp"

#include <algorithm>

namespace marquee::sync {

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max, std::uint64_t seed)
    : initial_(std::max(initial, std::chrono::milliseconds(1))), max_(std::max(max, initial_)), rng_(seed) {}

std::chrono::milliseconds Backoff::delay(unsigned failures) {
  long long d = initial_.count();
  for (unsigned i = 1; i < failures && d < max_.count(); ++i) d *= 2;
  d = std::min(d, static_cast<long long>(max_.count()));
  std::uniform_int_distribution<long long> pick(d / 2, d);
  return std::chrono::milliseconds(pick(rng_));
}

}  // namespace marquee::sync
