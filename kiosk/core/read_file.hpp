#pragma once
// Reading a whole file into memory, in one place. A cap is checked against the file's size before
// anything is read (a 2 GB "script" is refused without being loaded), and again while reading,
// for files whose size is not known in advance (/proc, pipes).
#include <cstddef>
#include <filesystem>
#include <limits>
#include <string>

namespace marquee::core {

enum class ReadFailure { None, CannotOpen, TooLarge, ReadError };

struct FileText {
  std::string text;
  ReadFailure failure = ReadFailure::None;
  explicit operator bool() const { return failure == ReadFailure::None; }
};

constexpr std::size_t kNoSizeLimit = std::numeric_limits<std::size_t>::max();

// The whole file as bytes, or why not. Callers word the failure for their users ("cannot read
// the config file", "script larger than 1 MiB"); see describe() for a default wording.
FileText read_file(const std::filesystem::path& path, std::size_t max_bytes = kNoSizeLimit);

// "cannot open", "larger than 1 MiB" (with the cap given), "read error".
std::string describe(ReadFailure failure, std::size_t max_bytes = kNoSizeLimit);

}  // namespace marquee::core
