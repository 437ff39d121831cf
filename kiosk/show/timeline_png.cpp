// The one translation unit that holds stb_image_write's implementation. STATIC keeps its symbols
// private, so another module compiling stb too cannot collide with this one at link time.
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

#include <string>

namespace marquee::show::detail {

bool write_rgb_png(const std::string& path, int width, int height, const unsigned char* rgb) {
  return stbi_write_png(path.c_str(), width, height, 3, rgb, width * 3) != 0;
}

}  // namespace marquee::show::detail
