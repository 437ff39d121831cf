#pragma once
// Durations as staff type them on the command line: "60s", "5m", "1h", "500ms", "1m30s", or a bare
// number of seconds. One grammar for every option that takes one (publish --follow --every, show
// preview --every).
#include <string_view>

#include "core/clock.hpp"
#include "core/result.hpp"

namespace marquee::core {

// Units h, m (or min), s and ms, in any combination ("1h30m", "2m15s"); a bare whole number is
// seconds. Zero, negative, empty or unknown units are errors naming the text.
Result<Millis> parse_duration(std::string_view text);

}  // namespace marquee::core
