#include "sync/startup.hpp"

#include "sync/cache.hpp"
#include "sync/generation.hpp"

namespace marquee::sync {
namespace {

// Tries one pointer; on success fills `out` and returns true, else records the problem.
bool try_generation(const CacheStore& cache, std::string_view pointer, const PublicKey* key,
                    StartupContent& out) {
  const auto dir = cache.pointer(pointer);
  if (!dir) {
    out.problems.push_back(std::string(pointer) + " generation: none");
    return false;
  }
  auto gen = verify_generation(*dir, key);
  if (!gen) {
    out.problems.push_back(std::string(pointer) + " generation " + dir->filename().string() +
                           " damaged: " + gen.error().message);
    return false;
  }
  out.content = gen->content;
  out.description = std::string(pointer == "current" ? "cache generation " : "previous cache generation ") +
                    std::to_string(gen->manifest.version);
  out.generation = std::move(*gen);
  return true;
}

}  // namespace

const char* to_string(ContentSource source) {
  switch (source) {
    case ContentSource::CurrentGeneration:
      return "current cache generation";
    case ContentSource::PreviousGeneration:
      return "previous cache generation";
    case ContentSource::Fallback:
      return "bundled fallback content";
    case ContentSource::None:
      return "no content";
  }
  return "?";
}

StartupContent open_cache_at_startup(const std::filesystem::path& cache_dir,
                                     const std::filesystem::path& fallback_dir, const PublicKey* key) {
  StartupContent out;
  const CacheStore cache(cache_dir);
  if (try_generation(cache, "current", key, out)) {
    out.source = ContentSource::CurrentGeneration;
    return out;
  }
  if (try_generation(cache, "previous", key, out)) {
    out.source = ContentSource::PreviousGeneration;
    if (!cache.set_pointer("current", out.generation->dir))
      out.problems.push_back("could not repair current");
    return out;
  }
  auto demo = load_bundle_content(fallback_dir, 0);
  if (!demo) {
    out.problems.push_back("fallback " + fallback_dir.string() + ": " + demo.error().message);
    out.description = "no content";
    return out;
  }
  auto stamped = std::make_shared<content::Content>(**demo);
  stamped->version = "demo";
  out.content = std::move(stamped);
  out.source = ContentSource::Fallback;
  out.description = "demo content (" + fallback_dir.string() + ")";
  return out;
}

}  // namespace marquee::sync
