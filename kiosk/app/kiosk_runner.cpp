#include "app/kiosk_runner.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/kiosk_app.hpp"
#include "app/stop_signal.hpp"

namespace marquee::app {
namespace {
// A headless run without --frames renders this long, then writes its screenshot.
constexpr int kHeadlessDemoFrames = 90;  // about 3 s at 30 frames per second
}  // namespace

int run_kiosk(const RunOptions& o) {
  install_stop_signals();  // before SDL starts: SIGTERM/SIGINT end the run, Alt+F4 does not
  StartFailure failure{0, ""};
  auto app = KioskApp::create(o, failure);
  if (!app) {
    std::cerr << "marquee run: " << failure.message << '\n';
    return failure.exit_code;
  }
  const bool headless = app->headless();
  const int frame_limit = o.frames > 0 ? o.frames : (headless ? kHeadlessDemoFrames : -1);
  const std::string shot =
      !o.screenshot.empty() ? o.screenshot : (headless && o.frames <= 0 ? "marquee-screenshot.png" : "");
  // Without vsync (software rasteriser) a window would redraw as fast as the CPU allows: pace it
  // at the display's refresh instead. Benchmarks (--frames) run flat out.
  const bool pace = !headless && o.frames <= 0 && !app->paced_by_display();
  const auto frame_period = std::chrono::microseconds(1'000'000 / 60);
  auto next_frame = std::chrono::steady_clock::now();
  for (int frame = 0; frame_limit < 0 || frame < frame_limit; ++frame) {
    if (stop_signal_received()) {
      spdlog::info("signal {}: stopping", stop_signal_number());
      break;
    }
    const bool last = frame_limit > 0 && frame == frame_limit - 1;
    std::optional<std::filesystem::path> capture;
    if (last && !shot.empty()) capture = shot;
    if (!app->step(capture)) {
      if (!app->last_error()) {
        std::cerr << "marquee run: " << app->last_error().error().message << '\n';
        return 1;
      }
      break;  // --windowed and the developer closed the window
    }
    if (capture) std::cout << "screenshot: " << std::filesystem::absolute(*capture).string() << '\n';
    // Headless demo runs pace themselves like a display would (vsync does it on screen).
    if (headless && o.frames <= 0) std::this_thread::sleep_for(std::chrono::milliseconds(33));
    if (pace) {
      next_frame += frame_period;
      const auto now = std::chrono::steady_clock::now();
      if (next_frame < now) next_frame = now;  // late: do not try to catch up with a burst
      std::this_thread::sleep_until(next_frame);
    }
  }
  if (o.stats) std::cout << app->stats().to_json() << '\n';
  app.reset();  // joins the sync, show and output threads (sACN streams end) before exit
  spdlog::default_logger()->flush();
  return 0;
}

}  // namespace marquee::app
