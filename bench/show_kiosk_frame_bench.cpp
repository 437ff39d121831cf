// GO -> the kiosk frame that shows the cue's display command: the real kiosk (KioskApp, headless,
// Marquee's software rasteriser at 1920x1080) with a show script on the production show thread
// (50 Hz, wall clock), a GO submitted to its ShowController as the staff page does, and frames
// stepped at 60 Hz (a display's refresh) until the UI's show scene is set; the time is taken when
// that frame has been drawn and presented. 200 GOs, each followed by a GO of a cue that ends the
// show scene, with a random phase against both the show ticks and the frames.
// Prints figures; no pass/fail.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "app/kiosk_app.hpp"

namespace {

using namespace marquee;
using Steady = std::chrono::steady_clock;

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

constexpr auto kFrame = std::chrono::microseconds(1'000'000 / 60);

// Steps frames at 60 Hz until `pred` holds after a frame (at most 3 s). Returns when that frame
// was presented, or nothing.
template <typename Pred>
std::optional<Steady::time_point> frames_until(app::KioskApp& app, Pred pred,
                                               Steady::time_point& next_frame) {
  const auto give_up = Steady::now() + std::chrono::seconds{3};
  while (Steady::now() < give_up) {
    std::this_thread::sleep_until(next_frame);
    next_frame = std::max(next_frame + kFrame, Steady::now());
    if (!app.step()) return std::nullopt;
    if (pred()) return Steady::now();
  }
  return std::nullopt;
}

}  // namespace

int main() {
  spdlog::set_level(spdlog::level::warn);
  const auto dir = std::filesystem::temp_directory_path() / ("marquee-go-frame-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "show.lua")
      << "cue('up', function() display.text({ en = 'GO' }, 'all', '#202080') end)\n"
         "cue('down', function() display.end_show('all') end)\n";
  app::RunOptions o;
  o.headless = true;
  o.size = "1920x1080";
  o.show = (dir / "show.lua").string();
  auto started = app::KioskApp::create(o);
  const auto failure = started.failure;
  auto app = std::move(started.app);
  if (!app) {
    std::printf("kiosk: %s\n", failure.message.c_str());
    return 1;
  }
  show::ShowController& controller = app->show()->controller();
  const auto scene_up = [&] { return app->ui().show_scene().scene.has_value(); };
  auto next_frame = Steady::now();
  // Warm up: the first text needs its glyphs in the atlas (built on the font worker).
  (void)frames_until(
      *app, [] { return false; }, next_frame);
  std::vector<double> ms;
  int lost = 0;
  for (int i = 0; i < 200; ++i) {
    std::this_thread::sleep_for(std::chrono::microseconds{3000 + (i * 7919) % 17000});  // random phase
    const auto sent = Steady::now();
    (void)controller.submit(show::ShowCommand::go("up", "bench"));
    const auto shown = frames_until(*app, scene_up, next_frame);
    if (!shown) {
      ++lost;
    } else {
      ms.push_back(std::chrono::duration<double, std::milli>(*shown - sent).count());
    }
    (void)controller.submit(show::ShowCommand::go("down", "bench"));
    (void)frames_until(
        *app, [&] { return !scene_up(); }, next_frame);
  }
  app.reset();
  std::filesystem::remove_all(dir);
  if (ms.empty()) {
    std::printf("GO -> kiosk frame: no GO reached the screen\n");
    return 1;
  }
  std::printf(
      "GO -> kiosk frame showing the cue's display command (show 50 Hz, frames 60 Hz, software rasteriser "
      "1920x1080): %zu GOs  p50=%.1f ms  p99=%.1f ms  max=%.1f ms  lost=%d\n",
      ms.size(), percentile(ms, 0.5), percentile(ms, 0.99), percentile(ms, 1.0), lost);
  return 0;
}
