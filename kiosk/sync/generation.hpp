#pragma once
// Checking one cache generation end to end: its manifest (and signature, when a key is given),
// every file's size and SHA-256, and that the content loads without errors.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "content/model.hpp"
#include "core/result.hpp"
#include "sync/cache.hpp"
#include "sync/crypto.hpp"
#include "sync/manifest.hpp"

namespace marquee::sync {

struct VerifiedGeneration {
  std::filesystem::path dir;
  Manifest manifest;
  HttpValidators validators;
  std::shared_ptr<const content::Content> content;  // version set to the bundle version
};

// Reads and parses the generation's manifest (signature checked first when key is set).
core::Result<Manifest> read_generation_manifest(const std::filesystem::path& dir, const PublicKey* key);
HttpValidators read_generation_validators(const std::filesystem::path& dir);

// Loads the content of a directory and stamps it with the bundle version. The error names the
// first problem as `file:json-path: message` and how many more there are.
core::Result<std::shared_ptr<const content::Content>> load_bundle_content(const std::filesystem::path& dir,
                                                                          std::uint64_t version);

// Full check: manifest, hashes, content. Used at startup and when a staged bundle activates.
core::Result<VerifiedGeneration> verify_generation(const std::filesystem::path& dir, const PublicKey* key);

}  // namespace marquee::sync
