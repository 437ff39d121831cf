// Whether `marquee run` has a screen: X11, Wayland, or a video driver named outright (kmsdrm).
#include <gtest/gtest.h>

#include <cstdlib>

#include "platform/video.hpp"

namespace marquee::platform {
namespace {

TEST(DisplayAvailable, X11WaylandOrANamedDriverButNotTheDummy) {
  ::unsetenv("DISPLAY");
  ::unsetenv("WAYLAND_DISPLAY");
  ::unsetenv("SDL_VIDEODRIVER");
  EXPECT_FALSE(display_available());
  ::setenv("SDL_VIDEODRIVER", "kmsdrm", 1);  // marquee.service
  EXPECT_TRUE(display_available());
  ::setenv("SDL_VIDEODRIVER", "dummy", 1);
  EXPECT_FALSE(display_available());
  ::unsetenv("SDL_VIDEODRIVER");
  ::setenv("WAYLAND_DISPLAY", "wayland-0", 1);  // under cage
  EXPECT_TRUE(display_available());
  ::unsetenv("WAYLAND_DISPLAY");
  ::setenv("DISPLAY", ":0", 1);
  EXPECT_TRUE(display_available());
  ::unsetenv("DISPLAY");
}

}  // namespace
}  // namespace marquee::platform
