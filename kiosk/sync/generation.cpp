#include "sync/generation.hpp"

#include <nlohmann/json.hpp>

#include "content/loader.hpp"
#include "sync/fs_util.hpp"

namespace marquee::sync {
namespace fs = std::filesystem;
namespace {

constexpr std::size_t kMaxManifestOnDisk = std::size_t{64} << 20;

core::Status check_files(const fs::path& dir, const Manifest& m) {
  for (const auto& f : m.files) {
    std::error_code ec;
    const auto size = fs::file_size(dir / f.path, ec);
    if (ec) return core::make_error("missing file " + f.path);
    if (size != f.size) {
      return core::make_error("size mismatch for " + f.path + ": expected " + std::to_string(f.size) +
                              " bytes, got " + std::to_string(size));
    }
    auto sha = sha256_file_hex(dir / f.path);
    if (!sha) return sha.error();
    if (*sha != f.sha256) return core::make_error("sha256 mismatch for " + f.path);
  }
  return core::Ok{};
}

}  // namespace

core::Result<Manifest> read_generation_manifest(const fs::path& dir, const PublicKey* key) {
  auto text = read_whole_file(dir / "manifest.json", kMaxManifestOnDisk);
  if (!text) return text.error();
  if (key != nullptr) {
    auto sig = read_whole_file(dir / "manifest.sig", kSignatureBytes);
    if (!sig) return sig.error();
    if (!verify_detached(*text, *sig, *key)) return core::make_error("signature does not verify");
  }
  auto m = parse_manifest(*text);
  if (!m) return m.error();
  if (auto s = check_manifest_paths(*m); !s) return s.error();
  return m;
}

HttpValidators read_generation_validators(const fs::path& dir) {
  HttpValidators v;
  auto text = read_whole_file(dir / "http.json", 64 * 1024);
  if (!text) return v;
  const auto j = nlohmann::json::parse(*text, nullptr, false);
  if (j.is_object()) {
    v.etag = j.value("etag", "");
    v.last_modified = j.value("last_modified", "");
  }
  return v;
}

core::Result<std::shared_ptr<const content::Content>> load_bundle_content(const fs::path& dir,
                                                                          std::uint64_t version) {
  content::LoadResult loaded = content::load_content(dir);
  if (!loaded.content) {
    const auto& all = loaded.diagnostics.all();
    std::string first = "unknown error";
    for (const auto& d : all) {
      if (d.severity == content::Severity::Error) {
        first = content::format_diagnostic(d);
        break;
      }
    }
    const auto more = loaded.diagnostics.error_count() - 1;
    return core::make_error("invalid content: " + first +
                            (more > 0 ? " (and " + std::to_string(more) + " more errors)" : ""));
  }
  // The loader shares a const snapshot; stamping the version needs one copy before it is shared on.
  auto stamped = std::make_shared<content::Content>(*loaded.content);
  stamped->version = std::to_string(version);
  return std::shared_ptr<const content::Content>(std::move(stamped));
}

core::Result<VerifiedGeneration> verify_generation(const fs::path& dir, const PublicKey* key) {
  auto m = read_generation_manifest(dir, key);
  if (!m) return m.error();
  if (auto s = check_files(dir, *m); !s) return s.error();
  auto content = load_bundle_content(dir, m->version);
  if (!content) return content.error();
  return VerifiedGeneration{dir, std::move(*m), read_generation_validators(dir), std::move(*content)};
}

}  // namespace marquee::sync
