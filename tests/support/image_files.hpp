#pragma once
// Real PNG and JPEG files for image tests, written with stb_image_write (Debian's libstb) into a
// temporary content folder: solid colours, so a decode can be checked pixel by pixel.
#include <stb_image_write.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace marquee::testing {

class ImageFolder {
 public:
  ImageFolder() {
    static int counter = 0;
    dir_ = std::filesystem::temp_directory_path() /
           ("marquee-images-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~ImageFolder() { std::filesystem::remove_all(dir_); }
  ImageFolder(const ImageFolder&) = delete;
  ImageFolder& operator=(const ImageFolder&) = delete;
  const std::filesystem::path& dir() const { return dir_; }

  // A w x h image of one colour; ".png" or ".jpg" decides the format.
  void solid(const std::string& name, int w, int h, std::uint8_t r, std::uint8_t g, std::uint8_t b) const {
    std::vector<std::uint8_t> px(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    for (std::size_t i = 0; i < px.size(); i += 4) {
      px[i] = r, px[i + 1] = g, px[i + 2] = b, px[i + 3] = 255;
    }
    const auto path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    if (path.extension() == ".jpg") {
      stbi_write_jpg(path.c_str(), w, h, 4, px.data(), 90);
    } else {
      stbi_write_png(path.c_str(), w, h, 4, px.data(), w * 4);
    }
  }
  void raw(const std::string& name, const std::string& bytes) const {
    const auto path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
  }
  std::string read(const std::string& name) const {
    std::ifstream in(dir_ / name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace marquee::testing
