#include "lighting/failsafe.hpp"

#include <algorithm>

#include "lighting/dmx_mapper.hpp"

namespace marquee::lighting {

Failsafe::Failsafe(std::chrono::milliseconds hold, std::chrono::milliseconds fade,
                   show::FixtureFrame safe_look, core::MonoTime start)
    : hold_(hold),
      fade_(fade),
      safe_(std::make_shared<const show::FixtureFrame>(std::move(safe_look))),
      held_(std::make_shared<const show::FixtureFrame>()),
      last_frame_(start) {}

void Failsafe::on_frame(std::shared_ptr<const show::FixtureFrame> frame, core::MonoTime now) {
  held_ = std::move(frame);
  last_frame_ = now;
  fading_.reset();
  fading_t_ = -1.0f;
}

Failsafe::Look Failsafe::look(core::MonoTime now) {
  const auto silent = now - last_frame_;
  if (silent <= hold_) return {held_, FailsafePhase::Live};
  const auto into_fade = std::chrono::duration<float>(silent - hold_).count();
  const float t =
      fade_.count() == 0 ? 1.0f : std::min(1.0f, into_fade / std::chrono::duration<float>(fade_).count());
  // Blended even at t = 1: attributes the safe look leaves alone keep their held values.
  if (t != fading_t_) {
    fading_ = std::make_shared<const show::FixtureFrame>(blend_frames(*held_, *safe_, t));
    fading_t_ = t;
  }
  return {fading_, t >= 1.0f ? FailsafePhase::Safe : FailsafePhase::Fading};
}

}  // namespace marquee::lighting
