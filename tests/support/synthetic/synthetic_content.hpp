#pragma once
// Large, valid, deterministic content for benchmarks and load tests (10,000 exhibitors, 3,000
// sessions, 200 rooms by default): bilingual names including Chinese, accented Latin names,
// booths on a map, sessions on the venue's days. Generated, never stored in git.
#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "content/model.hpp"
#include "core/result.hpp"

namespace marquee::content {

struct SyntheticSize {
  std::size_t exhibitors = 10000, sessions = 3000, rooms = 200, speakers = 1500;
  std::uint64_t seed = 2027;  // same seed, same content, on every platform
};

// A finalized snapshot (indexes built), as load_content would return it.
Content make_synthetic_content(const SyntheticSize& size = {});

// Writes event.json, sessions.json, speakers.json, exhibitors.json and map.json so that
// load_content(dir) reads back the same content without errors.
core::Status write_synthetic_bundle(const std::filesystem::path& dir, const SyntheticSize& size = {});

}  // namespace marquee::content
