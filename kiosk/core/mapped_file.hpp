#pragma once
// A file mapped read-only into memory. Only the pages that are read become resident, which is
// what matters for a 20 MB CJK font collection of which a kiosk reads a few glyph outlines.
#include <cstddef>
#include <filesystem>
#include <memory>

#include "core/result.hpp"

namespace marquee::core {

class MappedFile {
 public:
  static Result<std::unique_ptr<MappedFile>> open(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const unsigned char* data() const { return static_cast<const unsigned char*>(data_); }
  std::size_t size() const { return size_; }

 private:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  void* data_;
  std::size_t size_;
};

}  // namespace marquee::core
