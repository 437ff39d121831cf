#pragma once
// The hand-off from the sync thread to the UI thread: the newest finished content snapshot. The
// UI takes it between frames; a newer snapshot replaces one the UI has not taken yet.
#include <memory>

#include "content/model.hpp"
#include "core/latest_value.hpp"

namespace marquee::sync {

using ContentMailbox = core::LatestValue<std::shared_ptr<const content::Content>>;

}  // namespace marquee::sync
