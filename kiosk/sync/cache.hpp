#pragma once
// The kiosk's on-disk content cache, in generations:
//   CACHE/objects/<sha256>                downloaded files, content-addressed, fsynced
//   CACHE/generations/<version>-<nonce>/  one complete bundle: manifest.json, manifest.sig,
//                                         http.json (ETag / Last-Modified) and the files (hard links)
//   CACHE/current, previous, staged       symlinks to generations, each switched by one rename(2)
// A generation is written under a temporary name, fsynced (files and directories), then renamed
// into place; only then does a pointer move. A crash at any point leaves `current` complete.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "sync/crypto.hpp"
#include "sync/manifest.hpp"

namespace marquee::sync {

struct HttpValidators {
  std::string etag;
  std::string last_modified;
};

// Streams one object into CACHE/objects: hashes and counts while writing, then checks the
// expected size and SHA-256 before it is renamed into place.
class ObjectWriter {
 public:
  ObjectWriter(const std::filesystem::path& objects_dir, const ManifestFile& file);
  ~ObjectWriter();
  ObjectWriter(const ObjectWriter&) = delete;
  ObjectWriter& operator=(const ObjectWriter&) = delete;

  core::Status open();
  std::optional<std::string> write(std::string_view chunk);  // an error message aborts the download
  core::Status commit();                                     // size + hash check, fsync, rename

 private:
  std::filesystem::path dir_, tmp_;
  const ManifestFile& file_;
  Sha256 hash_;
  std::uint64_t written_ = 0;
  int fd_ = -1;
};

class CacheStore {
 public:
  explicit CacheStore(std::filesystem::path root) : root_(std::move(root)) {}
  core::Status init() const;  // creates the directories

  const std::filesystem::path& root() const { return root_; }
  std::filesystem::path objects_dir() const { return root_ / "objects"; }
  bool has_object(const ManifestFile& f) const;

  // Builds a generation from objects already in the store; returns its final directory.
  core::Result<std::filesystem::path> build_generation(const Manifest& m, std::string_view manifest_text,
                                                       std::string_view signature,
                                                       const HttpValidators& validators) const;

  // The generation a pointer ("current", "previous", "staged") names, if any.
  std::optional<std::filesystem::path> pointer(std::string_view name) const;
  core::Status set_pointer(std::string_view name, const std::filesystem::path& generation) const;
  core::Status clear_pointer(std::string_view name) const;

  // Removes generations no pointer names, leftover temporaries, and objects no kept generation uses.
  void collect_garbage() const;
  void remove_generation(const std::filesystem::path& generation) const;

 private:
  std::filesystem::path root_;
};

}  // namespace marquee::sync
