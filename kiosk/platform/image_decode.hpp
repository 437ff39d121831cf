#pragma once
// Decoding a content image (PNG or JPEG) into RGBA pixels at the size it is shown at. Runs on the
// image loader's worker thread, never on the UI thread: a 1080p JPEG takes tens of milliseconds.
#include <filesystem>
#include <string>

#include "content/image_asset.hpp"
#include "core/result.hpp"
#include "platform/frame_renderer.hpp"

namespace marquee::platform {

struct PixelSize {
  int width = 0, height = 0;
  bool operator==(const PixelSize&) const = default;
};

// The size of a width x height image fitted into box (aspect ratio kept, centred letterbox):
// shrunk when larger than the box, never enlarged, at least 1x1.
PixelSize fitted_size(PixelSize image, PixelSize box);

// Decodes an image of a content folder and shrinks it to fit box (sRGB-correct filtering with
// alpha). The file is checked first like content::inspect_image does (inside the folder, PNG or
// JPEG, within limits), so a show script's asset or a file changed since the content loaded
// cannot make the kiosk allocate more than the limits allow.
core::Result<RgbaImage> decode_image(const std::filesystem::path& content_dir, const std::string& asset,
                                     PixelSize box, const content::ImageLimits& limits = {});

}  // namespace marquee::platform
