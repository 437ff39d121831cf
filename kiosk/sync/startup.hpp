#pragma once
// Start-up without network: the newest valid cache generation, else the previous one, else the
// demo content shipped with the app. Says which one runs and why the others were passed over.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "content/model.hpp"
#include "sync/crypto.hpp"
#include "sync/generation.hpp"

namespace marquee::sync {

enum class ContentSource { CurrentGeneration, PreviousGeneration, Fallback, None };
const char* to_string(ContentSource source);

struct StartupContent {
  std::shared_ptr<const content::Content> content;  // null only when even the fallback failed
  ContentSource source = ContentSource::None;
  std::optional<VerifiedGeneration> generation;  // set for the two cache sources
  std::string description;                       // e.g. "cache generation 14" or "demo content (...)"
  std::vector<std::string> problems;             // why earlier choices were rejected
  std::uint64_t held_back_version = 0;           // crash-looped (StartGuard): sync must not fetch it again

  std::uint64_t version() const { return generation ? generation->manifest.version : 0; }
};

// key: when set, cached manifests must still verify (a cache is local disk, but cheap to re-check).
// When it falls back to `previous`, it points `current` there too so the next update keeps it.
StartupContent open_cache_at_startup(const std::filesystem::path& cache_dir,
                                     const std::filesystem::path& fallback_dir,
                                     const PublicKey* key = nullptr);

}  // namespace marquee::sync
