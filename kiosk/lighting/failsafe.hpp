#pragma once
// Failsafe: while frames keep coming the latest is shown. If the show stops publishing (a
// stalled script, a crashed show thread), the last look is held for `hold`, then faded to the
// patch's safe look over `fade` (attributes the safe look does not
// set keep their held values; the patch gives every fixture intensity 0 unless it says otherwise). A new
// frame takes over again at once.
#include <chrono>
#include <memory>

#include "core/clock.hpp"
#include "show/fixture_frame.hpp"

namespace marquee::lighting {

enum class FailsafePhase { Live, Fading, Safe };

class Failsafe {
 public:
  Failsafe(std::chrono::milliseconds hold, std::chrono::milliseconds fade, show::FixtureFrame safe_look,
           core::MonoTime start);

  void on_frame(std::shared_ptr<const show::FixtureFrame> frame, core::MonoTime now);

  struct Look {
    std::shared_ptr<const show::FixtureFrame> frame;  // the same pointer while the look is unchanged
    FailsafePhase phase = FailsafePhase::Live;
  };
  Look look(core::MonoTime now);

 private:
  std::chrono::milliseconds hold_, fade_;
  std::shared_ptr<const show::FixtureFrame> safe_;
  std::shared_ptr<const show::FixtureFrame> held_;
  std::shared_ptr<const show::FixtureFrame> fading_;  // last blended frame, reused while t is unchanged
  float fading_t_ = -1.0f;
  core::MonoTime last_frame_;
};

}  // namespace marquee::lighting
