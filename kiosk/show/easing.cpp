#include "show/easing.hpp"

#include <algorithm>
#include <array>

namespace marquee::show {
namespace {

constexpr std::array<std::string_view, 5> kNames = {"linear", "ease-in", "ease-out", "ease-in-out", "step"};

}  // namespace

float ease(Easing e, float t) {
  t = std::clamp(t, 0.0f, 1.0f);
  switch (e) {
    case Easing::Linear:
      return t;
    case Easing::EaseIn:  // quadratic: slow start
      return t * t;
    case Easing::EaseOut:
      return 1.0f - (1.0f - t) * (1.0f - t);
    case Easing::EaseInOut:  // quadratic in, quadratic out, meeting at 0.5
      return t < 0.5f ? 2.0f * t * t : 1.0f - 2.0f * (1.0f - t) * (1.0f - t);
    case Easing::Step:
      return t >= 1.0f ? 1.0f : 0.0f;
  }
  return t;
}

std::optional<Easing> easing_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Easing>(i);
  }
  return std::nullopt;
}

std::string_view easing_name(Easing e) {
  return kNames[static_cast<std::size_t>(e)];
}

}  // namespace marquee::show
