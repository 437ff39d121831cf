#pragma once
// Durable file-system steps for the cache: a write is not done until the file and the directory
// that names it are fsynced, and a switch is one rename(2), so a power cut leaves old or new.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace marquee::sync {

// core::read_file worded as a Result: "<path>: cannot open", "<path>: larger than 4096 bytes".
core::Result<std::string> read_whole_file(const std::filesystem::path& path, std::size_t max_bytes);

// Writes bytes to a temporary name in the same directory, fsyncs, renames over path, fsyncs the directory.
core::Status write_file_durably(const std::filesystem::path& path, std::string_view bytes, int mode = 0644);

core::Status fsync_path(const std::filesystem::path& path);  // a file or a directory

// Points `link` at `target` atomically: a new symlink under a temporary name, then rename over link.
core::Status replace_symlink(const std::filesystem::path& link, const std::filesystem::path& target);

// A short random hex string for unique temporary names.
std::string random_suffix();

}  // namespace marquee::sync
