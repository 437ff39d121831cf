// Content parsing + validation: the demo bundle and a 10k-exhibitor synthetic bundle.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "content/loader.hpp"
#include "synthetic/synthetic_content.hpp"
#include "core/paths.hpp"

namespace {

const std::filesystem::path& synthetic_dir() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("marquee-bench-10k-" + std::to_string(getpid()));
    std::filesystem::remove_all(d);
    if (auto st = marquee::content::write_synthetic_bundle(d); !st) {
      std::fprintf(stderr, "cannot write synthetic bundle: %s\n", st.error().message.c_str());
      std::exit(1);
    }
    std::atexit([] { std::filesystem::remove_all(synthetic_dir()); });
    return d;
  }();
  return dir;
}

void BM_LoadDemoContent(benchmark::State& state) {
  const auto dir = marquee::core::demo_content_dir();
  for (auto _ : state) {
    auto r = marquee::content::load_content(dir);
    if (!r.content) state.SkipWithError("demo content invalid");
    benchmark::DoNotOptimize(r.content);
  }
}
BENCHMARK(BM_LoadDemoContent)->Unit(benchmark::kMillisecond);

void BM_LoadSynthetic10k(benchmark::State& state) {
  const auto& dir = synthetic_dir();
  std::size_t exhibitors = 0;
  for (auto _ : state) {
    auto r = marquee::content::load_content(dir);
    if (!r.content) state.SkipWithError("synthetic content invalid");
    exhibitors = r.content ? r.content->exhibitors.size() : 0;
    benchmark::DoNotOptimize(r.content);
  }
  state.counters["exhibitors"] = static_cast<double>(exhibitors);
}
BENCHMARK(BM_LoadSynthetic10k)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace

BENCHMARK_MAIN();
