#pragma once
// Easing curves for fades: map progress 0..1 to output 0..1.
#include <optional>
#include <string_view>

namespace marquee::show {

enum class Easing { Linear, EaseIn, EaseOut, EaseInOut, Step };

// t is clamped to 0..1. Step holds the start value until the fade is complete.
float ease(Easing e, float t);
std::optional<Easing> easing_from_name(std::string_view name);  // "linear", "ease-in", ...
std::string_view easing_name(Easing e);

}  // namespace marquee::show
