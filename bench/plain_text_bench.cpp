// to_plain_text on adversarial descriptions of growing size (Google Benchmark): 1 KB to 1 MB of
// unclosed '[', '<', half-open links "[a](", nested emphasis "*a " and nested HTML "<div>". The
// per-byte time (bytes_per_second) stays flat as the input grows 1000-fold when the conversion
// is linear; a quadratic one loses a factor ~1000 between the smallest and largest case.
// docs/plain-text.md has the figures, measured against the hand-written scanner it replaced.
#include <benchmark/benchmark.h>

#include <string>

#include "content/plain_text.hpp"

namespace {

std::string repeat(std::string_view unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

template <typename Convert>
void run(benchmark::State& state, std::string_view unit, Convert convert) {
  const std::string input = repeat(unit, static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(convert(input));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(input.size()));
}

std::string current(std::string_view s) {
  return marquee::content::to_plain_text(s);
}

void Brackets(benchmark::State& s) { run(s, "[", current); }
void Angles(benchmark::State& s) { run(s, "<", current); }
void HalfLinks(benchmark::State& s) { run(s, "[a](", current); }
void Emphasis(benchmark::State& s) { run(s, "*a ", current); }
void NestedDivs(benchmark::State& s) { run(s, "<div>", current); }
void Prose(benchmark::State& s) { run(s, "Some **bold** words, a [link](https://x.org) and FLINTA\\* text.\n\n", current); }

#define SIZES RangeMultiplier(10)->Range(1'000, 1'000'000)->Unit(benchmark::kMicrosecond)
BENCHMARK(Brackets)->SIZES;
BENCHMARK(Angles)->SIZES;
BENCHMARK(HalfLinks)->SIZES;
BENCHMARK(Emphasis)->SIZES;
BENCHMARK(NestedDivs)->SIZES;
BENCHMARK(Prose)->SIZES;


}  // namespace

BENCHMARK_MAIN();
