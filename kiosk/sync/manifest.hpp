#pragma once
// manifest.json: what a bundle holds. Serialized by the publisher, signed as exact bytes, and on
// the kiosk parsed only after the signature over those bytes has verified.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace marquee::sync {

constexpr int kManifestFormat = 1;

struct ManifestFile {
  std::string path;  // relative, '/'-separated, e.g. "exhibitors.json" or "shows/opening.lua"
  std::uint64_t size = 0;
  std::string sha256;  // lowercase hex
};

struct Manifest {
  int format = kManifestFormat;
  std::uint64_t version = 0;
  core::WallTime created{};
  core::WallTime expires{};
  std::optional<core::WallTime> activate_at;
  std::vector<ManifestFile> files;

  std::uint64_t total_size() const;
  const ManifestFile* find(std::string_view path) const;
};

// Deterministic JSON text (these bytes are what gets signed).
std::string serialize_manifest(const Manifest& m);

// Parses manifest text. Structure and types only: a format it does not know is reported with
// "unknown manifest format N"; paths are checked by check_manifest_paths.
core::Result<Manifest> parse_manifest(std::string_view text);

// Accepts only relative '/'-separated paths without "..", ".", empty or absolute parts, and no duplicates.
core::Status check_manifest_paths(const Manifest& m);
core::Status check_relative_path(std::string_view path);

}  // namespace marquee::sync
