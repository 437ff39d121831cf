#pragma once
// Retry delays after failures: exponential from `initial`, capped at `max`, with jitter so a hall
// of kiosks that lost the server together does not come back in lock-step.
#include <chrono>
#include <cstdint>
#include <random>

namespace marquee::sync {

class Backoff {
 public:
  Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds max, std::uint64_t seed);
  // Delay before the next attempt after `failures` consecutive failures (>= 1):
  // a uniform pick in [d/2, d] where d = min(max, initial * 2^(failures-1)).
  std::chrono::milliseconds delay(unsigned failures);

 private:
  std::chrono::milliseconds initial_, max_;
  std::mt19937_64 rng_;
};

}  // namespace marquee::sync
