#include "core/read_file.hpp"

#include <fstream>
#include <system_error>

namespace marquee::core {

FileText read_file(const std::filesystem::path& path, std::size_t max_bytes) {
  FileText out;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    out.failure = ReadFailure::CannotOpen;
    return out;
  }
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec) {
    if (size > max_bytes) {
      out.failure = ReadFailure::TooLarge;
      return out;
    }
    out.text.reserve(static_cast<std::size_t>(size));
  }
  char chunk[64 * 1024];
  while (in) {
    in.read(chunk, sizeof chunk);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > max_bytes - out.text.size()) {  // the size on disk was not the whole story
      out.text.clear();
      out.failure = ReadFailure::TooLarge;
      return out;
    }
    out.text.append(chunk, got);
  }
  if (in.bad()) {
    out.text.clear();
    out.failure = ReadFailure::ReadError;
  }
  return out;
}

std::string describe(ReadFailure failure, std::size_t max_bytes) {
  switch (failure) {
    case ReadFailure::None:
      return "read";
    case ReadFailure::CannotOpen:
      return "cannot open";
    case ReadFailure::TooLarge:
      if (max_bytes % (1u << 20) == 0) return "larger than " + std::to_string(max_bytes >> 20) + " MiB";
      return "larger than " + std::to_string(max_bytes) + " bytes";
    case ReadFailure::ReadError:
      return "read error";
  }
  return "read error";
}

}  // namespace marquee::core
