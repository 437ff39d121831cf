#include "sync/cache.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>
#include <set>

#include "sync/fs_util.hpp"

namespace marquee::sync {
namespace fs = std::filesystem;
namespace {

constexpr std::array<std::string_view, 3> kPointers = {"current", "previous", "staged"};

core::Status link_or_copy(const fs::path& from, const fs::path& to) {
  if (::link(from.c_str(), to.c_str()) == 0) return core::Ok{};
  std::error_code ec;
  fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
  if (ec) return core::make_error(to.string() + ": " + ec.message());
  return fsync_path(to);
}

core::Status place_files(const Manifest& m, const fs::path& objects, const fs::path& dir) {
  std::set<fs::path> dirs{dir};
  for (const auto& f : m.files) {
    const fs::path target = dir / f.path;
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    if (ec) return core::make_error(target.parent_path().string() + ": " + ec.message());
    for (fs::path p = target.parent_path(); p != dir && p.has_relative_path(); p = p.parent_path())
      dirs.insert(p);
    if (auto s = link_or_copy(objects / f.sha256, target); !s) return s;
  }
  for (const auto& d : dirs) {
    if (auto s = fsync_path(d); !s) return s;
  }
  return core::Ok{};
}

std::set<std::string> objects_of(const fs::path& generation) {
  std::set<std::string> out;
  auto text = read_whole_file(generation / "manifest.json", std::size_t{64} << 20);
  if (!text) return out;
  auto m = parse_manifest(*text);
  if (!m) return out;
  for (const auto& f : m->files) out.insert(f.sha256);
  return out;
}

}  // namespace

ObjectWriter::ObjectWriter(const fs::path& objects_dir, const ManifestFile& file)
    : dir_(objects_dir), tmp_(objects_dir / (".tmp-" + file.sha256 + "-" + random_suffix())), file_(file) {}

ObjectWriter::~ObjectWriter() {
  if (fd_ >= 0) ::close(fd_);
  std::error_code ec;
  fs::remove(tmp_, ec);  // no-op after a commit renamed it
}

core::Status ObjectWriter::open() {
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd_ < 0) return core::make_error(tmp_.string() + ": " + std::strerror(errno));
  return core::Ok{};
}

std::optional<std::string> ObjectWriter::write(std::string_view chunk) {
  written_ += chunk.size();
  if (written_ > file_.size) {
    return "size mismatch for " + file_.path + ": more than the " + std::to_string(file_.size) +
           " bytes the manifest lists";
  }
  hash_.update(chunk);
  while (!chunk.empty()) {
    const auto n = ::write(fd_, chunk.data(), chunk.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return "cache write failed for " + file_.path + ": " + std::strerror(errno);
    chunk.remove_prefix(static_cast<std::size_t>(n));
  }
  return std::nullopt;
}

core::Status ObjectWriter::commit() {
  if (written_ != file_.size) {
    return core::make_error("size mismatch for " + file_.path + ": expected " + std::to_string(file_.size) +
                            " bytes, got " + std::to_string(written_));
  }
  if (hash_.hex_digest() != file_.sha256) return core::make_error("sha256 mismatch for " + file_.path);
  const bool synced = ::fsync(fd_) == 0;
  ::close(fd_);
  fd_ = -1;
  if (!synced) return core::make_error(tmp_.string() + ": fsync: " + std::strerror(errno));
  if (::rename(tmp_.c_str(), (dir_ / file_.sha256).c_str()) != 0) {
    return core::make_error(tmp_.string() + ": rename: " + std::strerror(errno));
  }
  return fsync_path(dir_);
}

core::Status CacheStore::init() const {
  std::error_code ec;
  fs::create_directories(objects_dir(), ec);
  if (!ec) fs::create_directories(root_ / "generations", ec);
  if (ec) return core::make_error(root_.string() + ": " + ec.message());
  return core::Ok{};
}

bool CacheStore::has_object(const ManifestFile& f) const {
  std::error_code ec;
  return fs::file_size(objects_dir() / f.sha256, ec) == f.size && !ec;
}

core::Result<fs::path> CacheStore::build_generation(const Manifest& m, std::string_view manifest_text,
                                                    std::string_view signature,
                                                    const HttpValidators& validators) const {
  const std::string name = std::to_string(m.version) + "-" + random_suffix();
  const fs::path gens = root_ / "generations";
  const fs::path tmp = gens / (".tmp-" + name);
  const fs::path final_dir = gens / name;
  std::error_code ec;
  fs::create_directory(tmp, ec);
  if (ec) return core::make_error(tmp.string() + ": " + ec.message());
  core::Status s = place_files(m, objects_dir(), tmp);
  if (s) s = write_file_durably(tmp / "manifest.json", manifest_text);
  if (s) s = write_file_durably(tmp / "manifest.sig", signature);
  const nlohmann::json http = {{"etag", validators.etag}, {"last_modified", validators.last_modified}};
  if (s) s = write_file_durably(tmp / "http.json", http.dump());
  if (s && ::rename(tmp.c_str(), final_dir.c_str()) != 0)
    s = core::make_error(final_dir.string() + ": rename");
  if (s) s = fsync_path(gens);
  if (!s) {
    fs::remove_all(tmp, ec);
    return s.error();
  }
  return final_dir;
}

std::optional<fs::path> CacheStore::pointer(std::string_view name) const {
  std::error_code ec;
  const fs::path link = root_ / name;
  const fs::path target = fs::read_symlink(link, ec);
  if (ec) return std::nullopt;
  return target.is_absolute() ? target : root_ / target;
}

core::Status CacheStore::set_pointer(std::string_view name, const fs::path& generation) const {
  // Relative targets keep the cache valid when the whole directory is moved.
  return replace_symlink(root_ / name, fs::relative(generation, root_));
}

core::Status CacheStore::clear_pointer(std::string_view name) const {
  std::error_code ec;
  fs::remove(root_ / name, ec);
  if (ec) return core::make_error((root_ / name).string() + ": " + ec.message());
  return fsync_path(root_);
}

void CacheStore::remove_generation(const fs::path& generation) const {
  std::error_code ec;
  fs::remove_all(generation, ec);
}

void CacheStore::collect_garbage() const {
  std::set<fs::path> kept;
  std::set<std::string> live_objects;
  for (auto name : kPointers) {
    if (auto p = pointer(name)) {
      kept.insert(fs::weakly_canonical(*p));
      for (auto& o : objects_of(*p)) live_objects.insert(o);
    }
  }
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(root_ / "generations", ec)) {
    if (!kept.count(fs::weakly_canonical(entry.path()))) fs::remove_all(entry.path(), ec);
  }
  for (const auto& entry : fs::directory_iterator(objects_dir(), ec)) {
    if (!live_objects.count(entry.path().filename().string())) fs::remove(entry.path(), ec);
  }
  for (const auto& entry : fs::directory_iterator(root_, ec)) {
    if (entry.path().filename().string().rfind(".tmp-", 0) == 0) fs::remove(entry.path(), ec);
  }
}

}  // namespace marquee::sync
