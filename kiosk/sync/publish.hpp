#pragma once
// The publisher's side: turns a content folder into a signed, content-addressed bundle that any
// static HTTP server can host (OUT/manifest.json, OUT/manifest.sig, OUT/objects/<sha256>).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/result.hpp"
#include "sync/crypto.hpp"
#include "sync/manifest.hpp"

namespace marquee::sync {

struct PublishOptions {
  std::filesystem::path source;
  std::filesystem::path out;
  SecretKey secret_key{};
  std::optional<std::uint64_t> version;  // default: previous version in OUT + 1, or 1
  int expires_in_days = 30;
  std::optional<core::WallTime> activate_at;
};

struct PublishReport {
  Manifest manifest;
  std::size_t objects_added = 0;
  std::uint64_t bytes_added = 0;
  std::vector<std::string> warnings;  // content warnings, formatted like `validate`
};

// Validates SOURCE with the content loader first; invalid content is refused and the error lists
// every problem as `file:json-path: message`, one per line.
core::Result<PublishReport> publish_bundle(const PublishOptions& options, const core::Clock& clock);

// The files of a content folder, relative '/'-separated paths, sorted; hidden files are skipped.
core::Result<std::vector<std::string>> list_bundle_files(const std::filesystem::path& source);

}  // namespace marquee::sync
