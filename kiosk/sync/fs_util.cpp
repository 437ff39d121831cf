#include "sync/fs_util.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/read_file.hpp"
#include "sync/crypto.hpp"

namespace marquee::sync {
namespace {

core::Error os_error(const std::filesystem::path& path, std::string_view what) {
  return core::make_error(path.string() + ": " + std::string(what) + ": " + std::strerror(errno));
}

core::Status write_all(int fd, std::string_view bytes, const std::filesystem::path& path) {
  while (!bytes.empty()) {
    const auto n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return os_error(path, "write");
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return core::Ok{};
}

}  // namespace

core::Result<std::string> read_whole_file(const std::filesystem::path& path, std::size_t max_bytes) {
  core::FileText file = core::read_file(path, max_bytes);
  if (!file) return core::make_error(path.string() + ": " + core::describe(file.failure, max_bytes));
  return std::move(file.text);
}

core::Status fsync_path(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return os_error(path, "open for fsync");
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return os_error(path, "fsync");
  return core::Ok{};
}

core::Status write_file_durably(const std::filesystem::path& path, std::string_view bytes, int mode) {
  const auto tmp = path.parent_path() / (".tmp-" + path.filename().string() + "-" + random_suffix());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
  if (fd < 0) return os_error(tmp, "create");
  auto status = write_all(fd, bytes, tmp);
  if (status && ::fsync(fd) != 0) status = os_error(tmp, "fsync");
  ::close(fd);
  if (status && ::rename(tmp.c_str(), path.c_str()) != 0) status = os_error(path, "rename");
  if (!status) {
    ::unlink(tmp.c_str());
    return status;
  }
  return fsync_path(path.parent_path().empty() ? "." : path.parent_path());
}

core::Status replace_symlink(const std::filesystem::path& link, const std::filesystem::path& target) {
  const auto tmp = link.parent_path() / (".tmp-" + link.filename().string() + "-" + random_suffix());
  if (::symlink(target.c_str(), tmp.c_str()) != 0) return os_error(tmp, "symlink");
  if (::rename(tmp.c_str(), link.c_str()) != 0) {
    const auto err = os_error(link, "rename");
    ::unlink(tmp.c_str());
    return err;
  }
  return fsync_path(link.parent_path());
}

std::string random_suffix() {
  ensure_sodium();
  unsigned char bytes[6];
  randombytes_buf(bytes, sizeof bytes);
  char hex[sizeof bytes * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
  return hex;
}

}  // namespace marquee::sync
