#pragma once
// How screens get pictures: content images (exhibitor logos, speaker photos, sponsor banners, the
// event's key visual, show-scene images) are named by their asset path in the content and looked
// up at the pixel size they are drawn at. The app supplies the lookup (a texture cache that decodes
// off the UI thread); until an image has been decoded the lookup returns an empty ImageRef and
// the screen draws a placeholder, and the picture appears a few frames later.
#include <imgui.h>

#include <functional>
#include <string>

namespace marquee::ui {

struct ImageRef {
  ImTextureID texture = nullptr;  // null: not available (yet)
  int width = 0, height = 0;      // the texture's pixels, for its aspect ratio
  explicit operator bool() const { return texture != nullptr; }
};

// asset: a path from the content ("images/logos/lanhai.png"); max_w x max_h: the box it is drawn
// in, in pixels (the image is fitted inside, aspect kept, never enlarged).
using ImageLookup = std::function<ImageRef(const std::string& asset, int max_w, int max_h)>;

}  // namespace marquee::ui
