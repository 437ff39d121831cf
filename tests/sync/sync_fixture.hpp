#pragma once
// Shared by the sync tests: temporary directories, a key pair, a copy of the demo content to edit,
// and bundle writers (the real publisher, plus a raw signer for bundles it would refuse to build).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "core/clock.hpp"
#include "core/paths.hpp"
#include "sync/cache.hpp"
#include "sync/crypto.hpp"
#include "sync/manifest.hpp"
#include "sync/fs_util.hpp"
#include "sync/manifest.hpp"
#include "sync/publish.hpp"
#include "sync/sync_config.hpp"

namespace marquee::sync::testing {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "marquee-sync-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

inline std::string read_text(const fs::path& p) {
  return read_whole_file(p, std::size_t{1} << 30).value();
}

inline void write_text(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  ASSERT_TRUE(write_file_durably(p, text));
}

// A publisher's world: keys, an editable copy of the demo content, and the bundle folder (OUT).
struct World {
  TempDir tmp;
  KeyPair keys = generate_key_pair();
  fs::path src = tmp.path() / "src";
  fs::path out = tmp.path() / "out";
  fs::path cache = tmp.path() / "cache";
  fs::path pub_key_file = tmp.path() / "key.pub";
  std::size_t source_files = 0;  // the demo's JSON and its images: one object each

  World() {
    fs::copy(core::demo_content_dir(), src, fs::copy_options::recursive);
    for (const auto& e : fs::recursive_directory_iterator(src))  // dot files (build stamps) are not published
      source_files += e.is_regular_file() && e.path().filename().string().front() != '.' ? 1 : 0;
    write_text(pub_key_file, format_public_key(keys.public_key));
  }

  // Publishes src with the real publisher; returns the manifest.
  Manifest publish(std::optional<std::uint64_t> version = std::nullopt,
                   const core::Clock& clock = core::SystemClock::instance(),
                   std::optional<core::WallTime> activate_at = std::nullopt) {
    PublishOptions opts{src, out, keys.secret_key, version, 30, activate_at};
    auto r = publish_bundle(opts, clock);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? r->manifest : Manifest{};
  }

  // Changes one exhibitor's English name: one file (exhibitors.json) differs afterwards.
  void change_exhibitor_name(const std::string& name) {
    auto j = nlohmann::json::parse(read_text(src / "exhibitors.json"));
    j["exhibitors"][0]["name"]["en"] = name;
    write_text(src / "exhibitors.json", j.dump(1));
  }

  SyncConfig client_config(const std::string& base_url) const {
    SyncConfig c;
    c.base_url = base_url;
    c.public_key = pub_key_file;
    c.cache_dir = cache;
    c.http.connect_timeout = std::chrono::milliseconds(300);
    c.http.total_timeout = std::chrono::milliseconds(3000);
    c.http.low_speed_limit = 1000;
    c.http.low_speed_time = std::chrono::milliseconds(600);
    c.poll_interval = std::chrono::milliseconds(100);
    c.backoff_initial = std::chrono::milliseconds(20);
    c.backoff_max = std::chrono::milliseconds(100);
    return c;
  }
};

// Writes a signed bundle without the publisher's checks, so tests can serve what it would refuse:
// files maps a manifest path to bytes (stored as objects), manifest_text overrides the manifest.
inline void write_raw_bundle(const fs::path& out, const SecretKey& key, Manifest m,
                             const std::map<std::string, std::string>& files) {
  fs::create_directories(out / "objects");
  for (const auto& [path, bytes] : files) {
    const auto sha = sha256_hex(bytes);
    write_text(out / "objects" / sha, bytes);
    m.files.push_back({path, bytes.size(), sha});
  }
  const auto text = serialize_manifest(m);
  write_text(out / "manifest.json", text);
  write_text(out / "manifest.sig", sign_detached(text, key));
}

// Signs arbitrary manifest text (for malformed manifests).
inline void write_signed_manifest_text(const fs::path& out, const SecretKey& key, const std::string& text) {
  write_text(out / "manifest.json", text);
  write_text(out / "manifest.sig", sign_detached(text, key));
}

// The content files of a directory as a path -> bytes map.
inline std::map<std::string, std::string> content_of(const fs::path& dir) {
  std::map<std::string, std::string> files;
  const auto listed = list_bundle_files(dir);
  for (const auto& rel : listed.value()) files[rel] = read_text(dir / rel);
  return files;
}

// Installs what is published in w.out as a cache generation and points `pointer` at it, without
// HTTP (the startup, start-guard and crash-loop tests begin from a cache already on disk).
inline fs::path install_published(World& w, std::string_view pointer, const HttpValidators& validators = {}) {
  const CacheStore cache(w.cache);
  EXPECT_TRUE(cache.init());
  fs::copy(w.out / "objects", cache.objects_dir(), fs::copy_options::skip_existing | fs::copy_options::recursive);
  const auto text = read_text(w.out / "manifest.json");
  auto gen = cache.build_generation(parse_manifest(text).value(), text, read_text(w.out / "manifest.sig"), validators);
  EXPECT_TRUE(gen.ok()) << (gen.ok() ? "" : gen.error().message);
  EXPECT_TRUE(cache.set_pointer(pointer, *gen));
  return *gen;
}

}  // namespace marquee::sync::testing
